import { defineElement } from '../core/define.js';
import { ProfessionFinder } from './profession-finder.js';

defineElement('profession-finder', ProfessionFinder);

/** The class too, for `import { ProfessionFinder } from 'career-widgets/profession-finder'`. */
export { ProfessionFinder };

declare global {
  interface HTMLElementTagNameMap {
    'profession-finder': ProfessionFinder;
  }
}
