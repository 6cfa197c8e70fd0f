/** Which postings a teaser shows, in which order, and how they read as JSON-LD. */
import type { JobPosting } from 'schema-dts';
import type { ProfileJobPosting } from '../core/profile-schema.js';
import { safeUrl } from '../core/safe-url.js';
import { graph } from '../core/schema-org.js';

/** The date part of an ISO date or date-time: `2030-07-31T23:59:59Z` → `2030-07-31`; `2030-08` stays. */
export const day = (iso: string) => iso.slice(0, 10);

/** Today in the reader's own time zone, as `YYYY-MM-DD`. */
export function localToday(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * Still open on `today`: a posting is valid through the whole of its
 * `validThrough` day (or month, or year, when that is all it gives), so
 * `2030-07` is shown until 31 July 2030. Without `validThrough` it stays open.
 */
export function isOpen(posting: ProfileJobPosting, today: string): boolean {
  if (!posting.validThrough) return true;
  const until = day(posting.validThrough);
  return until >= today.slice(0, until.length);
}

/**
 * `location` matches the locality, ignoring case (`berlin` = `Berlin`), or,
 * when it is all digits, is a postal-code prefix (`10` = every 10xxx code).
 * An empty `location` matches everything.
 */
export function matchesLocation(posting: ProfileJobPosting, location: string | undefined): boolean {
  const wanted = (location ?? '').trim().replace(/\s+/g, ' ');
  if (!wanted) return true;
  const address = posting.jobLocation?.address;
  if (/^\d+$/.test(wanted)) return (address?.postalCode ?? '').replace(/\s/g, '').startsWith(wanted);
  const locality = (address?.addressLocality ?? '').trim().replace(/\s+/g, ' ');
  return locality.localeCompare(wanted, undefined, { sensitivity: 'accent' }) === 0;
}

/** Missing dates last; otherwise ascending (`1`) or descending (`-1`). ISO dates sort as strings. */
function byDate(a: string | undefined, b: string | undefined, direction: 1 | -1): number {
  if (a === undefined || b === undefined) return a === b ? 0 : a === undefined ? 1 : -1;
  return day(a) === day(b) ? 0 : (day(a) < day(b) ? -1 : 1) * direction;
}

/**
 * The postings a reader can still apply to, filtered by `location`, in the
 * order the issue asks: the soonest start first; with the same start, the
 * most recently posted first (our choice: the newest offer is the likeliest
 * still open). Postings without a date come after those with one; ties keep
 * the feed's order.
 */
export function currentPostings(postings: readonly ProfileJobPosting[], location: string | undefined, today: string) {
  return postings
    .filter((posting) => isOpen(posting, today) && matchesLocation(posting, location))
    .sort((a, b) => byDate(a.jobStartDate, b.jobStartDate, 1) || byDate(a.datePosted, b.datePosted, -1));
}

/** The id a `vacancy-click` names: the posting's `identifier` (or its `PropertyValue.value`), else `href`, its URL as the event names it (without query: privacy.ts). */
export function postingId(posting: ProfileJobPosting, href: string | undefined): string {
  const id = posting.identifier;
  if (id === undefined) return href ?? '';
  return String(typeof id === 'object' ? id.value : id);
}

/**
 * The shown postings as one JSON-LD document (schema.org `JobPosting`s in a
 * `@graph`). Only safe, absolute URLs go in. The core's `writeJsonLd` escapes
 * `<`, so no string from a feed can close the `<script>` that holds it.
 */
export function jsonLd(postings: readonly ProfileJobPosting[], base: string) {
  const things = postings.map((posting): JobPosting => {
    const { identifier: id, hiringOrganization: org, jobLocation: place, url, ...rest } = posting;
    const href = safeUrl(url, base);
    return {
      '@type': 'JobPosting',
      ...rest,
      // schema.org's identifier is text (or a PropertyValue, whose value may be a number).
      ...(id === undefined ? {} : { identifier: typeof id === 'object' ? { '@type': 'PropertyValue', ...id } : String(id) }),
      ...(org ? { hiringOrganization: { '@type': 'Organization', ...org } } : {}),
      ...(place
        ? { jobLocation: { '@type': 'Place', ...(place.address ? { address: { '@type': 'PostalAddress', ...place.address } } : {}) } }
        : {}),
      ...(href ? { url: href } : {}),
    };
  });
  return graph(things);
}
