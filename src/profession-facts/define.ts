import { defineElement } from '../core/define.js';
import { ProfessionFacts } from './profession-facts.js';

defineElement('profession-facts', ProfessionFacts);

/** The class too, for `import { ProfessionFacts } from 'career-widgets/profession-facts'`. */
export { ProfessionFacts };

declare global {
  interface HTMLElementTagNameMap {
    'profession-facts': ProfessionFacts;
  }
}
