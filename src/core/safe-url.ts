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
export function safeUrl(raw: unknown, base: string = isServer ? '' : pageBase()): string | undefined {
  if (typeof raw !== 'string' || raw.trim() === '') return undefined;
  try {
    const url = base ? new URL(raw.trim(), base) : new URL(raw.trim()); // no base on the server: absolute URLs only
    // A user or password disguises the target: `https://www.arbeitsagentur.de@evil.example/` goes to evil.example.
    if (url.username || url.password) return undefined;
    return SAFE_PROTOCOLS.has(url.protocol) ? url.href : undefined;
  } catch {
    return undefined;
  }
}
