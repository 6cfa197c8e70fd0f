import { defineElement } from '../core/define.js';
import { VacancyTeaser } from './vacancy-teaser.js';

defineElement('vacancy-teaser', VacancyTeaser);

declare global {
  interface HTMLElementTagNameMap {
    'vacancy-teaser': VacancyTeaser;
  }
}
