/**
 * Section-wise reading: each element validates only the sections it shows, so a broken quiz never
 * stops a salary table, and a single-tag file carries the schema of its own sections only (the
 * others are tree-shaken away). The CLI and `validateProfile` still check the whole profile.
 *
 * An element's reader knows `name`, `inLanguage` and its sections, in format 2 and in format 1
 * (where `training` and `salary` differ: an element that shows them passes their format-1 schemas
 * and the migration). The profile it gives back holds those sections only.
 */
import * as v from 'valibot';
import type { Profile } from './profile-schema.js';
import { InLanguage, SCHEMA_VERSION, VERSION_MESSAGE, text, url } from './schema/fields.js';
import { validate, type ValidationResult } from './check.js';
import { migrateV1 } from './migrate.js';

export type ProfileReader = ((input: unknown) => ValidationResult<Profile>) & { sections: string[] };
type Entries = Record<string, v.GenericSchema>;

const isV1 = (input: unknown) => typeof input === 'object' && input !== null && (input as { schemaVersion?: unknown }).schemaVersion === 1;

/** A reader of the sections in `shown` (format 2), with `format1` the sections whose format-1 schema differs. */
export function sectionReader(shown: Entries, format1?: Entries): ProfileReader {
  const common = { $schema: v.optional(url), name: text, inLanguage: InLanguage, ...shown };
  const current = v.object({ ...common, schemaVersion: v.literal(SCHEMA_VERSION, VERSION_MESSAGE) });
  const before = v.object({ ...common, ...format1, schemaVersion: v.literal(1) });
  const read = (input: unknown): ValidationResult<Profile> => {
    if (!isV1(input)) return validate(current, input) as ValidationResult<Profile>;
    const result = validate(before, input);
    if (!result.ok) return result;
    // Only `training` and `salary` change from format 1; without them the sections are format 2 already.
    const value = (format1 ? migrateV1(result.value).profile : { ...result.value, schemaVersion: SCHEMA_VERSION }) as Profile;
    return { ...result, value };
  };
  return Object.assign(read, { sections: Object.keys(shown) });
}

/**
 * Profiles a reader of this library made, with the sections it checked. `<profession-page>` reads the
 * whole profile once and hands that very object to each section element: a section whose sections
 * were all checked takes it as it is (one load, one validation for the page).
 */
const checked = new WeakMap<object, Set<string>>();

/** `read(data)`, or `data` itself where a reader already checked every section `read` shows. */
export function readOnce(read: ProfileReader, data: unknown): ValidationResult<Profile> {
  const done = typeof data === 'object' && data !== null ? checked.get(data) : undefined;
  if (done && read.sections.every((section) => done.has(section))) return { ok: true, value: data as Profile, unknown: [] };
  const result = read(data);
  if (result.ok) checked.set(result.value, new Set(read.sections));
  return result;
}

/**
 * Results of reading one fetched document, per reader. Elements that load the same `src` share one
 * request and one parsed document (many-elements.ts), which nothing else can change: 200 elements
 * with one 1 MB profile validate it once per kind of element, not 200 times (each reading made a
 * copy of the megabyte; the scale test ran in 8 s instead of 14).
 */
const fetched = new WeakMap<object, Map<ProfileReader, ValidationResult<Profile>>>();

/** `readOnce` for a document this library fetched and parsed itself. */
export function readFetched(read: ProfileReader, data: unknown): ValidationResult<Profile> {
  if (typeof data !== 'object' || data === null) return readOnce(read, data);
  let results = fetched.get(data);
  if (!results) fetched.set(data, (results = new Map()));
  let result = results.get(read);
  if (!result) results.set(read, (result = readOnce(read, data)));
  return result;
}
