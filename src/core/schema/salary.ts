/** `salary`: pay per training year, at job entry, and what the page says about it. */
import * as v from 'valibot';
import { amount, isoDate, isoDuration, Link, list, MAX_TRAINING_YEARS, text, texts, url } from './fields.js';

/**
 * Why a period has no pay. The elements say it in their own words ("unbezahlt", "Schulgeld",
 * "kein Schulgeld", "Förderung möglich") and never show "0 €", which a pupil reads as a wage of zero.
 */
export const UNPAID_REASONS = ['no-pay', 'school-fees', 'fees-covered', 'grant'] as const;
const reason = v.picklist(UNPAID_REASONS);
/** One reason, or two that hold together: `["fees-covered", "grant"]` (no Schulgeld, and BAföG possible). */
const unpaid = v.union([reason, v.pipe(v.array(reason), v.minLength(1, 'Must not be empty'), v.maxLength(2, 'Must not have more than 2 reasons'), v.check((r) => new Set(r).size === r.length, 'Must not name a reason twice'))]);
/** The reasons of a row as a list. */
export const unpaidReasons = (row: { unpaid?: UnpaidInput }) => (row.unpaid === undefined ? [] : typeof row.unpaid === 'string' ? [row.unpaid] : row.unpaid);
type UnpaidInput = (typeof UNPAID_REASONS)[number] | (typeof UNPAID_REASONS)[number][];

/**
 * What the pay is called, since a pupil must not read one for the other: `training-salary`
 * (Ausbildungsvergütung, the default), `candidate-salary` (Anwärterbezüge of a civil servant in
 * training, then Besoldung), `study-salary` (a dual study's pay). The catalog's `trainingPay.kind` has the same words.
 */
export const PAY_KINDS = ['training-salary', 'candidate-salary', 'study-salary'] as const;

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
    unpaid: v.optional(unpaid),
    /** With `unpaid: "school-fees"`: what the school charges per `unitText` (the least, with `schoolFeeMax`). */
    schoolFee: v.optional(amount),
    /** The most a school charges where fees differ: Schulgeld 300–600 €. */
    schoolFeeMax: v.optional(amount),
    /** One sentence on this year's pay, e.g. "BAföG ist möglich." */
    note: v.optional(text),
  }),
  v.forward(
    v.check((row) => (row.value === undefined) !== (row.unpaid === undefined), 'Give either value (the pay) or unpaid (why there is none)'),
    ['value'],
  ),
  v.forward(
    v.check((row) => row.schoolFee === undefined || unpaidReasons(row).includes('school-fees'), 'schoolFee goes with unpaid: "school-fees"'),
    ['schoolFee'],
  ),
  v.forward(
    v.check((row) => row.schoolFeeMax === undefined || (row.schoolFee !== undefined && row.schoolFeeMax > row.schoolFee), 'schoolFeeMax goes with a lower schoolFee'),
    ['schoolFeeMax'],
  ),
);

/** One pay per year: two for the same year contradict each other. */
export const trainingPayRows = v.pipe(
  list(TrainingPay),
  v.check((rows) => new Set(rows.map((row) => row.year)).size === rows.length, 'Each training year must appear only once'),
);

/** Pay after the training; a civil servant's with the grade of the Besoldung and its allowances. */
const EntryPay = v.object({
  value: amount,
  /** The pay grade: "A 7" (Besoldungsgruppe), "EG 5". */
  grade: v.optional(text),
  /** What is paid on top: "Polizeizulage", 228. Amounts in the profile's currency and unit. */
  allowances: v.optional(list(v.object({ name: text, value: v.optional(amount), description: v.optional(text) }))),
});

/** The collective agreement (Tarifvertrag) the pay follows. */
const Agreement = v.object({ name: text, url: v.optional(url) });

/**
 * A second (third …) tariff in the same profession, with its own pay: private banks and Sparkassen.
 * Each gets its own table; in the profile's currency and unit.
 */
const Scale = v.object({
  name: text,
  collectiveAgreement: v.optional(Agreement),
  trainingSalary: v.optional(trainingPayRows),
  salaryUponCompletion: v.optional(EntryPay),
  note: v.optional(text),
});

export const Salary = v.object({
  /** What the pay is called (`PAY_KINDS`); `training-salary` when not given. */
  kind: v.optional(v.picklist(PAY_KINDS)),
  /** ISO 4217 code; `EUR` when not given. */
  currency: v.optional(v.pipe(v.string(), v.regex(/^[A-Z]{3}$/, 'Must be a three-letter ISO 4217 currency code like EUR')), 'EUR'),
  /** What one amount is paid for; schema.org `unitText`. */
  unitText: v.optional(v.picklist(['MONTH', 'YEAR']), 'MONTH'),
  /** Pay per training year (schema.org `WorkBasedProgram.trainingSalary`). */
  trainingSalary: v.optional(trainingPayRows),
  /** Pay at job entry (schema.org `WorkBasedProgram.salaryUponCompletion`). */
  salaryUponCompletion: v.optional(EntryPay),
  /** Pay under other tariffs of the same profession, each with its name. */
  scales: v.optional(list(Scale)),
  source: v.optional(v.object({ name: text, url: v.optional(url) })),
  /**
   * The collective agreement (Tarifvertrag) the pay follows, where one applies: then the legal minimum
   * of §17 BBiG does not bind it, and `career-widgets validate` does not hold the pay against it.
   */
  collectiveAgreement: v.optional(Agreement),
  referenceDate: v.optional(isoDate),
  /** What the page says about pay, in sentences; shown under the table. */
  notes: v.optional(texts),
  moreInfo: v.optional(Link),
});
