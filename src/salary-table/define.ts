// First, before Lit itself: Lit's hydration support (pre-rendered elements; see core/hydration.ts).
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
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
