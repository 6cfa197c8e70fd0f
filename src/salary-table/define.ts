import { defineElement } from '../core/define.js';
import { SalaryTable } from './salary-table.js';

defineElement('salary-table', SalaryTable);

declare global {
  interface HTMLElementTagNameMap {
    'salary-table': SalaryTable;
  }
}
