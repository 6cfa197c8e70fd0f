/**
 * What the elements and the CLI read at most: one place for every limit, documented in the
 * README ("Limits") and, where JSON Schema can say it, in the published schema (`maxLength`,
 * `maxItems`), so a portal sees them before it publishes. Real profiles stay far below them
 * (the seed is 35 KB, its longest text 1,200 characters, its longest list 8 items); they exist
 * so that a compromised portal or feed cannot freeze or crash the host page.
 */

/** Bytes read from a profile's `src` before giving up ("too large"). */
export const MAX_PROFILE_BYTES = 1024 * 1024;
/** Characters in any one text of a profile (a paragraph, a name, a label). */
export const MAX_TEXT_LENGTH = 10_000;
/** Characters in a URL. */
export const MAX_URL_LENGTH = 2_048;
/** Items in any one list of a profile (skills, tasks, exams, quiz questions …). */
export const MAX_LIST_ITEMS = 200;
