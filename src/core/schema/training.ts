/** `training`: its periods, exams, ways to shorten it, routes and specialisations (schema.org `WorkBasedProgram`). */
import * as v from 'valibot';
import { durationMonths } from '../duration.js';
import { count, isoDuration, list, text, texts, url } from './fields.js';
import { trainingPayRows } from './salary.js';

/** Who holds an exam and awards its credential: "IHK", "Handwerkskammer", "zuständige Landesbehörde". */
export const ExaminingBody = v.object({ name: text, url: v.optional(url) });

const months = (iso: string | undefined) => durationMonths(iso) ?? 0;
const percent = v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(100));
/** Weights that are all given must add up to `total`; a list with one missing is not checked. */
const addsUp = (weights: (number | undefined)[], total = 100) =>
  weights.length === 0 || weights.includes(undefined) || Math.abs(weights.reduce((a, b) => a! + b!, 0)! - total) < 0.01;

/**
 * When an exam is held where the regulation gives a stretch of time, not a point: "zwischen dem 18.
 * und 24. Monat" (`{ from: "P18M", to: "P24M" }`), from the start of the training.
 */
export const ExamWindow = v.pipe(
  v.object({ from: isoDuration, to: isoDuration }),
  v.check((w) => months(w.from) < months(w.to), 'from must come before to'),
);

/** What an exam or its part is taken as: on paper, in talk, by doing the work. */
export const EXAM_FORMS = ['written', 'oral', 'practical'] as const;

/** A Prüfungsbereich inside an exam part, with its share of the final grade (as the part's `weight`). */
const ExamArea = v.object({ name: text, form: v.optional(v.picklist(EXAM_FORMS)), weight: v.optional(percent), description: v.optional(text) });

/** One part of an exam in parts (the stretched final exam: Teil 1 and Teil 2). */
const ExamPart = v.pipe(
  v.object({
    name: text,
    /** When it takes place, from the start of the training. */
    at: v.optional(isoDuration),
    /** Or the stretch in which it takes place (`at` or `window`, not both). */
    window: v.optional(ExamWindow),
    /** Its share of the final grade, in percent. */
    weight: v.optional(percent),
    /** Its Prüfungsbereiche; their weights add up to the part's. */
    areas: v.optional(list(ExamArea)),
    description: v.optional(text),
  }),
  v.forward(v.check((p) => !(p.at && p.window), 'Give either at or window, not both'), ['window']),
  v.forward(v.check((p) => p.weight === undefined || !p.areas || addsUp(p.areas.map((a) => a.weight), p.weight), "The weights of the areas must add up to the part's weight"), ['areas']),
);

export const Exam = v.pipe(
  v.object({
    name: text,
    /** When it takes place, from the start of the training: `P18M`; `P3Y` at the end of a 3-year training. */
    at: v.optional(isoDuration),
    /** Or the stretch in which it takes place (`at` or `window`, not both). */
    window: v.optional(ExamWindow),
    /** Who is responsible for it and awards the credential: the Handwerkskammer, the Land authority. */
    examiningBody: v.optional(ExaminingBody),
    /** Who holds it on the examining body's behalf, where that is another: the Innung, the school's committee. */
    conductingBody: v.optional(ExaminingBody),
    /** An exam in parts, each at its own time (gestreckte Abschlussprüfung). */
    parts: v.optional(list(ExamPart)),
    /** What it is made of, all held together (written, oral, practical): the state exam of a health profession. */
    components: v.optional(list(ExamArea)),
    /** What passing gives you (schema.org `occupationalCredentialAwarded`). */
    credential: v.optional(text),
    description: v.optional(text),
  }),
  v.forward(v.check((exam) => addsUp(exam.parts?.map((part) => part.weight) ?? []), 'The weights of the parts must add up to 100'), ['parts']),
  v.forward(v.check((exam) => addsUp(exam.components?.map((c) => c.weight) ?? []), 'The weights of the components must add up to 100'), ['components']),
  v.forward(v.check((e) => !(e.at && e.window), 'Give either at or window, not both'), ['window']),
);

/** An exam's time on a shorter way: `name` says which exam or part ("Abschlussprüfung – Teil 1"). */
const ExamTime = v.pipe(
  v.object({ name: text, at: v.optional(isoDuration), window: v.optional(ExamWindow) }),
  v.forward(v.check((e) => !e.at !== !e.window, 'Give either at or window'), ['at']),
);

