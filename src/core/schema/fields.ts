/** The building blocks of every section: texts, lists, URLs, durations, dates, amounts, links (each with its limit, limits.ts). */
import * as v from 'valibot';
import { MAX_LIST_ITEMS, MAX_TEXT_LENGTH, MAX_URL_LENGTH } from '../limits.js';
import { DURATION, durationMonths } from '../duration.js';

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
export const isoDateOrTime = v.pipe(
  v.string(),
  v.regex(
    /^\d{4}(?:-\d{2}(?:-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?)?)?$/,
    'Must be an ISO 8601 date like 2025-08-01, 2025-08 or 2025, or a date-time like 2025-08-01T12:00:00Z',
  ),
);
export const amount = v.pipe(v.number(), v.finite(), v.minValue(0, 'Must not be negative'));
export const count = v.pipe(v.number(), v.integer(), v.minValue(0, 'Must not be negative'), v.maxValue(100_000));

/** A thing with a name and, where the page explains it, a description. */
export const NamedText = v.object({ name: text, description: v.optional(text) });
export const namedTexts = list(NamedText);

/** A call to action: a label and where it leads. */
export const Link = v.object({ label: text, href: url });

/** A stable id that goes into URLs: `kaufmann-dialogmarketing`. */
export const slug = v.pipe(v.string(), v.maxLength(100, 'Must not be longer than 100 characters'), v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Must be a slug: lower-case letters, digits and single hyphens'));
/** An interest code after Holland: one to three distinct RIASEC letters, strongest first (`"SIC"`). */
export const InterestCode = v.pipe(
  v.string(),
  v.regex(/^[RIASEC]{1,3}$/, 'Must be one to three of the letters R, I, A, S, E, C (an interest code like "SIC")'),
  v.check((code) => new Set(code).size === code.length, 'Must not name a letter twice'),
);

export const InLanguage = v.optional(v.pipe(text, v.regex(/^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/, 'Must be a language tag like de or en-GB')));
export const VERSION_MESSAGE = `Must be ${SCHEMA_VERSION} (or 1, the format before)`;
