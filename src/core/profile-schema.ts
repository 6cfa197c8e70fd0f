/**
 * The profession profile: one source of truth for the TypeScript types
 * (`Profile` and friends), the runtime validation (`validateProfile`) and the
 * published JSON Schema (`scripts/build-schema.mjs` converts this file).
 *
 * Field names follow schema.org where it has a word for the thing
 * (`Occupation`, `WorkBasedProgram`, `JobPosting`); everything else is plain
 * English. Every section but the name is optional, so a portal can publish a
 * partial profile; an element whose section is missing says so.
 */
import * as v from 'valibot';

/** Bump when a change is not backwards compatible. */
export const SCHEMA_VERSION = 1;

const text = v.pipe(v.string(), v.trim(), v.minLength(1, 'Must not be empty'));
const texts = v.array(text);
/** A URL as written in the profile; elements only render it if it is safe (see safe-url.ts). */
const url = text;
/**
 * The longest a training (and so any of its durations, and its last paid year) may be. No training
 * lasts longer; the bound keeps a typo such as `P3000Y` or `"year": 2025` from making an element
 * draw thousands of training years (found by the hardening tests: such a profile froze the page).
 */
export const MAX_TRAINING_YEARS = 10;
/** An ISO 8601 duration such as `P3Y` or `P18M`. */
const isoDuration = v.pipe(
  v.string(),
  v.regex(/^P(?:\d+Y)?(?:\d+M)?(?:\d+W)?(?:\d+D)?$/, 'Must be an ISO 8601 duration like P3Y or P18M'),
  v.minLength(2, 'Must be an ISO 8601 duration like P3Y or P18M'),
  v.check(
    (iso) => durationYears(iso) <= MAX_TRAINING_YEARS,
    `Must not be longer than ${MAX_TRAINING_YEARS} years (P${MAX_TRAINING_YEARS}Y)`,
  ),
);

/** A duration in years (`P18M` → 1.5); weeks and days as parts of a year. */
function durationYears(iso: string): number {
  const [, y = '0', m = '0', w = '0', d = '0'] = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?$/.exec(iso) ?? [];
  return Number(y) + Number(m) / 12 + Number(w) / 52 + Number(d) / 365;
}
/** An ISO 8601 date, a year-month or a year: `2025-08-01`, `2025-08`, `2025`. */
const isoDate = v.pipe(
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
const amount = v.pipe(v.number(), v.finite(), v.minValue(0, 'Must not be negative'));

/** A thing with a name and, where the page explains it, a description. */
const NamedText = v.object({ name: text, description: v.optional(text) });
const namedTexts = v.array(NamedText);

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

export const Salary = v.object({
  /** ISO 4217 code, e.g. `EUR`. */
  currency: v.pipe(v.string(), v.regex(/^[A-Z]{3}$/, 'Must be a three-letter ISO 4217 currency code like EUR')),
  /** What one amount is paid for; schema.org `unitText`. */
  unitText: v.optional(v.picklist(['MONTH', 'YEAR']), 'MONTH'),
  /** Pay per training year (schema.org `WorkBasedProgram.trainingSalary`). */
  trainingSalary: v.optional(
    v.pipe(
      v.array(v.object({ year: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(MAX_TRAINING_YEARS)), value: amount })),
      // One pay per year: two for the same year contradict each other. With the bound on `year` this also
      // keeps the list short (150,000 rows for year 1 made <salary-table> throw; found by the hardening tests).
      v.check((rows) => new Set(rows.map((row) => row.year)).size === rows.length, 'Each training year must appear only once'),
    ),
  ),
  /** Pay at job entry (schema.org `WorkBasedProgram.salaryUponCompletion`). */
  salaryUponCompletion: v.optional(v.object({ value: amount })),
  source: v.optional(v.object({ name: text, url: v.optional(url) })),
  referenceDate: v.optional(isoDate),
  /** What the page says about pay, in sentences. */
  notes: v.optional(texts),
  moreInfo: v.optional(Link),
});

export const Exam = v.object({
  name: text,
  /** When in the training it takes place, as a share of the whole (0.5 = half time). */
  timing: v.optional(v.pipe(v.number(), v.minValue(0), v.maxValue(1))),
  /** Who holds the exam, e.g. the IHK. */
  conductedBy: v.optional(text),
  /** What passing gives you (schema.org `occupationalCredentialAwarded`). */
  credential: v.optional(text),
  description: v.optional(text),
});

