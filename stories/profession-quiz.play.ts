import type { ProfessionQuiz } from '../src/profession-quiz/profession-quiz.js';

export type Answer = 'right' | 'wrong';
interface QuizData {
  intro?: string;
  questions: { correctOption: number }[];
}

/**
 * Plays the quiz in the story as a reader would, by clicking: start (if there
 * is an intro), then for each entry pick the right or a wrong option and check
 * it; `next` goes on after the last answer (to the next question or the result).
 * Works with any profile the toolbar gives: radios carry the option's index in
 * the profile as their value.
 */
export async function playQuiz(el: ProfessionQuiz, answers: Answer[], next: boolean) {
  await el.settled;
  const root = el.shadowRoot!;
  const click = async (selector: string) => {
    root.querySelector<HTMLElement>(selector)?.click();
    await el.updateComplete;
  };
  const quiz = (el.profile as { quiz?: QuizData } | undefined)?.quiz;
  if (!quiz) return;
  if (quiz.intro) await click('[part="intro"] ~ button');
  for (const [i, answer] of answers.entries()) {
    if (i >= quiz.questions.length) break; // a shorter quiz from the toolbar's profile
    const correct = String(quiz.questions[i].correctOption);
    const radios = [...root.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
    radios.find((radio) => (radio.value === correct) === (answer === 'right'))?.click();
    await el.updateComplete;
    await click('button[type="submit"]');
    if (next || i < answers.length - 1) await click('button[type="submit"]');
  }
}
