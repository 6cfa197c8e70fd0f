import { pageQueryAll } from './page.js';

/**
 * Nothing of the host page's address leaves it, and nothing of a `src` query goes into an event:
 * the page may be `…/klasse-7b.html?schueler=anna.mueller`, and a `src` may carry `?api_key=…`.
 */

/** The referrer policies that send less than `strict-origin-when-cross-origin`. */
const STRICTER: ReadonlySet<string> = new Set(['no-referrer', 'same-origin', 'strict-origin']);

/**
 * The referrer policy of every request and link of ours: `strict-origin-when-cross-origin` (another
 * server learns the page's origin at most, never its path or query), or the page's own policy from
 * `<meta name="referrer">` where that sends less. (A stricter policy sent only as an HTTP header
 * cannot be read from script; the origin is then the most that leaves.)
 */
export function referrerPolicy(): ReferrerPolicy {
  const metas = typeof document === 'undefined' ? [] : pageQueryAll<HTMLMetaElement>('meta[name="referrer" i]');
  const page = metas.length ? metas[metas.length - 1].content.trim().toLowerCase() : '';
  return STRICTER.has(page) ? (page as ReferrerPolicy) : 'strict-origin-when-cross-origin';
}

/** A URL for an event or the data layer: without its query and fragment (`?api_key=…`). */
export const withoutQuery = (url: string) => url.replace(/[?#][\s\S]*$/, '');

/**
 * A URL as a message names it (a warning, `profile-error`): without query and fragment, and without a
 * user or password (`https://anna:secret@host/p.json` → `https://host/p.json`), also when it does not
 * parse (an invalid port). Never the platform's own wording, which may quote the whole URL.
 */
export function urlForMessage(url: string): string {
  return withoutQuery(url).replace(/^([a-z][\w+.-]*:\/*)[^/@]*@/i, '$1');
}

/**
 * A link's URL for an event's detail. A link to `#part` (or `?x`, or nothing) resolves against the
 * document it sits in, and so carries that document's query: the host page's
 * (`?schueler=anna.mueller`) or the feed's (`?api_key=…`). Such a link back to its own document is
 * named without query and fragment; every other link as it is.
 */
export function linkForEvent(href: string, base = typeof location === 'undefined' ? '' : location.href): string {
  const bare = (url: string) => url.replace(/#[\s\S]*$/, '');
  const own = [base, typeof location === 'undefined' ? '' : location.href].some((doc) => doc && bare(doc) === bare(href));
  return own ? withoutQuery(href) : href;
}
