import { defineElement } from '../core/define.js';
import { ProfessionApplication } from './profession-application.js';

defineElement('profession-application', ProfessionApplication);

/** The class too, for `import { ProfessionApplication } from 'career-widgets/profession-application'`. */
export { ProfessionApplication };

declare global {
  interface HTMLElementTagNameMap {
    'profession-application': ProfessionApplication;
  }
}
