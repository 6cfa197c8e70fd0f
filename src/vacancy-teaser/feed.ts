/**
 * Reads a vacancy feed: schema.org `JobPosting`s as an array, as an
 * `ItemList` (`itemListElement`, whose entries may be `ListItem`s wrapping the
 * posting in `item`), or as a JSON-LD `@graph`. Every posting is validated on
 * its own: a bad one is skipped, and all skipped ones are named in one warning
 * (the count and the first few paths); the good ones are kept. Only the first
 * `MAX_FEED_POSTINGS` are read, and a posting with a text longer than
 * `MAX_TEXT_LENGTH` (or a URL longer than `MAX_URL_LENGTH`) is skipped before
 * any validation work is done on it.
 */
import { fetchJsonFrom, ProfileLoadError } from '../core/load-profile.js';
import type { ProfileJobPosting } from '../core/profile-schema.js';
import { JobPosting } from '../core/schema/vacancies.js';
import { toJsonPath, validate } from '../core/check.js';
import { MAX_FEED_BYTES, MAX_FEED_POSTINGS, MAX_TEXT_LENGTH, MAX_URL_LENGTH, MAX_WARNING_DETAILS } from '../core/limits.js';
import { summarize } from '../core/warn.js';
import { pageBase } from '../core/page.js';
import { urlForMessage } from '../core/privacy.js';

export interface Feed {
  postings: ProfileJobPosting[];
  /** The feed's own `url` (schema.org `ItemList.url`), a page with every vacancy; relative to `base`. */
  url?: string;
  /** The feed's absolute URL; relative posting URLs resolve against it. */
  base: string;
}

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/** A node's `@type` names, for `"JobPosting"` as well as `["JobPosting"]`. */
const types = (node: Json) => ([] as unknown[]).concat(node['@type'] ?? []);

/** Each candidate posting with the path it has in the feed. Nodes typed as something else (an `Organization` in a `@graph`) are not postings and are passed over in silence. */
function candidates(data: unknown): { node: unknown; path: (string | number)[] }[] | undefined {
  let list: unknown;
  let key: string | undefined;
  if (Array.isArray(data)) list = data;
  else if (isObject(data) && Array.isArray(data.itemListElement)) [list, key] = [data.itemListElement, 'itemListElement'];
  else if (isObject(data) && Array.isArray(data['@graph'])) [list, key] = [data['@graph'], '@graph'];
  else return undefined;
  return (list as unknown[]).flatMap((entry, index) => {
    const path: (string | number)[] = key ? [key, index] : [index];
    let node = entry;
    if (isObject(node) && (types(node).includes('ListItem') || (Object.hasOwn(node, 'item') && !Object.hasOwn(node, 'title')))) {
      node = node.item;
      path.push('item');
    }
    if (isObject(node) && types(node).length > 0 && !types(node).includes('JobPosting')) return [];
    return [{ node, path }];
  });
}

/**
 * The first string in a posting longer than a posting may hold, with its path from the posting
 * (`$.title`). Cheap and linear: it reads lengths only, so a 30 MB title costs nothing before it
 * is refused (validating, trimming and rendering it froze the page for 31 s). Not deeper than a
 * posting is deep.
 */
function tooLong(node: unknown, path: (string | number)[] = [], depth = 0): { path: string; message: string } | undefined {
  if (typeof node === 'string') {
    const url = path[path.length - 1] === 'url';
    const max = url ? MAX_URL_LENGTH : MAX_TEXT_LENGTH;
    if (node.length > max) return { path: toJsonPath(path), message: `Longer than ${max.toLocaleString('en')} characters (${node.length.toLocaleString('en')})` };
    return undefined;
  }
  if (depth > 4 || typeof node !== 'object' || node === null) return undefined;
  const entries = Array.isArray(node) ? node.map((value, i) => [i, value] as const) : Object.entries(node);
  for (const [key, value] of entries.slice(0, MAX_LIST_ENTRIES)) {
    const found = tooLong(value, [...path, key], depth + 1);
    if (found) return found;
  }
  return undefined;
}
/** Keys or items looked at per object of a posting; a posting has about a dozen. */
const MAX_LIST_ENTRIES = 100;

/** Validates the postings of a parsed feed one by one; `source` names the feed in warnings. */
export function readFeed(data: unknown, base: string, source: string, warn: (message: string) => void): Feed {
  const list = candidates(data);
  if (!list) {
    throw new ProfileLoadError('invalid', [
      { path: '$', message: 'Not a vacancy feed: expected an array of JobPostings, an object with itemListElement, or one with @graph' },
    ]);
  }
  const postings: ProfileJobPosting[] = [];
  const problems: string[] = [];
  const skippedAt: string[] = [];
  let skipped = 0;
  for (const { node, path } of list.slice(0, MAX_FEED_POSTINGS)) {
    const at = toJsonPath(path);
    const long = tooLong(node);
    const result = long ? undefined : validate(JobPosting, node);
    if (result?.ok) {
      postings.push(result.value);
      continue;
    }
    skipped++;
    // Only the first few are worded: 50,000 bad postings make one short warning, not 50,000 lines.
    if (skippedAt.length >= MAX_WARNING_DETAILS) continue;
    skippedAt.push(at);
    // One line per posting. Issue paths start at the posting (`$.title`); put its place in the feed in front.
    const issues = long ? [long] : (result?.issues ?? []);
    problems.push(issues.slice(0, MAX_WARNING_DETAILS).map((issue) => `${at}${issue.path.slice(1)}: ${issue.message}`).join('; '));
  }
  if (skipped) {
    const count = skipped === 1 ? 'the posting' : `${skipped.toLocaleString('en')} postings`;
    const where = skippedAt.join(', ') + (skipped > skippedAt.length ? ', …' : '');
    warn(`skipped ${count} at ${where} in the feed ${source}\n${summarize(problems, skipped)}`);
  }
  if (list.length > MAX_FEED_POSTINGS) {
    warn(`read the first ${MAX_FEED_POSTINGS.toLocaleString('en')} of ${list.length.toLocaleString('en')} postings in the feed ${source}; the rest were ignored`);
  }
  const listUrl = isObject(data) && typeof data.url === 'string' ? data.url : undefined;
  return { postings, url: listUrl, base };
}

/**
 * Fetches a feed (without credentials, with a timeout, aborted by `signal`) and reads it. Relative
 * URLs in it resolve against where it was found, after redirects.
 */
export async function loadFeed(feed: string, signal: AbortSignal, timeoutMs: number, warn: (message: string) => void): Promise<Feed> {
  const { data, url } = await fetchJsonFrom(new URL(feed, pageBase()).href, signal, timeoutMs, MAX_FEED_BYTES);
  return readFeed(data, url, urlForMessage(feed), warn);
}
