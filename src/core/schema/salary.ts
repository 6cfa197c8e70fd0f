/** `salary`: pay per training year, at job entry, and what the page says about it. */
import * as v from 'valibot';
import { amount, isoDate, isoDuration, Link, list, MAX_TRAINING_YEARS, text, texts, url } from './fields.js';

/**
 * Why a period has no pay. The elements say it in their own words ("unbezahlt", "Schulgeld",
 * "kein Schulgeld", "Förderung möglich") and never show "0 €", which a pupil reads as a wage of zero.
 */
export const UNPAID_REASONS = ['no-pay', 'school-fees', 'fees-covered', 'grant'] as const;

/**
 * Pay for one training year (schema.org `WorkBasedProgram.trainingSalary`): either `value`, or
 * `unpaid` with its reason. `duration` tells a shorter year (`P6M`: the last half year of a
 * 3½-year training); without it a year is a year, or what is left of `timeToComplete`.
 */
export const TrainingPay = v.pipe(
  v.object({
    year: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(MAX_TRAINING_YEARS)),
    duration: v.optional(isoDuration),
    /** The pay per `unitText`. */
    value: v.optional(amount),
    unpaid: v.optional(v.picklist(UNPAID_REASONS)),
    /** With `unpaid: "school-fees"`: what the school charges per `unitText`. */
    schoolFee: v.optional(amount),
    /** One sentence on this year's pay, e.g. "BAföG ist möglich." */
    note: v.optional(text),
  }),
  v.forward(
    v.check((row) => (row.value === undefined) !== (row.unpaid === undefined), 'Give either value (the pay) or unpaid (why there is none)'),
    ['value'],
  ),
  v.forward(
    v.check((row) => row.schoolFee === undefined || row.unpaid === 'school-fees', 'schoolFee goes with unpaid: "school-fees"'),
    ['schoolFee'],
  ),
);

/** One pay per year: two for the same year contradict each other. */
export const trainingPayRows = v.pipe(
  list(TrainingPay),
  v.check((rows) => new Set(rows.map((row) => row.year)).size === rows.length, 'Each training year must appear only once'),
);

export const Salary = v.object({
  /** ISO 4217 code; `EUR` when not given. */
  currency: v.optional(v.pipe(v.string(), v.regex(/^[A-Z]{3}$/, 'Must be a three-letter ISO 4217 currency code like EUR')), 'EUR'),
  /** What one amount is paid for; schema.org `unitText`. */
  unitText: v.optional(v.picklist(['MONTH', 'YEAR']), 'MONTH'),
  /** Pay per training year (schema.org `WorkBasedProgram.trainingSalary`). */
  trainingSalary: v.optional(trainingPayRows),
  /** Pay at job entry (schema.org `WorkBasedProgram.salaryUponCompletion`). */
  salaryUponCompletion: v.optional(v.object({ value: amount })),
  source: v.optional(v.object({ name: text, url: v.optional(url) })),
  /**
   * The collective agreement (Tarifvertrag) the pay follows, where one applies: then the legal minimum
   * of §17 BBiG does not bind it, and `career-widgets validate` does not hold the pay against it.
   */
  collectiveAgreement: v.optional(v.object({ name: text, url: v.optional(url) })),
  referenceDate: v.optional(isoDate),
  /** What the page says about pay, in sentences; shown under the table. */
  notes: v.optional(texts),
  moreInfo: v.optional(Link),
});
