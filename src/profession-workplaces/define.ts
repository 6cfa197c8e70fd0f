import { defineElement } from '../core/define.js';
import { ProfessionWorkplaces } from './profession-workplaces.js';

defineElement('profession-workplaces', ProfessionWorkplaces);

/** The class too, for `import { ProfessionWorkplaces } from 'career-widgets/profession-workplaces'`. */
export { ProfessionWorkplaces };

declare global {
  interface HTMLElementTagNameMap {
    'profession-workplaces': ProfessionWorkplaces;
  }
}
