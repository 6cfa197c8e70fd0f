import { defineElement } from '../core/define.js';
import { CareerQuiz } from './career-quiz.js';

defineElement('career-quiz', CareerQuiz);

declare global {
  interface HTMLElementTagNameMap {
    'career-quiz': CareerQuiz;
  }
}
