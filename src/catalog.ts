/**
 * `career-widgets/catalog`: the catalog and the finder's item bank for code (docs/catalog-format.md):
 * check them before publishing, and compute what the elements show from them (a profession's link,
 * its similar professions, the finder's ranking), e.g. on a server. No element is defined here.
 */
export { validateCatalog, validateItemBank, documentKind, type DocumentKind } from './core/validate-catalog.js';
export { readCatalog, readItemBank, professionHref, entryOf, codeNearness, similarProfessions, areaScores, fit, rankProfessions, reasons } from './core/catalog.js';
export type { Answer, AreaScores, Ranked } from './core/catalog.js';
export { AREAS, TRAINING_KINDS, SCHOOL_CERTIFICATES, TRAINING_PAY_KINDS } from './core/schema/catalog.js';
export type { Area, CatalogData, CatalogDocument, CatalogEntry, CatalogTheme, ItemBankData, ItemBankDocument, FinderItemData } from './core/schema/catalog.js';
/** What a catalog and an item bank may hold (docs/catalog-format.md, "Limits"). */
export { MAX_CATALOG_BYTES, MAX_CATALOG_PROFESSIONS, MAX_ITEM_BANK_BYTES } from './core/limits.js';
