/**
 * The profession profile, format 2: one source of truth for the TypeScript types
 * (`Profile` and friends), the runtime validation (`validateProfile`) and the
 * published JSON Schema (`scripts/build-schema.mjs` converts this file).
 * Format 1 (`profile-schema-v1.ts`) is still read: it is migrated to this one.
 *
 * Field names follow schema.org where it has a word for the thing
 * (`Occupation`, `WorkBasedProgram`, `JobPosting`); everything else is plain
 * English. Times inside a training are ISO 8601 durations counted from its start
 * (`P18M`: after 18 months), so an editor writes what the training regulation says.
 * Every section but the name is optional, so a portal can publish a partial
 * profile; an element whose section is missing says so.
 *
 * Every text, URL and list has a limit (`limits.ts`), here and so in the JSON Schema.
 */
import * as v from 'valibot';
import { MAX_LIST_ITEMS, MAX_TEXT_LENGTH, MAX_URL_LENGTH } from './limits.js';
import { DURATION, durationMonths } from './duration.js';
import type { ProfileV1 } from './profile-schema-v1.js';

/** The format this library writes; `profile-schema-v1.ts` reads the one before. */
export const SCHEMA_VERSION = 2;

const tooLong = (max: number) => `Must not be longer than ${max.toLocaleString('en')} characters`;
// The length is checked before trimming, so an enormous string costs one comparison, not a copy.
export const text = v.pipe(v.string(), v.maxLength(MAX_TEXT_LENGTH, tooLong(MAX_TEXT_LENGTH)), v.trim(), v.minLength(1, 'Must not be empty'));
/** A list of at most `MAX_LIST_ITEMS` items. */
export const list = <T extends v.GenericSchema>(item: T) =>
  v.pipe(v.array(item), v.maxLength(MAX_LIST_ITEMS, `Must not have more than ${MAX_LIST_ITEMS} items`));
export const texts = list(text);
/** A URL as written in the profile; elements only render it if it is safe (see safe-url.ts). */
export const url = v.pipe(v.string(), v.maxLength(MAX_URL_LENGTH, tooLong(MAX_URL_LENGTH)), v.trim(), v.minLength(1, 'Must not be empty'));
/**
 * The longest a training (and so any of its durations, and its last paid year) may be. No training
 * lasts longer; the bound keeps a typo such as `P3000Y` or `"year": 2025` from making an element
 * draw thousands of training years (found by the hardening tests: such a profile froze the page).
 */
export const MAX_TRAINING_YEARS = 10;
/** An ISO 8601 duration such as `P3Y`, `P18M` or `P3Y6M` (`P0D` for "at the start"). */
export const isoDuration = v.pipe(
  v.string(),
  v.regex(DURATION, 'Must be an ISO 8601 duration like P3Y, P18M or P3Y6M'),
  v.minLength(3, 'Must be an ISO 8601 duration like P3Y, P18M or P3Y6M'),
  v.check(
    (iso) => (durationMonths(iso) ?? 0) <= MAX_TRAINING_YEARS * 12,
    `Must not be longer than ${MAX_TRAINING_YEARS} years (P${MAX_TRAINING_YEARS}Y)`,
  ),
);
/** An ISO 8601 date, a year-month or a year: `2025-08-01`, `2025-08`, `2025`. */
export const isoDate = v.pipe(
  v.string(),
  v.regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, 'Must be an ISO 8601 date like 2025-08-01, 2025-08 or 2025'),
);
/**
 * A date as above, or a date-time as job feeds write them (schema.org `DateTime`):
 * `2030-07-31T23:59:59+02:00`. Elements read the date part.
 */
const isoDateOrTime = v.pipe(
  v.string(),
  v.regex(
    /^\d{4}(?:-\d{2}(?:-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?)?)?$/,
    'Must be an ISO 8601 date like 2025-08-01, 2025-08 or 2025, or a date-time like 2025-08-01T12:00:00Z',
  ),
);
export const amount = v.pipe(v.number(), v.finite(), v.minValue(0, 'Must not be negative'));
const count = v.pipe(v.number(), v.integer(), v.minValue(0, 'Must not be negative'), v.maxValue(100_000));

/** A thing with a name and, where the page explains it, a description. */
const NamedText = v.object({ name: text, description: v.optional(text) });
export const namedTexts = list(NamedText);

/** A call to action: a label and where it leads. */
export const Link = v.object({ label: text, href: url });

export const Titles = v.object({
  masculine: v.optional(text),
  feminine: v.optional(text),
  neutral: v.optional(text),
});

/** The school certificate usually asked for, and what else can work. */
export const EducationRequirements = v.object({
  name: text,
  description: v.optional(text),
  alternatives: v.optional(texts),
});

