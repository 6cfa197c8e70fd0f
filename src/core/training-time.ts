/** How long a training and its years last, for every element that shows them. */
import { durationMonths } from './duration.js';
import type { ProfileSalary, ProfileTraining } from './profile-schema.js';

/** How long the training is, in months: `timeToComplete`, else the periods, else the last paid year. */
export function trainingMonths(training: ProfileTraining | undefined, salary: ProfileSalary | undefined): number | undefined {
  const periods = training?.periods?.reduce((sum, period) => sum + (durationMonths(period.duration) ?? 0), 0);
  const lastPaid = Math.max(0, ...(salary?.trainingSalary ?? []).map((row) => row.year));
  return durationMonths(training?.timeToComplete) || periods || lastPaid * 12 || undefined;
}

/**
 * How long training year `year` lasts when it is shorter than a year: its own `duration`, or what
 * is left of the training (P3Y6M: a 4th year of 6 months). Undefined for a whole year.
 */
export function shortYear(year: number, total: number | undefined, own?: string): string | undefined {
  if (own) return own === 'P1Y' || durationMonths(own) === 12 ? undefined : own;
  const left = total === undefined ? 12 : Math.round(total - (year - 1) * 12);
  return left > 0 && left < 12 ? `P${left}M` : undefined;
}

