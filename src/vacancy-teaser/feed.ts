/**
 * Reads a vacancy feed: schema.org `JobPosting`s as an array, as an
 * `ItemList` (`itemListElement`, whose entries may be `ListItem`s wrapping the
 * posting in `item`), or as a JSON-LD `@graph`. Every posting is validated on
 * its own: a bad one is skipped with one warning naming its JSON path; the
 * good ones are kept.
 */
import { fetchJsonFrom, ProfileLoadError } from '../core/load-profile.js';
import { JobPosting, type ProfileJobPosting } from '../core/profile-schema.js';
import { toJsonPath, validate } from '../core/validate.js';

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
    if (isObject(node) && (types(node).includes('ListItem') || ('item' in node && !('title' in node)))) {
      node = node.item;
      path.push('item');
    }
    if (isObject(node) && types(node).length > 0 && !types(node).includes('JobPosting')) return [];
    return [{ node, path }];
  });
}

/** Validates the postings of a parsed feed one by one; `source` names the feed in warnings. */
export function readFeed(data: unknown, base: string, source: string, warn: (message: string) => void): Feed {
  const list = candidates(data);
  if (!list) {
    throw new ProfileLoadError('invalid', [
      { path: '$', message: 'Not a vacancy feed: expected an array of JobPostings, an object with itemListElement, or one with @graph' },
    ]);
  }
  const postings: ProfileJobPosting[] = [];
  for (const { node, path } of list) {
    const result = validate(JobPosting, node);
    if (result.ok) {
      postings.push(result.value);
      continue;
    }
    const at = toJsonPath(path);
    // Issue paths start at the posting (`$.title`); put the posting's place in the feed in front.
    const issues = result.issues.map((issue) => `${at}${issue.path.slice(1)}: ${issue.message}`);
    warn(`skipped the posting at ${at} in the feed ${source}\n${issues.join('\n')}`);
  }
  const listUrl = isObject(data) && typeof data.url === 'string' ? data.url : undefined;
  return { postings, url: listUrl, base };
}

/**
 * Fetches a feed (without credentials, with a timeout, aborted by `signal`) and reads it. Relative
 * URLs in it resolve against where it was found, after redirects.
 */
export async function loadFeed(feed: string, signal: AbortSignal, timeoutMs: number, warn: (message: string) => void): Promise<Feed> {
  const { data, url } = await fetchJsonFrom(new URL(feed, document.baseURI).href, signal, timeoutMs);
  return readFeed(data, url, feed, warn);
}
