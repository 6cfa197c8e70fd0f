/**
 * The two documents beside the profile (docs/catalog-format.md): the **catalog** (a portal's
 * professions and Themenwelten) and the finder's **item bank**. One source of truth for their types,
 * the runtime check and the published JSON Schemas (scripts/build-schema.mjs), as for the profile.
 * Every text, URL and list has a limit (limits.ts). What one field alone cannot say (a slug given twice,
 * a theme id no theme has) is checked by `catalogReferences` / `itemBankReferences`.
 */
import * as v from 'valibot';
import { MAX_CATALOG_PROFESSIONS, MAX_LIST_ITEMS } from '../limits.js';
import { amount, InterestCode, isoDate, isoDuration, list, slug, text, url } from './fields.js';
import { Titles } from './page.js';

/** The six interest areas after Holland (RIASEC), in their fixed order. */
export const AREAS = ['R', 'I', 'A', 'S', 'E', 'C'] as const;
export type Area = (typeof AREAS)[number];

const language = v.pipe(text, v.regex(/^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/, 'Must be a language tag like de or en-GB'));

/** The kinds of training, as the finder filters them. */
export const TRAINING_KINDS = ['dual', 'school', 'health', 'civil-service', 'dual-study'] as const;
/** School certificates, lowest first: the finder's filter uses the order. */
export const SCHOOL_CERTIFICATES = ['hauptschulabschluss', 'mittlerer-schulabschluss', 'fachhochschulreife', 'hochschulreife'] as const;
/** What the pay during the training is: Anwärterbezüge are never called a training salary. */
export const TRAINING_PAY_KINDS = ['training-salary', 'candidate-salary', 'study-salary', 'unpaid'] as const;

const range = { min: amount, max: amount };
const MAX_BELOW_MIN = 'max must not be below min';
/** A range whose max is not below its min (where both are given). */
const ordered = <T extends { min?: number; max?: number }>() => v.check<T, typeof MAX_BELOW_MIN>((pay) => pay.min === undefined || pay.max === undefined || pay.max >= pay.min, MAX_BELOW_MIN);

/** Pay during the training, a gross monthly amount (the catalog's `payDefaults`): first paid year to last year. */
export const CatalogTrainingPay = v.pipe(
  v.object({
    kind: v.picklist(TRAINING_PAY_KINDS),
    min: v.optional(amount),
    max: v.optional(amount),
    unpaidYears: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(10))),
    schoolFee: v.optional(v.pipe(v.object({ ...range, estimate: v.optional(v.boolean()) }), ordered())),
    year: v.pipe(v.number(), v.integer(), v.minValue(2000), v.maxValue(2100)),
    source: slug,
    estimate: v.boolean(),
    note: v.optional(text),
  }),
  ordered(),
  v.check((pay) => (pay.kind === 'unpaid') === (pay.min === undefined && pay.max === undefined), 'min and max are given for paid training, and only then'),
  v.check((pay) => pay.kind !== 'unpaid' || pay.note !== undefined, 'Unpaid training needs a note (who pays, Schulgeld, BAföG)'),
);

/** What a beginner earns after the training: a range. */
export const EntryPay = v.pipe(v.object({ ...range, source: slug, estimate: v.boolean(), note: v.optional(text) }), ordered());

export const CatalogProfession = v.object({
  slug,
  name: text,
  titles: Titles,
  /** The full profile, relative to the catalog's own URL. */
  profileUrl: v.optional(url),
  /** The linked profile's language where it is not the catalog's. */
  profileLang: v.optional(language),
  themes: v.pipe(v.array(slug), v.minLength(1, 'Must name at least one Themenwelt'), v.maxLength(10, 'Must not name more than 10 Themenwelten')),
  interests: InterestCode,
  trainingKind: v.picklist(TRAINING_KINDS),
  examiningBody: v.optional(text),
  duration: isoDuration,
  schoolCertificate: v.picklist(SCHOOL_CERTIFICATES),
  schoolCertificateRequired: v.optional(v.boolean()),
  prerequisite: v.optional(text),
  trainingPay: CatalogTrainingPay,
  entryPay: EntryPay,
  summary: text,
});

export const Theme = v.object({ id: slug, name: text, description: text });
export const Source = v.object({ id: slug, name: text, url: v.optional(url), referenceDate: v.optional(isoDate) });

/** The messages an element tells apart (the finder's empty state, its "an area has no items"). */
export const NO_PROFESSIONS = 'Must have at least one profession';
export const NO_ITEM_FOR_AREA = 'No item for the area';

export const Catalog = v.object({
  $schema: v.optional(url),
  catalogVersion: v.literal(1, 'Must be 1 (the catalog format this library reads)'),
  name: text,
  lang: language,
  updated: isoDate,
  payDefaults: v.optional(v.object({ currency: v.optional(v.literal('EUR')), per: v.optional(v.literal('month')), gross: v.optional(v.literal(true)) })),
  /** The source the interest codes are informed by, for its attribution. */
  interestsSource: v.optional(slug),
  sources: list(Source),
  themes: v.pipe(list(Theme), v.minLength(1, 'Must have at least one Themenwelt')),
  professions: v.pipe(
    v.array(CatalogProfession),
    v.minLength(1, NO_PROFESSIONS),
    v.maxLength(MAX_CATALOG_PROFESSIONS, `Must not have more than ${MAX_CATALOG_PROFESSIONS.toLocaleString('en')} professions`),
  ),
});

