// First: Lit's hydration support must run before Lit itself (pre-rendered elements; core/hydrate-support.ts).
import '../core/hydrate-support.js';
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
