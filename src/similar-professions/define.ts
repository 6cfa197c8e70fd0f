import { defineElement } from '../core/define.js';
import { SimilarProfessions } from './similar-professions.js';

defineElement('similar-professions', SimilarProfessions);

/** The class too, for `import { SimilarProfessions } from 'career-widgets/similar-professions'`. */
export { SimilarProfessions };

declare global {
  interface HTMLElementTagNameMap {
    'similar-professions': SimilarProfessions;
  }
}
