import { defineElement } from '../core/define.js';
import { ProfessionQuiz } from './profession-quiz.js';

defineElement('profession-quiz', ProfessionQuiz);

/** The class too, for `import { ProfessionQuiz } from 'career-widgets/profession-quiz'`. */
export { ProfessionQuiz };

declare global {
  interface HTMLElementTagNameMap {
    'profession-quiz': ProfessionQuiz;
  }
}
