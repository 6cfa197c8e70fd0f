/**
 * Format 1 → format 2. Used twice: `validateProfile` migrates a valid format-1 profile so the
 * elements only ever see format 2, and `career-widgets migrate FILE` writes the format-2 file
 * for an editor. It works on the profile as written (unknown fields and all) and changes only
 * what format 2 says differently:
 * - an exam's `timing` (a share of the whole training) becomes `at`, whole months from the start
 *   (0.4286 of 3½ years → `P18M`; rounding to the month is what a share of a training means);
 * - an exam's `conductedBy` text becomes `examiningBody: { name }`.
 */
import { durationMonths, monthsDuration } from './duration.js';

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

export interface Migration<T> {
  profile: T;
  /** What could not be carried over, with its JSON path (a timing with no length of training to count from). */
  notes: { path: string; message: string }[];
}

/** The length of a format-1 training in months: `timeToComplete`, else the last paid year. */
function trainingMonths(profile: Json): number | undefined {
  const training = isObject(profile.training) ? profile.training : {};
  const months = durationMonths(typeof training.timeToComplete === 'string' ? training.timeToComplete : undefined);
  if (months) return months;
  const salary = isObject(profile.salary) ? profile.salary : {};
  const years = Array.isArray(salary.trainingSalary) ? salary.trainingSalary.map((row) => (isObject(row) ? Number(row.year) || 0 : 0)) : [];
  const last = Math.max(0, ...years);
  return last ? last * 12 : undefined;
}

export function migrateV1<T>(v1: T): Migration<T> {
  const notes: Migration<T>['notes'] = [];
  if (!isObject(v1)) return { profile: v1, notes };
  const profile: Json = { ...v1, schemaVersion: 2 };
  const training = v1.training;
  if (isObject(training) && Array.isArray(training.exams)) {
    const total = trainingMonths(v1);
    profile.training = {
      ...training,
      exams: training.exams.map((exam, index) => {
        if (!isObject(exam)) return exam;
        const { name, timing, conductedBy, ...rest } = exam;
        let at: string | undefined;
        if (typeof timing === 'number') {
          if (total) at = monthsDuration(Math.round(timing * total));
          else notes.push({ path: `$.training.exams[${index}].timing`, message: 'Dropped: the training has no timeToComplete to count it from; write "at" by hand' });
        }
        return {
          name,
          ...(at ? { at } : {}),
          ...(conductedBy !== undefined ? { examiningBody: { name: conductedBy } } : {}),
          ...rest,
        };
      }),
    };
  }
  return { profile: profile as T, notes };
}
