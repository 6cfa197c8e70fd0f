import { defineElement } from '../core/define.js';
import { CareerQuiz } from './career-quiz.js';

defineElement('career-quiz', CareerQuiz);

/** The class too, for `import { CareerQuiz } from 'career-widgets/career-quiz'`. */
export { CareerQuiz };

declare global {
  interface HTMLElementTagNameMap {
    'career-quiz': CareerQuiz;
  }
}
