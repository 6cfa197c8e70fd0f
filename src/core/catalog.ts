/**
 * Reading the catalog and the item bank (docs/catalog-format.md), and what the elements compute from
 * them: a profession's link, its similar professions, and the finder's ranking. Pure functions (no
 * DOM), so the server renders with them too and a test can recompute every figure; loading them over
 * the network at the end (browser only).
 */
import { validate, type ValidationIssue, type ValidationResult } from './check.js';
import { safeUrl } from './safe-url.js';
import { fetchJsonFrom, ProfileLoadError } from './load-profile.js';
import { MAX_CATALOG_BYTES, MAX_ITEM_BANK_BYTES } from './limits.js';
import { pageBase } from './page.js';
import { warn } from './warn.js';
import {
  AREAS,
  Catalog,
  catalogReferences,
  ItemBank,
  itemBankReferences,
  type Area,
  type CatalogDocument,
  type CatalogEntry,
  type ItemBankDocument,
} from './schema/catalog.js';

/** The schema, then what only the whole document can say (a slug given twice, an unknown Themenwelt). */
function checked<T>(result: ValidationResult<T>, references: (value: T) => ValidationIssue[]): ValidationResult<T> {
  if (!result.ok) return result;
  const issues = references(result.value);
  return issues.length ? { ok: false, issues } : result;
}

/** A profile link that no element would follow: not `https:`/`http:`, or with a user or password. */
const unsafeLinks = (catalog: CatalogDocument): ValidationIssue[] =>
  catalog.professions.flatMap((p, i) =>
    p.profileUrl && !/^https?:$/.test(new URL(safeUrl(p.profileUrl, 'https://catalog.invalid/') ?? 'about:blank').protocol)
      ? [{ path: `$.professions[${i}].profileUrl`, message: 'Must be an https: or http: URL (or relative), without a user or password' }]
      : [],
  );

export const readCatalog = (data: unknown): ValidationResult<CatalogDocument> => checked(validate(Catalog, data), (doc) => [...catalogReferences(doc), ...unsafeLinks(doc)]);
export const readItemBank = (data: unknown): ValidationResult<ItemBankDocument> => checked(validate(ItemBank, data), itemBankReferences);

/**
 * Where a profession's name links to: the portal's pattern (`/berufe/{slug}`, the slug URL-encoded)
 * resolved against the page, else its `profileUrl` resolved against the catalog's own URL (`base`;
 * never the page's: a catalog's links are the catalog's). `undefined` when neither gives a safe link.
 */
export function professionHref(entry: CatalogEntry, base: string, hrefPattern?: string): string | undefined {
  if (hrefPattern) return safeUrl(hrefPattern.replaceAll('{slug}', encodeURIComponent(entry.slug)));
  if (!entry.profileUrl || !base) return undefined;
  return safeUrl(entry.profileUrl, base);
}

/**
 * The catalog entry of a profile: the one whose slug is the profile's `identifier`, else the one whose
 * `profileUrl` (resolved against `catalogBase`) is the URL the profile was loaded from.
 */
export function entryOf(catalog: CatalogDocument, profile: { identifier?: string }, profileUrl: string | undefined, catalogBase: string): CatalogEntry | undefined {
  const bySlug = profile.identifier ? catalog.professions.find((p) => p.slug === profile.identifier) : undefined;
  if (bySlug || !profileUrl || !catalogBase) return bySlug;
  return catalog.professions.find((p) => p.profileUrl && safeUrl(p.profileUrl, catalogBase) === profileUrl);
}

/** Weights of the first, second and third letter of an interest code. */
const WEIGHTS = [3, 2, 1];

/**
 * How near two interest codes are, from 0 to 1: each pair of letters they share counts the product of
 * their weights (3, 2, 1 by position), over what the code compared with itself would count. "SAE" and
 * "SAE" are 1; "SAE" and "SIC" share S in first place (9 of 14); "RIC" and "SAE" share nothing.
 */
export function codeNearness(a: string, b: string): number {
  const self = [...a].reduce((sum, _, i) => sum + WEIGHTS[i] * WEIGHTS[i], 0);
  let shared = 0;
  [...a].forEach((letter, i) => {
    const j = b.indexOf(letter);
    if (j >= 0) shared += WEIGHTS[i] * WEIGHTS[j];
  });
  return shared / self;
}

/**
 * Up to `max` professions like `entry`: those that share a Themenwelt with it, the nearest interest code
 * first (`codeNearness`), then the most shared Themenwelten, then by name (`collator`), then by slug.
 */
export function similarProfessions(catalog: CatalogDocument, entry: CatalogEntry, max: number, collator: Intl.Collator): CatalogEntry[] {
  const themes = new Set(entry.themes);
  return catalog.professions
    .filter((p) => p.slug !== entry.slug && p.themes.some((id) => themes.has(id)))
    .map((p) => ({ p, near: codeNearness(entry.interests, p.interests), shared: p.themes.filter((id) => themes.has(id)).length }))
    .sort((a, b) => b.near - a.near || b.shared - a.shared || collator.compare(a.p.name, b.p.name) || (a.p.slug < b.p.slug ? -1 : 1))
    .slice(0, max)
    .map(({ p }) => p);
}

// -- The finder's ranking (docs/catalog-format.md, "The finder's ranking") --------------------------

/** An answer's points: "Mag ich" 2, "Weiß nicht" 1, "Mag ich nicht" 0. */
export type Answer = 0 | 1 | 2;
export type AreaScores = Record<Area, number>;

