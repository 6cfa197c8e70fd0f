import type * as v from 'valibot';
import { toJsonPath, validate, type ValidationIssue, type ValidationResult } from './check.js';
import { ProfileSchema, ProfileSchemaV1, type Profile } from './profile-schema.js';
import { migrateV1 } from './migrate.js';
import { MAX_DEPTH, tooDeep } from './limits.js';
import { profileWarnings } from './profile-warnings.js';

export { toJsonPath, validate, type ValidationIssue, type ValidationResult } from './check.js';

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
/** The parts of a valibot schema the walk below reads. */
type SchemaNode = { type: string; entries?: Record<string, SchemaNode>; wrapped?: SchemaNode; item?: SchemaNode; options?: SchemaNode[] };

/** Unknown fields reported at most: a profile of a newer format may have many. */
const MAX_UNKNOWN = 50;

/**
 * Every field of `input` that `schema` does not name, with its path. A walk of the schema beside
 * the data, linear in the data's size; own properties only, so `constructor` or `__proto__` in a
 * profile is a field like any other.
 */
export function unknownFields(schema: SchemaNode, input: unknown, path: PropertyKey[] = [], found: ValidationIssue[] = []): ValidationIssue[] {
  if (found.length >= MAX_UNKNOWN) return found;
  if (schema.type === 'object' && isObject(input)) {
    const known = Object.keys(schema.entries!);
    for (const key of Object.keys(input)) {
      if (Object.hasOwn(schema.entries!, key)) unknownFields(schema.entries![key], input[key], [...path, key], found);
      else if (found.length < MAX_UNKNOWN) found.push({ path: toJsonPath([...path, key]), message: unknownMessage(key, known) });
    }
  } else if ((schema.type === 'optional' || schema.type === 'nullable') && input !== undefined) {
    unknownFields(schema.wrapped!, input, path, found);
  } else if (schema.type === 'array' && Array.isArray(input)) {
    input.forEach((item, index) => unknownFields(schema.item!, item, [...path, index], found));
  } else if (schema.type === 'union' && isObject(input)) {
    const object = schema.options!.find((option) => option.type === 'object');
    if (object) unknownFields(object, input, path, found);
  }
  return found;
}

/** "Unknown field", and the known one it was probably meant to be (`salry` → `salary`). */
function unknownMessage(key: string, known: string[]): string {
  const near = known.find((name) => editDistance(name.toLowerCase(), key.toLowerCase()) <= Math.min(2, Math.floor(name.length / 3)));
  return near ? `Unknown field; did you mean "${near}"?` : 'Unknown field (not part of the profile format)';
}

/** Levenshtein distance, for the short names of a schema. */
function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 2) return 3;
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) next[j] = Math.min(row[j] + 1, next[j - 1] + 1, row[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    row = next;
  }
  return row[b.length];
}

/**
 * Reads a profile of format 2 or of format 1, as the elements do: a valid format-1 profile comes back
 * migrated to format 2 (`migrate.ts`), so whoever reads `value` knows one format only. Unknown fields
 * are ignored (`unknown` stays empty): a newer profile never breaks an older element.
 */
export function readProfile(input: unknown): ValidationResult<Profile> {
  const result = validate(schemaFor(input), input);
  if (!result.ok || !isV1(input)) return result as ValidationResult<Profile>;
  return { ok: true, value: migrateV1(result.value).profile as Profile, unknown: [] };
}

/**
 * Checks a whole profile before it is published, as `career-widgets validate` does: `readProfile`, and
 * every field the format does not know listed in `unknown` (and among the issues of an invalid
 * profile), with its path. A profile nested more than `MAX_DEPTH` levels deep is refused first, with
 * that one issue (`depthIssue`).
 */
export function validateProfile(input: unknown, { today = new Date() }: { today?: Date } = {}): ProfileCheck {
  // First, and alone: a profile too deep to write back as JSON is no profile, whatever else is in it.
  const deep = depthIssue(input);
  if (deep) return { ok: false, issues: [deep], warnings: [] };
  const result = readProfile(input);
  const unknown = unknownFields(schemaFor(input) as unknown as SchemaNode, input);
  return result.ok ? { ...result, unknown, warnings: profileWarnings(result.value, today) } : { ok: false, issues: [...result.issues, ...unknown], warnings: [] };
}

/**
 * `validateProfile`'s answer: valid or not, as `ValidationResult`, and `warnings`: what is valid but
 * probably wrong (pay under the legal minimum, an old reference date, placeholder text …; see
 * profile-warnings.ts), for an editor before publishing. Elements never show warnings.
 */
export type ProfileCheck = ValidationResult<Profile> & { warnings: ValidationIssue[] };

/**
 * The issue of a profile nested deeper than `MAX_DEPTH`, else undefined. `validateProfile` reports it,
 * `renderElement` refuses with it. Its path leads towards the first value past the limit, cut after 8
 * keys: enough to find it (`$.extra[0][0]…` 64 times helped no one).
 */
export function depthIssue(input: unknown): ValidationIssue | undefined {
  const path = tooDeep(input);
  return path && { path: toJsonPath(path.slice(0, 8)), message: `Nested more than ${MAX_DEPTH} levels deep` };
}

const isV1 = (input: unknown) => isObject(input) && input.schemaVersion === 1;
const schemaFor = (input: unknown): v.GenericSchema => (isV1(input) ? ProfileSchemaV1 : ProfileSchema);
