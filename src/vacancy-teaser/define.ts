import { defineElement } from '../core/define.js';
import { VacancyTeaser } from './vacancy-teaser.js';

defineElement('vacancy-teaser', VacancyTeaser);

/** The class too, for `import { VacancyTeaser } from 'career-widgets/vacancy-teaser'`. */
export { VacancyTeaser };

declare global {
  interface HTMLElementTagNameMap {
    'vacancy-teaser': VacancyTeaser;
  }
}
