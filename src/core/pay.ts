/**
 * Pay as a reader is told it, for the salary table and the career path alike: an amount, or, for
 * a year without pay, our own words for why ("unbezahlt · Schulgeld 150 €"), never "0 €", which a
 * pupil reads as a wage of zero.
 */
import { defineStrings } from './strings.js';
import { formatMoney } from './format.js';
import type { ProfileSalary, ProfileTrainingPay, UnpaidReason } from './profile-schema.js';

export const payStrings = defineStrings(
  {
    unpaid: (reason: UnpaidReason, fee: string | undefined) =>
      ({
        'no-pay': 'unbezahlt',
        'school-fees': fee ? `unbezahlt · Schulgeld ${fee}` : 'unbezahlt · Schulgeld',
        'fees-covered': 'unbezahlt · kein Schulgeld',
        grant: 'unbezahlt · Förderung möglich',
      })[reason],
  },
  {
    unpaid: (reason, fee) =>
      ({
        'no-pay': 'unpaid',
        'school-fees': fee ? `unpaid · school fees ${fee}` : 'unpaid · school fees',
        'fees-covered': 'unpaid · no school fees',
        grant: 'unpaid · grant available',
      })[reason],
  },
);

/** The currency and unit every pay of a profile is in; a route's pay has no salary section of its own. */
export const payUnit = (salary: ProfileSalary | undefined) => ({ currency: salary?.currency ?? 'EUR', perMonth: salary?.unitText !== 'YEAR' });

/** `1.000 €`, or why there is no pay (`unbezahlt · Schulgeld 150 €`). */
export function payText(row: Pick<ProfileTrainingPay, 'value' | 'unpaid' | 'schoolFee'>, currency: string, locale: string, words: (typeof payStrings)['de']): string {
  if (row.value !== undefined) return formatMoney(row.value, currency, locale);
  const fee = row.schoolFee === undefined ? undefined : formatMoney(row.schoolFee, currency, locale);
  return words.unpaid(row.unpaid ?? 'no-pay', fee);
}