export const Shortening = v.object({
  /** What you need to have done for the shorter way. */
  prerequisite: text,
  creditedDuration: isoDuration,
  remainingDuration: isoDuration,
  description: v.optional(text),
});

/** The training itself (schema.org `WorkBasedProgram`). */
export const Training = v.object({
  programType: v.optional(text),
  timeToComplete: v.optional(isoDuration),
  learningPlaces: v.optional(texts),
  description: v.optional(text),
  exams: v.optional(v.array(Exam)),
  occupationalCredentialAwarded: v.optional(text),
  shortening: v.optional(v.array(Shortening)),
});

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
    options: v.pipe(v.array(text), v.minLength(2, 'A question needs at least two options')),
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
    questions: v.pipe(v.array(QuizQuestion), v.minLength(1, 'A quiz needs at least one question')),
    results: v.pipe(v.array(QuizResult), v.minLength(1, 'A quiz needs at least one result')),
  }),
  v.forward(
    v.check((quiz) => scoreGap(quiz) === undefined, (issue) => scoreGap(issue.input as QuizInput) ?? ''),
    ['results'],
  ),
);

type QuizInput = { questions: unknown[]; results: { minScore: number; maxScore: number }[] };

/** Every score from 0 to the number of questions must have exactly one result. */
function scoreGap(quiz: QuizInput): string | undefined {
  for (let score = 0; score <= quiz.questions.length; score++) {
    const n = quiz.results.filter((r) => r.minScore <= score && score <= r.maxScore).length;
    if (n === 0) return `No result covers a score of ${score}`;
    if (n > 1) return `Results overlap at a score of ${score}`;
  }
  return undefined;
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
  items: v.optional(v.array(JobPosting)),
});

export const ProfileSchema = v.object({
  $schema: v.optional(v.string()),
  schemaVersion: v.literal(SCHEMA_VERSION, `Must be ${SCHEMA_VERSION}, the schema version this library reads`),
  /** A stable id, e.g. the slug of the profession page. */
  identifier: v.optional(text),
  /** BCP 47 language of the profile's texts. */
  inLanguage: v.optional(text),
  /** The title as shown (schema.org `Occupation.name`). */
  name: text,
  titles: v.optional(Titles),
  /** schema.org `Occupation.occupationalCategory`, e.g. a KldB or ISCO code. */
  occupationalCategory: v.optional(text),
  /** How you get there, e.g. "Duale Ausbildung". */
  educationalPath: v.optional(text),
  educationRequirements: v.optional(EducationRequirements),
  skills: v.optional(v.array(Skill)),
  salary: v.optional(Salary),
  /** Paragraphs separated by a blank line. */
  description: v.optional(text),
  responsibilities: v.optional(v.object({ items: namedTexts, note: v.optional(text) })),
  dailyRoutine: v.optional(namedTexts),
  workplaces: v.optional(
    v.object({
      employersIntroduction: v.optional(text),
      employers: v.optional(texts),
      placesIntroduction: v.optional(text),
      places: v.optional(namedTexts),
    }),
  ),
  facts: v.optional(texts),
  /** What the training asks of you (schema.org `Occupation.qualifications`). */
  qualifications: v.optional(v.object({ description: v.optional(text), note: v.optional(text) })),
  training: v.optional(Training),
  trainingContents: v.optional(TrainingContents),
  furtherEducation: v.optional(v.object({ introduction: v.optional(text), options: v.array(EducationOption) })),
  prospects: v.optional(text),
  application: v.optional(Application),
  suitability: v.optional(v.object({ suitsIf: v.optional(texts), suitsLessIf: v.optional(texts) })),
  quiz: v.optional(Quiz),
  vacancies: v.optional(Vacancies),
  relatedLinks: v.optional(v.array(v.object({ label: text, href: v.optional(url), description: v.optional(text) }))),
});

export type Profile = v.InferOutput<typeof ProfileSchema>;
export type ProfileSalary = v.InferOutput<typeof Salary>;
export type ProfileTraining = v.InferOutput<typeof Training>;
export type ProfileQuiz = v.InferOutput<typeof Quiz>;
export type ProfileJobPosting = v.InferOutput<typeof JobPosting>;
export type ProfileLink = v.InferOutput<typeof Link>;
