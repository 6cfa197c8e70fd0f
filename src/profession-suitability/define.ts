import { defineElement } from '../core/define.js';
import { ProfessionSuitability } from './profession-suitability.js';

defineElement('profession-suitability', ProfessionSuitability);

/** The class too, for `import { ProfessionSuitability } from 'career-widgets/profession-suitability'`. */
export { ProfessionSuitability };

declare global {
  interface HTMLElementTagNameMap {
    'profession-suitability': ProfessionSuitability;
  }
}
