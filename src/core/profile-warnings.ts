/**
 * Warnings: what is valid but probably wrong, for the editor's check before publishing
 * (`career-widgets validate`, `validateProfile(…).warnings`), never shown by the elements (issue 25).
 * Each names its path, as the errors do.
 */
import { toJsonPath, type ValidationIssue } from './check.js';
import type { Profile } from './profile-schema.js';
import { minimumTrainingPay, MINIMUM_TRAINING_PAY_SOURCE } from './minimum-training-pay.js';

/** A reference date ("Stand") older than this is stale: pay is agreed anew every year or two. */
const STALE_AFTER_YEARS = 2;
/** Text an editor leaves as a reminder, never meant for a pupil. */
const PLACEHOLDER = /\bTODO\b|\bFIXME\b|lorem ipsum|\bXXX+\b|\?\?\?/i;
/** Hosts where `http:` is only a missing `s` (every public site today); a local test address is not. */
const LOCAL = /^http:\/\/(localhost|127\.|\[::1\])/i;

const yearOf = (date: string) => Number(date.slice(0, 4));
/** `2025-08` → 2025-08-01; a year alone → its first day. */
const startOf = (date: string) => new Date(`${date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date.slice(0, 10)}T00:00:00Z`);

/** Every string of `value` with its path; own properties only. */
function* strings(value: unknown, path: PropertyKey[] = []): Generator<[PropertyKey[], string]> {
  if (typeof value === 'string') yield [path, value];
  else if (Array.isArray(value)) for (const [i, item] of value.entries()) yield* strings(item, [...path, i]);
  else if (value && typeof value === 'object') for (const key of Object.keys(value)) yield* strings((value as Record<string, unknown>)[key], [...path, key]);
}

export function profileWarnings(profile: Profile, today = new Date()): ValidationIssue[] {
  const warnings: ValidationIssue[] = [];
  const warn = (path: PropertyKey[], message: string) => warnings.push({ path: toJsonPath(path), message });
  const salary = profile.salary;
  const rows = salary?.trainingSalary ?? [];

  // Pay under the legal minimum: trainings under BBiG or HwO without a collective agreement, by the
  // year they start (the reference date's year), in euros per month.
  const basis = profile.training?.legalBasis;
  if (salary && (basis === 'BBiG' || basis === 'HwO') && salary.referenceDate && salary.currency === 'EUR' && salary.unitText === 'MONTH') {
    const start = yearOf(salary.referenceDate);
    // The main pay and each further tariff (salary.scales), each unless it names its collective agreement.
    type Table = Pick<typeof salary, 'collectiveAgreement' | 'trainingSalary'>;
    const tables: [PropertyKey[], Table][] = [[['salary'], salary], ...(salary.scales ?? []).map((scale, i): [PropertyKey[], Table] => [['salary', 'scales', i], scale])];
    for (const [at, table] of tables) {
      if (table.collectiveAgreement) continue;
      table.trainingSalary?.forEach((row, i) => {
        const minimum = minimumTrainingPay(start, row.year);
        if (row.value !== undefined && minimum !== undefined && row.value < minimum) {
          warn([...at, 'trainingSalary', i, 'value'], `Below the legal minimum for year ${row.year} of a training starting in ${start} (${minimum} € a month, ${MINIMUM_TRAINING_PAY_SOURCE}); name the collective agreement in salary.collectiveAgreement if one applies`);
        }
      });
    }
  }

  // A reference date more than two years old.
  if (salary?.referenceDate) {
    const stale = new Date(today);
    stale.setUTCFullYear(stale.getUTCFullYear() - STALE_AFTER_YEARS);
    if (startOf(salary.referenceDate) < stale) warn(['salary', 'referenceDate'], `More than ${STALE_AFTER_YEARS} years old: are these figures still true?`);
  }

  // An entry salary below the last training year's pay.
  const paid = rows.filter((row) => row.value !== undefined);
  const last = paid.reduce<(typeof paid)[number] | undefined>((latest, row) => (!latest || row.year > latest.year ? row : latest), undefined);
  if (salary?.salaryUponCompletion && last && salary.salaryUponCompletion.value < last.value!) {
    warn(['salary', 'salaryUponCompletion', 'value'], `Below the pay of the last training year (${last.value}): a pupil would earn less after the training`);
  }

  // A vacancy past its closing date.
  profile.vacancies?.items?.forEach((posting, i) => {
    if (posting.validThrough && startOf(posting.validThrough) < new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate()))) {
      warn(['vacancies', 'items', i, 'validThrough'], 'Past: the vacancy has closed (the element no longer shows it)');
    }
  });

  // Strings: an http: link where https: would do, and placeholder text.
  for (const [path, value] of strings(profile)) {
    const key = path[path.length - 1];
    if ((key === 'href' || key === 'url' || key === '$schema') && /^http:\/\//i.test(value) && !LOCAL.test(value)) warn(path, 'An http: link: use https: (browsers warn, and the page may block it)');
    else if (PLACEHOLDER.test(value)) warn(path, `Placeholder text ("${PLACEHOLDER.exec(value)![0]}"): not meant for a pupil`);
  }
  return warnings;
}
