/**
 * Pay as a reader is told it, for the salary table and the career path alike: an amount, or, for
 * a year without pay, our own words for why ("unbezahlt · Schulgeld 150 €"), never "0 €", which a
 * pupil reads as a wage of zero.
 */
import { defineStrings } from './strings.js';
import { formatMoney, formatMoneyRange } from './format.js';
import { unpaidReasons } from './schema/salary.js';
import type { ProfileSalary, ProfileTrainingPay, UnpaidReason } from './profile-schema.js';

export const payStrings = defineStrings(
  {
    unpaid: 'unbezahlt',
    // '' for no-pay: "unbezahlt" says it all.
    reason: (reason: UnpaidReason, fee: string | undefined) =>
      ({ 'no-pay': '', 'school-fees': fee ? `Schulgeld ${fee}` : 'Schulgeld', 'fees-covered': 'kein Schulgeld', grant: 'Förderung möglich' })[reason],
  },
  {
    unpaid: 'unpaid',
    reason: (reason, fee) =>
      ({ 'no-pay': '', 'school-fees': fee ? `school fees ${fee}` : 'school fees', 'fees-covered': 'no school fees', grant: 'grant available' })[reason],
  },
);

/** The currency and unit every pay of a profile is in; a route's pay has no salary section of its own. */
export const payUnit = (salary: ProfileSalary | undefined) => ({ currency: salary?.currency ?? 'EUR', perMonth: salary?.unitText !== 'YEAR' });

/** `1.000 €`, or why there is no pay (`unbezahlt · Schulgeld 150 €`, `unbezahlt · kein Schulgeld · Förderung möglich`). */
export function payText(row: Pick<ProfileTrainingPay, 'value' | 'unpaid' | 'schoolFee' | 'schoolFeeMax'>, currency: string, locale: string, words: (typeof payStrings)['de']): string {
  if (row.value !== undefined) return formatMoney(row.value, currency, locale);
  const fee = row.schoolFee === undefined ? undefined : formatMoneyRange(row.schoolFee, row.schoolFeeMax ?? row.schoolFee, currency, locale);
  return [words.unpaid, ...unpaidReasons(row).map((reason) => words.reason(reason, fee))].filter(Boolean).join(' · ');
}
