// First, before Lit itself: Lit's hydration support (pre-rendered elements; see core/hydration.ts).
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
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
