/**
 * career-widgets: importing this module registers every element.
 * For one element only, import `career-widgets/salary-table` (registers it)
 * or `career-widgets/salary-table/class` (the class, registers nothing).
 */
import './salary-table/define.js';

export { SalaryTable, type SalaryView } from './salary-table/salary-table.js';
export { ProfileElement } from './core/profile-element.js';
export { defineElement, VERSION } from './core/define.js';
export { validateProfile, type ValidationIssue, type ValidationResult } from './core/validate.js';
export { safeUrl } from './core/safe-url.js';
export { SCHEMA_VERSION } from './core/profile-schema.js';
export type * from './core/profile-schema.js';
export type { CareerWidgetEvents, CareerWidgetEvent, WidgetName } from './core/events.js';
