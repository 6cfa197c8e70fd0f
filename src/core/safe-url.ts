import { isServer } from 'lit';
import { pageBase } from './page.js';

/** The only schemes a link from a profile or feed may have. */
const SAFE_PROTOCOLS = new Set(['https:', 'http:', 'mailto:', 'tel:']);

/**
 * The URL to put in an `href`, or `undefined` when it is not safe to link to.
 * `URL` does the parsing the browser would do (it strips tabs and newlines and
 * lower-cases the scheme), so `JaVa\tScRiPt:` tricks are caught; relative URLs
 * resolve against the page and so become `http(s):`. A URL with a user or a password is never
 * safe: it shows one host and goes to another.
 */
export function safeUrl(raw: unknown, given?: string): string | undefined {
  if (typeof raw !== 'string' || raw.trim() === '') return undefined;
  const base = given ?? (isServer ? '' : pageBase());
  try {
    const url = base ? new URL(raw.trim(), base) : new URL(raw.trim());
    // A user or password disguises the target: `https://www.arbeitsagentur.de@evil.example/` goes to evil.example.
    if (url.username || url.password) return undefined;
    return SAFE_PROTOCOLS.has(url.protocol) ? url.href : undefined;
  } catch {
    // No base on the server: a relative URL (`/berufe/{slug}` of a portal's href-pattern) has no scheme
    // to fear, and is written as given for the browser to resolve. Without it, the server's HTML had no
    // link where the browser draws one, and hydration threw the server's nodes away.
    return given === undefined && isServer ? relative(raw.trim()) : undefined;
  }
}

/** A URL with no scheme, as written, if it resolves to a safe one: it can only go where the page is. */
function relative(raw: string): string | undefined {
  try {
    const url = new URL(raw, 'https://relative.invalid/');
    return SAFE_PROTOCOLS.has(url.protocol) && !url.username && !url.password ? raw : undefined;
  } catch {
    return undefined;
  }
}
