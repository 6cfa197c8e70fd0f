/**
 * Format 1, as profiles written before format 2 have it. It differs from format 2 only in the
 * training (an exam's time was a share of the whole, `timing: 0.5`, and its body a bare
 * `conductedBy`) and in the salary (pay for every year, the currency always written). Such a
 * profile is validated here and then migrated (`migrate.ts`); the elements only know format 2.
 */
import * as v from 'valibot';
import { Link, MAX_TRAINING_YEARS, amount, isoDate, isoDuration, list, text, texts, url } from './schema/fields.js';
import { LEGAL_BASES, Shortening } from './schema/training.js';

const ExamV1 = v.object({
  name: text,
  /** When in the training it takes place, as a share of the whole (0.5 = half time). */
  timing: v.optional(v.pipe(v.number(), v.minValue(0), v.maxValue(1))),
  /** Who holds the exam, e.g. the IHK. */
  conductedBy: v.optional(text),
  credential: v.optional(text),
  description: v.optional(text),
});

// A field format 2 gained later without changing any meaning (legalBasis, collectiveAgreement) is read
// in format 1 too, and migrated as it is.
export const TrainingV1 = v.object({
  programType: v.optional(text),
  legalBasis: v.optional(v.picklist(LEGAL_BASES)),
  timeToComplete: v.optional(isoDuration),
  learningPlaces: v.optional(texts),
  description: v.optional(text),
  exams: v.optional(list(ExamV1)),
  occupationalCredentialAwarded: v.optional(text),
  shortening: v.optional(list(Shortening)),
});

export const SalaryV1 = v.object({
  currency: v.pipe(v.string(), v.regex(/^[A-Z]{3}$/, 'Must be a three-letter ISO 4217 currency code like EUR')),
  unitText: v.optional(v.picklist(['MONTH', 'YEAR']), 'MONTH'),
  trainingSalary: v.optional(
    v.pipe(
      list(v.object({ year: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(MAX_TRAINING_YEARS)), value: amount })),
      v.check((rows) => new Set(rows.map((row) => row.year)).size === rows.length, 'Each training year must appear only once'),
    ),
  ),
  salaryUponCompletion: v.optional(v.object({ value: amount })),
  source: v.optional(v.object({ name: text, url: v.optional(url) })),
  collectiveAgreement: v.optional(v.object({ name: text, url: v.optional(url) })),
  referenceDate: v.optional(isoDate),
  notes: v.optional(texts),
  moreInfo: v.optional(Link),
});
