/** The sections of the profession page beside the four elements' (each read by name, read-profile.ts). */
import * as v from 'valibot';
import { list, namedTexts, text, texts, url } from './fields.js';

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
  /** Conditions beyond the certificate: `{ name: "Alter", description: "bei Einstellung höchstens 31 Jahre" }`, fitness, citizenship. */
  conditions: v.optional(namedTexts),
});

export const Skill = v.object({
  name: text,
  description: v.optional(text),
  /** Shown among the few strengths at the top of the page. */
  highlighted: v.optional(v.boolean()),
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

export const FurtherEducation = v.object({ introduction: v.optional(text), options: list(EducationOption) });
export const Skills = v.optional(list(Skill));

export const Application = v.object({
  introduction: v.optional(text),
  documents: v.optional(namedTexts),
  submission: v.optional(text),
  tips: v.optional(namedTexts),
  attire: v.optional(v.object({ introduction: v.optional(text), recommendations: v.optional(namedTexts) })),
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
