import { defineElement } from '../core/define.js';
import { ProfessionTasks } from './profession-tasks.js';

defineElement('profession-tasks', ProfessionTasks);

/** The class too, for `import { ProfessionTasks } from 'career-widgets/profession-tasks'`. */
export { ProfessionTasks };

declare global {
  interface HTMLElementTagNameMap {
    'profession-tasks': ProfessionTasks;
  }
}
