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
import { InLanguage, InterestCode, list, namedTexts, SCHEMA_VERSION, slug, text, texts, url, VERSION_MESSAGE, type Link } from './schema/fields.js';
import { PAY_KINDS, Salary, type TrainingPay, UNPAID_REASONS } from './schema/salary.js';
import { type Exam, EXAM_FORMS, PERIOD_KINDS, type Route, Training } from './schema/training.js';
import { Quiz } from './schema/quiz.js';
import { type JobPosting, Vacancies } from './schema/vacancies.js';
import { SalaryV1, TrainingV1 } from './profile-schema-v1.js';
import { Application, EducationRequirements, FurtherEducation, Qualifications, RelatedLinks, Responsibilities, Skills, Suitability, Titles, TrainingContents, Workplaces } from './schema/page.js';

// One module per section (schema/): the loader's chunks carry the schema of the sections their elements show (rollup.config.mjs).
export * from './schema/fields.js';
export * from './schema/salary.js';
export * from './schema/training.js';
export * from './schema/quiz.js';
export * from './schema/vacancies.js';
export * from './schema/page.js';

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
  /** Where the profession belongs (docs/catalog-format.md): its interest code, strongest first ("SIC"). */
  interests: v.optional(InterestCode),
  /** Its Themenwelten: ids of its catalog's themes. */
  themes: v.optional(list(slug)),
  /** The catalog it belongs to, relative to the profile's own URL. */
  catalog: v.optional(url),
};

export const ProfileSchema = v.object({
  $schema: v.optional(url),
  schemaVersion: v.literal(SCHEMA_VERSION, VERSION_MESSAGE),
  ...sections,
});

/** A whole profile of format 1 (`profile-schema-v1.ts` has the sections that differ): `validateProfile` and the JSON Schema. */
export const ProfileSchemaV1 = v.object({
  $schema: v.optional(url),
  schemaVersion: v.literal(1),
  ...sections,
  training: v.optional(TrainingV1),
  salary: v.optional(SalaryV1),
});

export type Profile = v.InferOutput<typeof ProfileSchema>;
export type ProfileV1 = v.InferOutput<typeof ProfileSchemaV1>;
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
export type ExamForm = (typeof EXAM_FORMS)[number];
export type PayKind = (typeof PAY_KINDS)[number];

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
