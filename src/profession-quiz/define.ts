// First, before Lit itself: Lit's hydration support (pre-rendered elements; see core/hydration.ts).
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
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
