import { defineElement } from '../core/define.js';
import { ProfessionQuiz } from './profession-quiz.js';

defineElement('profession-quiz', ProfessionQuiz);

declare global {
  interface HTMLElementTagNameMap {
    'profession-quiz': ProfessionQuiz;
  }
}
