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
/**
 * Bytes of a catalog (docs/catalog-format.md): ours takes about 1 KB per profession, so 5,000
 * professions (the scale the finder is tested at) are about 5.5 MB.
 */
export const MAX_CATALOG_BYTES = 8 * 1024 * 1024;
/** Professions in one catalog: twice the 5,000 of the scale test; every recognised German training plus study programmes stays far below. */
export const MAX_CATALOG_PROFESSIONS = 10_000;
/** Bytes of the finder's item bank: ours is under 10 KB. */
export const MAX_ITEM_BANK_BYTES = 256 * 1024;
/**
 * Levels of nesting in a profile (the profile object itself is level 1; the seed has 5). JSON.parse
 * reads thousands of levels, but JSON.stringify, and any recursive walk, overflows the stack at a
 * few thousand (Node 20: 4,500): a 10 KB profile nested 5,000 deep crashed `renderElement` and the
 * CLI. 64 leaves room for any format to come.
 */
export const MAX_DEPTH = 64;
/**
 * Bytes read from a vacancy feed before giving up ("too large"). A feed holds many postings (a
 * portal's whole list for one profession, each with a description of a few KB), so it may be
 * bigger than a profile; 1,000 postings of 4 KB fit.
 */
export const MAX_FEED_BYTES = 4 * 1024 * 1024;
/**
 * Postings of a feed that are read and validated; the rest are ignored, with one warning. A
 * teaser shows a few, filtered by place and sorted by start date: 1,000 covers every open
 * apprenticeship of one profession in one region, and validating them stays well under 100 ms.
 */
export const MAX_FEED_POSTINGS = 1_000;
/**
 * Items an element renders of any one list (skills, exams, options …). The same as the schema's
 * `MAX_LIST_ITEMS`, so a valid profile is never cut; it also holds for a profile no schema checked
 * (50,000 skills froze `<career-path>` for 16 s before this limit).
 */
export const MAX_RENDERED_ITEMS = MAX_LIST_ITEMS;
/**
 * Issues one `profile-error` carries (and so the data layer): the first 100, and `issueCount` says how
 * many there were. 90,000 bad fields in 20 elements once put 160 MB of JSON into `window.dataLayer`.
 */
export const MAX_REPORTED_ISSUES = 100;
/** Lines of detail one warning lists (rejected postings, bad fields); the rest are counted. */
export const MAX_WARNING_DETAILS = 5;
/**
 * Times one and the same warning is written within a second; its further repeats are counted in
 * one line. High enough that every element of a page that fails alike still names itself once.
 */
export const MAX_REPEATED_WARNINGS = 50;
/**
 * The longest `timeout` an element accepts, in milliseconds (the least is 1 ms): a longer one is
 * taken as this. A day: long enough for a loading state that never ends (Storybook's loading
 * stories use it), and far from 2^31 ms, past which `setTimeout` fires at once (a `timeout` of
 * "1e10" gave up before any answer came).
 */
export const MAX_TIMEOUT_MS = 86_400_000;

/** The first `MAX_RENDERED_ITEMS` of a list, for an element to render. */
export const renderable = <T>(list: readonly T[] | undefined): readonly T[] => (list ?? []).slice(0, MAX_RENDERED_ITEMS);

/**
 * The path (keys and indices) to the first object or array of `value` nested deeper than
 * `MAX_DEPTH`, or undefined. A loop with its own stack, not recursion: a recursive walk would
 * overflow on the very input it is there to catch. A cycle counts as too deep.
 */
export function tooDeep(value: unknown): PropertyKey[] | undefined {
  const isNode = (item: unknown): item is Record<PropertyKey, unknown> => typeof item === 'object' && item !== null;
  if (!isNode(value)) return undefined;
  const frames: { node: Record<PropertyKey, unknown>; keys: PropertyKey[]; next: number }[] = [];
  const path: PropertyKey[] = [];
  const enter = (node: Record<PropertyKey, unknown>) => frames.push({ node, keys: Array.isArray(node) ? node.map((_, i) => i) : Object.keys(node), next: 0 });
  enter(value);
  while (frames.length > 0) {
    const frame = frames[frames.length - 1];
    if (frame.next === frame.keys.length) {
      frames.pop();
      path.pop();
      continue;
    }
    const key = frame.keys[frame.next++];
    const child = frame.node[key];
    if (!isNode(child)) continue;
    path.push(key);
    if (frames.length + 1 > MAX_DEPTH) return path;
    enter(child);
  }
  return undefined;
}
