import '../src/profession-quiz/career-quiz.define.js';
import type { ProfessionQuiz } from '../src/profession-quiz/profession-quiz.js';
import { elementMeta, states, type ElementStory } from './helpers.js';
import { playQuiz, type Answer } from './profession-quiz.play.js';

/** `<career-quiz>`: `<profession-quiz>` under the tag school sites use. Every state is in the profession-quiz stories. */
export default { title: 'Elements/Career quiz', ...elementMeta('career-quiz') };

const result = (answers: Answer[]): Pick<ElementStory, 'play'> => ({
  play: async ({ canvasElement }) => playQuiz(canvasElement.querySelector<ProfessionQuiz>('career-quiz')!, answers, true),
});

export const Intro: ElementStory = { name: 'Intro' };
export const IntroEnglish: ElementStory = { ...states.english, name: 'Intro: English' };
export const ResultLow: ElementStory = { name: 'Result: 1 of 3', ...result(['right', 'wrong', 'wrong']) };
export const ResultHigh: ElementStory = { name: 'Result: 3 of 3', ...result(['right', 'right', 'right']) };
