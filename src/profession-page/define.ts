// The page composes the section elements: registering it registers them too.
import '../profession-facts/define.js';
import '../salary-table/define.js';
import '../profession-tasks/define.js';
import '../profession-workplaces/define.js';
import '../profession-suitability/define.js';
import '../training-contents/define.js';
import '../career-path/define.js';
import '../profession-application/define.js';
import '../profession-quiz/define.js';
import '../vacancy-teaser/define.js';
import '../similar-professions/define.js';
import { defineElement } from '../core/define.js';
import { ProfessionPage } from './profession-page.js';

defineElement('profession-page', ProfessionPage);

/** The class too, for `import { ProfessionPage } from 'career-widgets/profession-page'`. */
export { ProfessionPage };

declare global {
  interface HTMLElementTagNameMap {
    'profession-page': ProfessionPage;
  }
}
