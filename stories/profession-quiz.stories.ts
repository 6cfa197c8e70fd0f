import '../src/profession-quiz/define.js';
import type { ProfessionQuiz } from '../src/profession-quiz/profession-quiz.js';
import { elementMeta, states, storyProfile, withoutSections, type ElementStory } from './helpers.js';
import { playQuiz, type Answer } from './profession-quiz.play.js';

export default { title: 'Elements/Profession quiz', ...elementMeta('profession-quiz') };

/** A story that plays the quiz up to a step once it has loaded. */
const playing = (answers: Answer[], next: boolean): Pick<ElementStory, 'play'> => ({
  play: async ({ canvasElement }) => playQuiz(canvasElement.querySelector<ProfessionQuiz>('profession-quiz, career-quiz')!, answers, next),
});

/** The seed profile with one quiz field changed: bad quiz data is a validation error. */
function seedWithQuiz(change: (quiz: Record<string, any>) => void) {
  const profile = storyProfile('seed') as { quiz: Record<string, any> };
  change(profile.quiz);
  return profile;
}

/** The intro: title, the profile's intro text, the number of questions, a start button. */
export const Intro: ElementStory = { name: 'Intro' };
export const IntroEnglish: ElementStory = { ...states.english, name: 'Intro: English' };
/** The first question, focus on its legend. */
export const Question: ElementStory = { name: 'Question', ...playing([], false) };
/** Checked without a choice: the hint in the live region. */
export const QuestionHint: ElementStory = {
  name: 'Question: no choice yet',
  play: async (context) => {
    await Question.play!(context);
    const el = context.canvasElement.querySelector<ProfessionQuiz>('profession-quiz')!;
    el.shadowRoot!.querySelector<HTMLElement>('button[type="submit"]')?.click();
    await el.updateComplete;
  },
};
/** Shuffled options: the same order for one profile on every load. */
export const QuestionShuffled: ElementStory = { name: 'Question: shuffled', args: { shuffle: true }, ...playing([], false) };
export const FeedbackRight: ElementStory = { name: 'Feedback: right', ...playing(['right'], false) };
export const FeedbackWrong: ElementStory = { name: 'Feedback: wrong', ...playing(['wrong'], false) };
export const FeedbackEnglish: ElementStory = { ...states.english, name: 'Feedback: English', ...playing(['wrong'], false) };
/** The second question, one answer given. */
export const SecondQuestion: ElementStory = { name: 'Question 2 of 3', ...playing(['right'], true) };
/** The seed's lower result (0–1 right), with its call to action. */
export const ResultLow: ElementStory = { name: 'Result: 0 of 3', ...playing(['wrong', 'wrong', 'wrong'], true) };
export const ResultOne: ElementStory = { name: 'Result: 1 of 3', ...playing(['right', 'wrong', 'wrong'], true) };
/** The seed's upper result (2–3 right). */
export const ResultTwo: ElementStory = { name: 'Result: 2 of 3', ...playing(['right', 'right', 'wrong'], true) };
export const ResultHigh: ElementStory = { name: 'Result: 3 of 3', ...playing(['right', 'right', 'right'], true) };
/** The next steps an embedder gives: the finder and the vacancies (the vacancies first for a good score). */
export const ResultNextSteps: ElementStory = {
  name: 'Result: next steps (finder-href, vacancies-href)',
  args: { finderHref: 'https://example.org/berufe-finden', vacanciesHref: 'https://example.org/lehrstellen' },
  ...playing(['right', 'right', 'wrong'], true),
};
export const ResultEnglish: ElementStory = { ...states.english, name: 'Result: English', ...playing(['right', 'right', 'wrong'], true) };
/** Without an intro text the quiz opens on its first question. */
export const NoIntro: ElementStory = {
  name: 'Ready: no intro',
  args: { profile: seedWithQuiz((quiz) => delete quiz.intro) },
};
export const FromSrc: ElementStory = { ...states.fromSrc, name: 'Ready: from src' };
export const Dark: ElementStory = { ...states.dark, name: 'Feedback: dark scheme', ...playing(['wrong'], false) };
export const LongWords: ElementStory = { ...states.longWords, name: 'Feedback: long German words', ...playing(['wrong'], false) };
export const Minimal: ElementStory = { ...states.minimal, name: 'Ready: minimal profile' };
export const Loading: ElementStory = { ...states.loading, name: 'Loading' };
export const ErrorInvalid: ElementStory = { ...states.invalid, name: 'Error: broken profile' };
/** A right answer that is not among the options: `$.quiz.questions[0].correctOption`. */
export const ErrorCorrectOption: ElementStory = {
  name: 'Error: right answer not an option',
  args: { profile: seedWithQuiz((quiz) => (quiz.questions[0].correctOption = 7)) },
};
/** Score ranges that leave a score without a result: `$.quiz.results`. */
export const ErrorScoreGap: ElementStory = {
  name: 'Error: a score without a result',
  args: { profile: seedWithQuiz((quiz) => (quiz.results[1].minScore = 3)) },
};
export const ErrorHttp404: ElementStory = { ...states.http404, name: 'Error: HTTP 404' };
export const ErrorNoProfile: ElementStory = { ...states.noProfile, name: 'Error: no profile' };
/** A valid profile without `quiz`. */
export const MissingSection: ElementStory = { name: 'Missing section: no quiz', args: { profile: withoutSections('seed', 'quiz') } };