export const Skill = v.object({
  name: text,
  description: v.optional(text),
  /** Shown among the few strengths at the top of the page. */
  highlighted: v.optional(v.boolean()),
});

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
const TrainingPay = v.pipe(
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
const trainingPayRows = v.pipe(
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
  referenceDate: v.optional(isoDate),
  /** What the page says about pay, in sentences; shown under the table. */
  notes: v.optional(texts),
  moreInfo: v.optional(Link),
});

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
export const PERIOD_KINDS = ['dual', 'company', 'school', 'practical'] as const;

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
const Route = v.object({
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

/** The training itself (schema.org `WorkBasedProgram`). */
export const Training = v.pipe(
  v.object({
    programType: v.optional(text),
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

export const TrainingContents = v.object({
  company: v.optional(namedTexts),
  school: v.optional(namedTexts),
  /** What you learn, in a few lines. */
  highlights: v.optional(texts),
});

export const EducationOption = v.object({
  name: text,
  kind: v.picklist(['further-training', 'study']),
  description: v.optional(text),
});

export const FurtherEducation = v.object({ introduction: v.optional(text), options: list(EducationOption) });
export const Skills = v.optional(list(Skill));

export const Application = v.object({
  introduction: v.optional(text),
  documents: v.optional(namedTexts),
  submission: v.optional(text),
  tips: v.optional(namedTexts),
  attire: v.optional(v.object({ introduction: v.optional(text), recommendations: v.optional(namedTexts) })),
});

const QuizQuestion = v.pipe(
  v.object({
    question: text,
    options: v.pipe(list(text), v.minLength(2, 'A question needs at least two options')),
    /** Index (from 0) of the right option. */
    correctOption: v.pipe(v.number(), v.integer(), v.minValue(0)),
    explanation: v.optional(text),
  }),
  v.forward(
    v.check((q) => q.correctOption < q.options.length, 'The right answer must be one of the options'),
    ['correctOption'],
  ),
);

const QuizResult = v.pipe(
  v.object({
    minScore: v.pipe(v.number(), v.integer(), v.minValue(0)),
    maxScore: v.pipe(v.number(), v.integer(), v.minValue(0)),
    text: text,
    cta: v.optional(Link),
  }),
  // An inverted range covers no score: a result nobody can reach is a mistake in the data.
  v.forward(
    v.check((r) => r.minScore <= r.maxScore, 'maxScore must not be less than minScore'),
    ['maxScore'],
  ),
);

export const Quiz = v.pipe(
  v.object({
    title: v.optional(text),
    intro: v.optional(text),
    questions: v.pipe(list(QuizQuestion), v.minLength(1, 'A quiz needs at least one question')),
    results: v.pipe(list(QuizResult), v.minLength(1, 'A quiz needs at least one result')),
  }),
  v.forward(
    v.check((quiz) => scoreGap(quiz) === undefined, (issue) => scoreGap(issue.input as QuizInput) ?? ''),
    ['results'],
  ),
);

type QuizInput = { questions: unknown[]; results: { minScore: number; maxScore: number }[] };

/**
 * Every score from 0 to the number of questions must have exactly one result. The ranges sorted by
 * their start must tile 0…n: linear after the sort, whatever the counts (checking each score against
 * each result took 40 s for 50,000 of each; found by the hardening probe).
 */
export function scoreGap(quiz: QuizInput): string | undefined {
  const ranges = [...quiz.results].sort((a, b) => a.minScore - b.minScore);
  let next = 0; // the lowest score not yet covered
  for (const { minScore, maxScore } of ranges) {
    if (minScore > quiz.questions.length) break;
    if (minScore > next) return `No result covers a score of ${next}`;
    if (minScore < next) return `Results overlap at a score of ${minScore}`;
    next = maxScore + 1;
  }
  return next > quiz.questions.length ? undefined : `No result covers a score of ${next}`;
}

/** An open position (schema.org `JobPosting`), as the profile or a feed gives it. */
export const JobPosting = v.object({
  /** A plain id, or a schema.org `PropertyValue` (`{ name, value }`) as Google's job docs write it. */
  identifier: v.optional(
    v.union([text, v.number(), v.object({ name: v.optional(text), value: v.union([text, v.number()]) })]),
  ),
  title: text,
  description: v.optional(text),
  hiringOrganization: v.optional(v.object({ name: text })),
  jobLocation: v.optional(
    v.object({
      address: v.optional(v.object({ addressLocality: v.optional(text), postalCode: v.optional(text) })),
    }),
  ),
  jobStartDate: v.optional(isoDateOrTime),
  datePosted: v.optional(isoDateOrTime),
  validThrough: v.optional(isoDateOrTime),
  employmentType: v.optional(v.union([text, texts])),
  url: v.optional(url),
});

export const Vacancies = v.object({
  /** Shown when no vacancy is open. */
  emptyText: v.optional(text),
  jobAlert: v.optional(v.object({ title: v.optional(text), description: v.optional(text), cta: Link })),
  /** All vacancies, for a "show all" link. */
  moreLink: v.optional(Link),
  items: v.optional(list(JobPosting)),
});

// Sections an element reads by name (read-profile.ts), so that a bundle holds only the ones it shows.
export const Responsibilities = v.object({ items: namedTexts, note: v.optional(text) });
export const Workplaces = v.object({
  employersIntroduction: v.optional(text),
  employers: v.optional(texts),
  placesIntroduction: v.optional(text),
  places: v.optional(namedTexts),
});
export const Qualifications = v.object({ description: v.optional(text), note: v.optional(text) });
export const Suitability = v.object({ suitsIf: v.optional(texts), suitsLessIf: v.optional(texts) });
export const RelatedLinks = list(v.object({ label: text, href: v.optional(url), description: v.optional(text) }));

export const InLanguage = v.optional(v.pipe(text, v.regex(/^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/, 'Must be a language tag like de or en-GB')));
export const VERSION_MESSAGE = `Must be ${SCHEMA_VERSION} (or 1, the format before)`;

/**
 * Every section of a profile, by its key. Format 1 shares all of them but `training` and
 * `salary`; a section-wise reader validates only the ones it shows.
 */
export const sections = {
  /** A stable id, e.g. the slug of the profession page. */
  identifier: v.optional(text),
  /** BCP 47 language of the profile's texts; elements mark them with it where it differs from theirs. */
  inLanguage: InLanguage,
  /** The title as shown (schema.org `Occupation.name`). */
  name: text,
  titles: v.optional(Titles),
  /** schema.org `Occupation.occupationalCategory`, e.g. a KldB or ISCO code. */
  occupationalCategory: v.optional(text),
  /** How you get there, e.g. "Duale Ausbildung". */
  educationalPath: v.optional(text),
  educationRequirements: v.optional(EducationRequirements),
  skills: Skills,
  salary: v.optional(Salary),
  /** Paragraphs separated by a blank line. */
  description: v.optional(text),
  responsibilities: v.optional(Responsibilities),
  dailyRoutine: v.optional(namedTexts),
  workplaces: v.optional(Workplaces),
  facts: v.optional(texts),
  /** What the training asks of you (schema.org `Occupation.qualifications`). */
  qualifications: v.optional(Qualifications),
  training: v.optional(Training),
  trainingContents: v.optional(TrainingContents),
  furtherEducation: v.optional(FurtherEducation),
  prospects: v.optional(text),
  application: v.optional(Application),
  suitability: v.optional(Suitability),
  quiz: v.optional(Quiz),
  vacancies: v.optional(Vacancies),
  relatedLinks: v.optional(RelatedLinks),
};

export const ProfileSchema = v.object({
  $schema: v.optional(url),
  schemaVersion: v.literal(SCHEMA_VERSION, VERSION_MESSAGE),
  ...sections,
});

export type Profile = v.InferOutput<typeof ProfileSchema>;
export type ProfileSalary = v.InferOutput<typeof Salary>;
export type ProfileTrainingPay = v.InferOutput<typeof TrainingPay>;
export type ProfileTraining = v.InferOutput<typeof Training>;
export type ProfileExam = v.InferOutput<typeof Exam>;
export type ProfileRoute = v.InferOutput<typeof Route>;
export type ProfileQuiz = v.InferOutput<typeof Quiz>;
export type ProfileJobPosting = v.InferOutput<typeof JobPosting>;
export type ProfileLink = v.InferOutput<typeof Link>;
export type UnpaidReason = (typeof UNPAID_REASONS)[number];
export type PeriodKind = (typeof PERIOD_KINDS)[number];

/**
 * A type as TypeScript infers it for a JSON import (`import profile from './x.json'`): each literal
 * widened to `string`, `number` or `boolean`, so that such an import needs no cast.
 */
export type JsonOf<T> = T extends string ? string : T extends number ? number : T extends boolean ? boolean : T extends readonly (infer U)[] ? JsonOf<U>[] : T extends object ? { [K in keyof T]: JsonOf<T[K]> } : T;
/**
 * What an element's `profile` property takes: a profile in format 2 or 1, also as a JSON import
 * types it. The element validates it whatever its type (an invalid one shows the error state).
 */
export type ProfileData = JsonOf<Profile> | JsonOf<ProfileV1>;
