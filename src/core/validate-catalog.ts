/**
 * The check before publishing, for the two documents beside the profile (docs/catalog-format.md), as
 * `validateProfile` is for a profile: the schema, what only the whole document can say (a slug given
 * twice, a Themenwelt no one defines), and every field the format does not know, with its path.
 */
import type * as v from 'valibot';
import type { ValidationIssue, ValidationResult } from './check.js';
import { readCatalog, readItemBank } from './catalog.js';
import { Catalog, ItemBank, type CatalogDocument, type ItemBankDocument } from './schema/catalog.js';
import { depthIssue, unknownFields } from './validate.js';

/** Which document this is, by its version field: what `career-widgets validate` checks it as. */
export type DocumentKind = 'profile' | 'catalog' | 'item-bank';
export function documentKind(data: unknown): DocumentKind {
  if (typeof data !== 'object' || data === null) return 'profile';
  if ('catalogVersion' in data) return 'catalog';
  if ('itemBankVersion' in data) return 'item-bank';
  return 'profile';
}

function check<T>(schema: v.GenericSchema, read: (data: unknown) => ValidationResult<T>, format: string, input: unknown): ValidationResult<T> {
  const deep = depthIssue(input);
  if (deep) return { ok: false, issues: [deep] };
  const result = read(input);
  const unknown = unknownFields(schema as unknown as Parameters<typeof unknownFields>[0], input).map((issue) => ({
    ...issue,
    message: issue.message.replace('the profile format', format),
  }));
  return result.ok ? { ...result, unknown } : { ok: false, issues: [...result.issues, ...unknown] };
}

/** A catalog: valid, with its unknown fields listed; or every issue with its path. */
export const validateCatalog = (input: unknown): ValidationResult<CatalogDocument> => check(Catalog, readCatalog, 'the catalog format', input);
/** The finder's item bank, checked as `validateCatalog` checks a catalog. */
export const validateItemBank = (input: unknown): ValidationResult<ItemBankDocument> => check(ItemBank, readItemBank, 'the item bank format', input);

export type { ValidationIssue };
