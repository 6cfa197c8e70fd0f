/**
 * Fills a document out to every field its valibot schema knows, walking the
 * schema generically: the seed profile leaves optional fields out (a source
 * URL, a "show all" link, vacancies), and a payload can only be tried in a
 * field that exists. Existing values stay; a missing optional field gets a
 * valid sample; an empty array gets one sample item.
 */
import * as v from 'valibot';
import type { Path } from './mutate.js';

type AnySchema = v.GenericSchema & {
  type: string;
  wrapped?: AnySchema;
  entries?: Record<string, AnySchema>;
  item?: AnySchema;
  options?: unknown[];
  literal?: unknown;
};

/** Candidate values, tried in order until one passes the schema (its pipe, with regexes and bounds). */
const STRINGS = ['Beispieltext', 'https://example.org/enriched', '2099-12-31', 'P1Y', 'EUR'];
const URL_FIRST = ['https://example.org/enriched', ...STRINGS];
const NUMBERS = [1, 0, 0.5];

/** A valid sample of `schema`; `key` names the field (an `href` or `url` gets a URL). */
export function sample(schema: AnySchema, key = ''): unknown {
  switch (schema.type) {
    case 'optional':
    case 'nullable':
    case 'nullish':
      return sample(schema.wrapped!, key);
    case 'object':
      return consistent(schema, Object.fromEntries(Object.entries(schema.entries!).map(([k, s]) => [k, sample(s, k)])), Object.keys(schema.entries!));
    case 'array':
      return [sample(schema.item!, key)];
    case 'string':
      return (/url|href/i.test(key) ? URL_FIRST : STRINGS).find((c) => v.is(schema, c)) ?? 'x';
    case 'number':
      // One exam part of weight 100: the weights of an exam's parts must add up to 100.
      if (key === 'weight') return 100;
      return NUMBERS.find((c) => v.is(schema, c)) ?? 1;
    case 'boolean':
      return true;
    case 'picklist':
      return schema.options![0];
    case 'literal':
      return schema.literal;
    case 'union':
      return sample(schema.options![0] as AnySchema, key);
    default:
      return undefined;
  }
}

/** `value` with every field of `schema` present. */
export function enrich(value: unknown, schema: AnySchema, key = ''): unknown {
  switch (schema.type) {
    case 'optional':
    case 'nullable':
    case 'nullish':
      return value === undefined ? sample(schema.wrapped!, key) : enrich(value, schema.wrapped!, key);
    case 'object': {
      const object = { ...(value as Record<string, unknown>) };
      const added = Object.keys(schema.entries!).filter((k) => !(k in object));
      for (const [k, s] of Object.entries(schema.entries!)) object[k] = k in object ? enrich(object[k], s, k) : sample(s, k);
      return consistent(schema, object, added);
    }
    case 'array': {
      const items = value as unknown[];
      return items.length ? items.map((item) => enrich(item, schema.item!, key)) : [sample(schema.item!, key)];
    }
    default:
      return value;
  }
}

/**
 * Fields can exclude each other (a year's `value` or `unpaid`; `periods` that must add up to the
 * training's length): when the filled object fails its checks across fields, leave out the one added
 * field whose absence makes it valid, else added fields from the last until it is.
 */
function consistent(schema: AnySchema, object: Record<string, unknown>, added: string[]) {
  if (v.is(schema, object)) return object;
  const one = added.find((k) => v.is(schema, Object.fromEntries(Object.entries(object).filter(([key]) => key !== k))));
  if (one) {
    delete object[one];
    return object;
  }
  for (const k of [...added].reverse()) {
    delete object[k];
    if (v.is(schema, object)) break;
  }
  return object;
}

/** The path of every string in a JSON document. */
export function stringPaths(value: unknown, path: Path = [], out: Path[] = []): Path[] {
  if (typeof value === 'string') out.push(path);
  else if (Array.isArray(value)) value.forEach((item, i) => stringPaths(item, [...path, i], out));
  else if (value && typeof value === 'object') for (const [k, item] of Object.entries(value)) stringPaths(item, [...path, k], out);
  return out;
}

/** A copy of `doc` with the string at each of `paths` set to `text`. */
export function withStrings(doc: unknown, paths: Path[], text: string): unknown {
  const copy = structuredClone(doc);
  for (const path of paths) {
    let node = copy as Record<string | number, unknown>;
    for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
    node[path[path.length - 1]] = text;
  }
  return copy;
}