/** Each area's score from 0 to 1: its points over twice its answered items (0 where none is answered). */
export function areaScores(items: readonly { id: string; area: Area }[], answers: Readonly<Record<string, Answer>>): AreaScores {
  const points = Object.fromEntries(AREAS.map((a) => [a, 0])) as AreaScores;
  const answered = Object.fromEntries(AREAS.map((a) => [a, 0])) as AreaScores;
  for (const item of items) {
    const answer = answers[item.id];
    if (answer === undefined) continue;
    points[item.area] += answer;
    answered[item.area]++;
  }
  return Object.fromEntries(AREAS.map((a) => [a, answered[a] ? points[a] / (2 * answered[a]) : 0])) as AreaScores;
}

/** A profession's fit: the pupil's scores in its code's areas, weighted 3, 2, 1, rounded to three decimals. */
export function fit(code: string, scores: AreaScores): number {
  const letters = [...code] as Area[];
  const weight = letters.reduce((sum, _, i) => sum + WEIGHTS[i], 0);
  const sum = letters.reduce((total, letter, i) => total + WEIGHTS[i] * scores[letter], 0);
  return Math.round((sum / weight) * 1000) / 1000;
}

export interface Ranked {
  entry: CatalogEntry;
  score: number;
}

/**
 * Each list of professions in name order (`collator`, then slug), made once per list and collator: the
 * ranking then sorts by numbers only. Comparing names in every step of the sort was most of the time
 * (5,000 professions: ~100 ms in Chromium, with few distinct scores and so many ties).
 */
const nameOrders = new WeakMap<readonly CatalogEntry[], { collator: Intl.Collator; order: Map<CatalogEntry, number> }>();
function nameOrder(professions: readonly CatalogEntry[], collator: Intl.Collator): Map<CatalogEntry, number> {
  let cached = nameOrders.get(professions);
  if (cached?.collator !== collator) {
    const sorted = [...professions].sort((a, b) => collator.compare(a.name, b.name) || (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));
    nameOrders.set(professions, (cached = { collator, order: new Map(sorted.map((entry, i) => [entry, i])) }));
  }
  return cached.order;
}

/**
 * The professions by fit, highest first; ties by name in the catalog's language (`collator`), then by
 * slug. Deterministic, one pass and one sort of numbers (the name order is made once per list and
 * collator): 5,000 professions take milliseconds.
 */
export function rankProfessions(professions: readonly CatalogEntry[], scores: AreaScores, collator: Intl.Collator): Ranked[] {
  const order = nameOrder(professions, collator);
  return professions.map((entry) => ({ entry, score: fit(entry.interests, scores) })).sort((a, b) => b.score - a.score || order.get(a.entry)! - order.get(b.entry)!);
}

/** The letters of a code the pupil scored at least 0.5 in, in code order; else the first letter only ("am ehesten"). */
export function reasons(code: string, scores: AreaScores): { areas: Area[]; strong: boolean } {
  const strong = ([...code] as Area[]).filter((letter) => scores[letter] >= 0.5);
  return strong.length ? { areas: strong, strong: true } : { areas: [code[0] as Area], strong: false };
}

// -- Loading them (browser) -------------------------------------------------------------------------

/** A catalog as an element has it: the document, and the URL its relative links resolve against. */
export interface LoadedCatalog {
  catalog: CatalogDocument;
  /** Where it was fetched from, after redirects ('' for one given as an object: then `profileUrl` links only with a base given). */
  base: string;
}

/**
 * Fetches and checks a document beside the profile (without credentials, with a timeout and the byte
 * limit of its kind, aborted by `signal`, shared by the elements that ask for the same URL at once).
 * An invalid one rejects with a `ProfileLoadError` naming every bad field.
 */
async function loadDocument<T>(url: string, signal: AbortSignal, timeoutMs: number, maxBytes: number, read: (data: unknown) => ValidationResult<T>) {
  const fetched = await fetchJsonFrom(new URL(url, pageBase()).href, signal, timeoutMs, maxBytes);
  const result = read(fetched.data);
  if (!result.ok) throw new ProfileLoadError('invalid', result.issues);
  return { value: result.value, base: fetched.url };
}

export const loadCatalog = async (url: string, signal: AbortSignal, timeoutMs: number): Promise<LoadedCatalog> => {
  const { value, base } = await loadDocument(url, signal, timeoutMs, MAX_CATALOG_BYTES, readCatalog);
  return { catalog: value, base };
};

export const loadItemBank = async (url: string, signal: AbortSignal, timeoutMs: number): Promise<ItemBankDocument> =>
  (await loadDocument(url, signal, timeoutMs, MAX_ITEM_BANK_BYTES, readItemBank)).value;

/**
 * A document the server inlined beside the profile (`career-widgets/ssr`:
 * `<script type="application/json" data-catalog>`, `data-items`), so that the element in the browser
 * starts from the state the server rendered. Read when the element connects; `undefined` when there is
 * none, or (with one warning) when it is not JSON.
 */
export function inlineDocument(el: HTMLElement, name: 'catalog' | 'items'): object | undefined {
  const text = el.querySelector(`:scope > script[type="application/json"][data-${name}]`)?.textContent;
  if (text == null) return undefined;
  try {
    return JSON.parse(text) as object;
  } catch (error) {
    warn(`<${el.localName}>: the inline ${name} (script data-${name}) is not JSON: ${(error as Error).message}`);
    return undefined;
  }
}