/** A text in each language of the bank: `{ "de": "…", "en": "…" }`. */
const texts = v.record(v.pipe(v.string(), v.regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/, 'Must be a language tag like de or en')), text);

export const FinderItem = v.object({
  id: slug,
  area: v.picklist(AREAS),
  text: v.pipe(texts, v.check((byLang) => Object.values(byLang).every((t) => t.length <= 200), 'An item must not be longer than 200 characters')),
});

export const ItemBank = v.object({
  $schema: v.optional(url),
  itemBankVersion: v.literal(1, 'Must be 1 (the item bank format this library reads)'),
  lang: language,
  languages: v.optional(v.pipe(v.array(language), v.minLength(1), v.maxLength(20))),
  name: v.optional(texts),
  areas: v.pipe(
    v.array(v.object({ id: v.picklist(AREAS), name: texts, description: texts })),
    v.check((areas) => areas.map((a) => a.id).join('') === AREAS.join(''), 'Must list the six areas R, I, A, S, E, C, in this order'),
  ),
  items: v.pipe(v.array(FinderItem), v.minLength(6, 'Must have at least one item per area'), v.maxLength(MAX_LIST_ITEMS, `Must not have more than ${MAX_LIST_ITEMS} items`)),
});

export type CatalogData = v.InferInput<typeof Catalog>;
export type CatalogDocument = v.InferOutput<typeof Catalog>;
export type CatalogEntry = v.InferOutput<typeof CatalogProfession>;
export type CatalogTheme = v.InferOutput<typeof Theme>;
export type ItemBankData = v.InferInput<typeof ItemBank>;
export type ItemBankDocument = v.InferOutput<typeof ItemBank>;
export type FinderItemData = v.InferOutput<typeof FinderItem>;

/** One problem between fields: where and what (as `ValidationIssue`). */
interface Reference {
  path: string;
  message: string;
}

/** A slug given twice, a Themenwelt or source no one defines, a theme without professions. */
export function catalogReferences(catalog: CatalogDocument): Reference[] {
  const issues: Reference[] = [];
  const themeIds = new Set<string>();
  catalog.themes.forEach((theme, i) => {
    if (themeIds.has(theme.id)) issues.push({ path: `$.themes[${i}].id`, message: `The Themenwelt id "${theme.id}" is given twice` });
    themeIds.add(theme.id);
  });
  const sourceIds = new Set(catalog.sources.map((source) => source.id));
  if (catalog.interestsSource && !sourceIds.has(catalog.interestsSource)) issues.push({ path: '$.interestsSource', message: `No source has the id "${catalog.interestsSource}"` });
  const slugs = new Map<string, number>();
  catalog.professions.forEach((p, i) => {
    const at = `$.professions[${i}]`;
    const first = slugs.get(p.slug);
    if (first !== undefined) issues.push({ path: `${at}.slug`, message: `The slug "${p.slug}" is given twice (first at $.professions[${first}])` });
    else slugs.set(p.slug, i);
    p.themes.forEach((id, j) => !themeIds.has(id) && issues.push({ path: `${at}.themes[${j}]`, message: `No Themenwelt has the id "${id}"` }));
    for (const key of ['trainingPay', 'entryPay'] as const) {
      if (!sourceIds.has(p[key].source)) issues.push({ path: `${at}.${key}.source`, message: `No source has the id "${p[key].source}"` });
    }
  });
  return issues;
}

/** An item id given twice, an area without items, a language the bank says it has but a text lacks. */
export function itemBankReferences(bank: ItemBankDocument): Reference[] {
  const issues: Reference[] = [];
  const languages = bank.languages ?? [bank.lang];
  const ids = new Set<string>();
  const missingText = (byLang: Record<string, string>, path: string) =>
    languages.filter((l) => !(l in byLang)).forEach((l) => issues.push({ path, message: `No text in "${l}", one of the bank's languages` }));
  bank.areas.forEach((area, i) => {
    missingText(area.name, `$.areas[${i}].name`);
    missingText(area.description, `$.areas[${i}].description`);
  });
  bank.items.forEach((item, i) => {
    if (ids.has(item.id)) issues.push({ path: `$.items[${i}].id`, message: `The item id "${item.id}" is given twice` });
    ids.add(item.id);
    missingText(item.text, `$.items[${i}].text`);
  });
  for (const area of AREAS) {
    if (!bank.items.some((item) => item.area === area)) issues.push({ path: '$.items', message: `${NO_ITEM_FOR_AREA} ${area}: its score would be unknown` });
  }
  return issues;
}
