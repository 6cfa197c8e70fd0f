import { defineElement } from '../core/define.js';
import { SalaryTable } from './salary-table.js';

defineElement('salary-table', SalaryTable);

/** The class too, for `import { SalaryTable } from 'career-widgets/salary-table'`. */
export { SalaryTable };

declare global {
  interface HTMLElementTagNameMap {
    'salary-table': SalaryTable;
  }
}
