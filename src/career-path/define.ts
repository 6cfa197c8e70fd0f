import { defineElement } from '../core/define.js';
import { CareerPath } from './career-path.js';

defineElement('career-path', CareerPath);

/** The class too, for `import { CareerPath } from 'career-widgets/career-path'`. */
export { CareerPath };

declare global {
  interface HTMLElementTagNameMap {
    'career-path': CareerPath;
  }
}
