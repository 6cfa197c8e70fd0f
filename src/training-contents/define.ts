import { defineElement } from '../core/define.js';
import { TrainingContents } from './training-contents.js';

defineElement('training-contents', TrainingContents);

/** The class too, for `import { TrainingContents } from 'career-widgets/training-contents'`. */
export { TrainingContents };

declare global {
  interface HTMLElementTagNameMap {
    'training-contents': TrainingContents;
  }
}
