/** `training`: its periods, exams, ways to shorten it, routes and specialisations (schema.org `WorkBasedProgram`). */
import * as v from 'valibot';
import { durationMonths } from '../duration.js';
import { count, isoDuration, list, text, texts, url } from './fields.js';
import { trainingPayRows } from './salary.js';

/** Who holds an exam and awards its credential: "IHK", "Handwerkskammer", "zuständige Landesbehörde". */
export const ExaminingBody = v.object({ name: text, url: v.optional(url) });

/** One part of an exam in parts (the stretched final exam: Teil 1 and Teil 2). */
const ExamPart = v.object({
  name: text,
  /** When it takes place, from the start of the training. */
  at: v.optional(isoDuration),
  /** Its share of the final grade, in percent. */
  weight: v.optional(v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(100))),
  description: v.optional(text),
});

export const Exam = v.pipe(
  v.object({
    name: text,
    /** When it takes place, from the start of the training: `P18M`; `P3Y` at the end of a 3-year training. */
    at: v.optional(isoDuration),
    examiningBody: v.optional(ExaminingBody),
    /** An exam in parts, each at its own time (gestreckte Abschlussprüfung). */
    parts: v.optional(list(ExamPart)),
    /** What passing gives you (schema.org `occupationalCredentialAwarded`). */
    credential: v.optional(text),
    description: v.optional(text),
  }),
  v.forward(
    v.check((exam) => {
      const weights = exam.parts?.map((part) => part.weight) ?? [];
      return weights.length === 0 || weights.includes(undefined) || Math.abs(weights.reduce((a, b) => a! + b!, 0)! - 100) < 0.01;
    }, 'The weights of the parts must add up to 100'),
    ['parts'],
  ),
);

export const Shortening = v.object({
  /** What you need to have done for the shorter way. */
  prerequisite: text,
  creditedDuration: isoDuration,
  remainingDuration: isoDuration,
  description: v.optional(text),
});

/** Where a period of the training is spent. `dual`: company and vocational school side by side. */
// `university`: a dual study's phases at the Hochschule (issue 25: they read "Where: School" before).
export const PERIOD_KINDS = ['dual', 'company', 'school', 'practical', 'university'] as const;

/** A stretch of the training of any length, in order: two years at a Fachschule, then a practical year. */
const TrainingPeriod = v.object({
  kind: v.picklist(PERIOD_KINDS),
  duration: isoDuration,
  /** What it is called where it is done: "Fachschule für Sozialpädagogik", "Berufspraktikum". */
  name: v.optional(text),
  description: v.optional(text),
});

/** Hours of theory (school) and practice (placement) the training prescribes, in all. */
const Hours = v.object({ theory: v.optional(count), practice: v.optional(count), note: v.optional(text) });

/**
 * Another way through the same training: part-time, paid practice-integrated (PiA), after a prior
 * training. Its own duration and pay; what it does not say is as in the main training.
 */
export const Route = v.object({
  name: text,
  description: v.optional(text),
  timeToComplete: v.optional(isoDuration),
  schedule: v.optional(v.picklist(['full-time', 'part-time'])),
  /** What you need for this way, e.g. a prior training. */
  prerequisite: v.optional(text),
  periods: v.optional(list(TrainingPeriod)),
  /** Pay on this way, in the profile's `salary.currency` and `unitText`. */
  trainingSalary: v.optional(trainingPayRows),
});

/** A credential you can choose during the training instead of the general one (nursing, year 3). */
const Specialization = v.object({
  name: text,
  /** When the choice is made, from the start of the training. */
  from: v.optional(isoDuration),
  credential: v.optional(text),
  description: v.optional(text),
});

const months = (iso: string | undefined) => durationMonths(iso) ?? 0;

/**
 * The law a training stands on: `BBiG` and `HwO` (dual trainings; their pay has the legal minimum
 * of §17 BBiG unless a collective agreement applies), `federal-law` (a health profession's own act:
 * PflBG, NotSanG), `land-law` (a school-based training), `civil-service` (a Vorbereitungsdienst),
 * `higher-education` (a dual study programme).
 */
export const LEGAL_BASES = ['BBiG', 'HwO', 'federal-law', 'land-law', 'civil-service', 'higher-education'] as const;

/** The training itself (schema.org `WorkBasedProgram`). */
export const Training = v.pipe(
  v.object({
    programType: v.optional(text),
    legalBasis: v.optional(v.picklist(LEGAL_BASES)),
    timeToComplete: v.optional(isoDuration),
    learningPlaces: v.optional(texts),
    description: v.optional(text),
    /** The stretches of the training in order; a dual training of whole years needs none. */
    periods: v.optional(list(TrainingPeriod)),
    hours: v.optional(Hours),
    exams: v.optional(list(Exam)),
    occupationalCredentialAwarded: v.optional(text),
    shortening: v.optional(list(Shortening)),
    routes: v.optional(list(Route)),
    specializations: v.optional(list(Specialization)),
  }),
  // Times an editor can get wrong against each other: say so before a pupil reads it.
  v.forward(
    v.check(
      (t) => !t.periods || !t.timeToComplete || t.periods.reduce((sum, p) => sum + months(p.duration), 0) === months(t.timeToComplete),
      'The periods must add up to timeToComplete',
    ),
    ['periods'],
  ),
  v.forward(
    v.check(
      (t) => !t.timeToComplete || (t.exams ?? []).every((e) => [e, ...(e.parts ?? [])].every((x) => months(x.at) <= months(t.timeToComplete))),
      'An exam must not come after the end of the training (timeToComplete)',
    ),
    ['exams'],
  ),
);