export const Shortening = v.object({
  /** What you need to have done for the shorter way. */
  prerequisite: text,
  creditedDuration: isoDuration,
  remainingDuration: isoDuration,
  /** When the exams are held on this shorter way (Teil 1 earlier), from its start. */
  examsAt: v.optional(list(ExamTime)),
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
const Hours = v.pipe(
  v.object({
    theory: v.optional(count),
    practice: v.optional(count),
    /** The practice hours by place: "Orientierungseinsatz", 400; they add up to `practice`. */
    practiceBreakdown: v.optional(list(v.object({ place: text, hours: count }))),
    note: v.optional(text),
  }),
  v.forward(
    v.check((h) => h.practice === undefined || !h.practiceBreakdown || h.practiceBreakdown.reduce((sum, p) => sum + p.hours, 0) === h.practice, 'The hours by place must add up to practice'),
    ['practiceBreakdown'],
  ),
);

/** A qualification on top of the training, with an exam of its own (Zusatzqualifikation). */
const AdditionalQualification = v.object({
  name: text,
  /** Its own exam: "Prüfung vor der IHK", when and where it is held. */
  exam: v.optional(text),
  examiningBody: v.optional(ExaminingBody),
  credential: v.optional(text),
  description: v.optional(text),
});

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
  /** Exams on this way only (a pre-exam of the school year, a retraining's own exam); times from its start. */
  exams: v.optional(list(Exam)),
});

/** A credential you can choose during the training instead of the general one (nursing, year 3). */
const Specialization = v.object({
  name: text,
  /** When the choice is made, from the start of the training. */
  from: v.optional(isoDuration),
  credential: v.optional(text),
  description: v.optional(text),
});

/**
 * The law a training stands on: `BBiG` and `HwO` (dual trainings; their pay has the legal minimum
 * of §17 BBiG unless a collective agreement applies), `federal-law` (a health profession's own act:
 * PflBG, NotSanG), `land-law` (a school-based training), `civil-service` (a Vorbereitungsdienst),
 * `higher-education` (a dual study programme).
 */
export const LEGAL_BASES = ['BBiG', 'HwO', 'federal-law', 'land-law', 'civil-service', 'higher-education'] as const;

/** Periods an editor can get wrong against the length: say so before a pupil reads it. */
// Generic, so that each pipe's check keeps its own output type.
const periodsAddUp = <T extends { periods?: { duration: string }[]; timeToComplete?: string }>(t: T) =>
  !t.periods || !t.timeToComplete || t.periods.reduce((sum, p) => sum + months(p.duration), 0) === months(t.timeToComplete);
const PERIODS = 'The periods must add up to timeToComplete';

/**
 * What `<salary-table>` reads of the training: its kind of program, its length (and periods) for the
 * years' lengths, and the ways with pay of their own. An element checks only what it shows
 * (read-profile.ts): a broken exam is `<career-path>`'s error, never a blank pay table, and
 * salary-table.js carries no schema of exams, hours or specialisations (issue 26).
 */
export const TrainingForPay = v.pipe(
  v.object({
    programType: v.optional(text),
    timeToComplete: v.optional(isoDuration),
    periods: v.optional(list(TrainingPeriod)),
    routes: v.optional(list(v.object({ name: text, timeToComplete: v.optional(isoDuration), trainingSalary: v.optional(trainingPayRows) }))),
  }),
  v.forward(v.check(periodsAddUp, PERIODS), ['periods']),
);

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
    /** A dual study's academic degree beside (or instead of) the vocational credential: "Bachelor of Engineering (B.Eng.)". */
    educationalCredentialAwarded: v.optional(text),
    /** A dual study's credits (ECTS), schema.org `numberOfCredits`. */
    numberOfCredits: v.optional(count),
    additionalQualifications: v.optional(list(AdditionalQualification)),
    shortening: v.optional(list(Shortening)),
    routes: v.optional(list(Route)),
    specializations: v.optional(list(Specialization)),
  }),
  // Times an editor can get wrong against each other: say so before a pupil reads it.
  v.forward(v.check(periodsAddUp, PERIODS), ['periods']),
  v.forward(
    v.check(
      (t) => !t.timeToComplete || (t.exams ?? []).every((e) => [e, ...(e.parts ?? [])].every((x) => Math.max(months(x.at), months(x.window?.to)) <= months(t.timeToComplete))),
      'An exam must not come after the end of the training (timeToComplete)',
    ),
    ['exams'],
  ),
);
