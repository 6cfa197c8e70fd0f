import type { Strings } from './strings.js';
import type { ValidationIssue } from './check.js';
import { readFetched, readOnce, type ProfileReader } from './read-profile.js';
import type { Profile } from './profile-schema.js';
import { shareRequest } from './share-request.js';
import { MAX_PROFILE_BYTES } from './limits.js';
import { readLimited, TooLargeError } from './read-limited.js';
import { referrerPolicy, urlForMessage } from './privacy.js';
import { MAX_REPORTED_ISSUES } from './limits.js';

/** Why a profile could not be shown; each kind has its own message in every language. */
export type LoadFailure = 'no-profile' | 'invalid' | 'json' | 'http' | 'network' | 'timeout' | 'too-large';

export class ProfileLoadError extends Error {
  override name = 'ProfileLoadError';
  constructor(
    readonly kind: LoadFailure,
    readonly issues: ValidationIssue[],
    readonly status = 0,
    readonly timeoutMs = 0,
    /** For 'too-large': the limit that was passed. */
    readonly maxBytes = 0,
  ) {
    super(issues.slice(0, MAX_REPORTED_ISSUES).map((issue) => `${issue.path}: ${issue.message}`).join('\n'));
  }

  /**
   * What a message may say about any error: a `ProfileLoadError`'s own words, else only the kind of
   * error. A platform's message may quote a URL with its query or credentials (`fetch` does), or a
   * piece of the document (`JSON.parse` does).
   */
  static describe(error: unknown): string {
    if (error instanceof ProfileLoadError) return error.message;
    const name = error instanceof Error && /^\w{1,40}$/.test(error.name) ? error.name : 'Error';
    return `unexpected ${name}`;
  }

  /** The short message a reader sees, in the element's language. */
  localized(t: Strings): string {
    switch (this.kind) {
      case 'no-profile': return t.errorNoProfile;
      case 'invalid': return t.errorInvalid;
      case 'json': return t.errorJson;
      case 'http': return t.errorHttp(this.status);
      case 'network': return t.errorNetwork;
      case 'timeout': return t.errorTimeout(this.timeoutMs / 1000);
      case 'too-large': return t.errorTooLarge(this.maxBytes / (1024 * 1024));
    }
  }
}

/** An AbortError: a request given up on purpose (removal, a newer `src`), never shown or reported. */
export const isAbort = (error: unknown) => error instanceof DOMException && error.name === 'AbortError';

const fail = (kind: LoadFailure, message: string, status?: number, timeoutMs?: number) =>
  new ProfileLoadError(kind, [{ path: '$', message }], status, timeoutMs);
/**
 * Where JSON.parse stopped, from its message, as a number a person can look up; the rest of the
 * message is left out (it quotes a piece of the text, which may be anything the server sent).
 */
const notJson = (what: string, error: unknown) => {
  const where = /line \d+ column \d+|position \d+/.exec(String((error as Error)?.message))?.[0];
  return fail('json', `${what} is not JSON${where ? ` (stopped at ${where})` : ''}`);
};
const tooLarge = (url: string, maxBytes: number) =>
  new ProfileLoadError('too-large', [{ path: '$', message: `${url} is larger than ${maxBytes} bytes; reading stopped there` }], 0, 0, maxBytes);

/**
 * Fetches JSON without credentials. Gives up after `timeoutMs`, and at once
 * when `signal` aborts (then it rejects with the signal's AbortError, which
 * callers ignore). Every other failure is a `ProfileLoadError`.
 */
export async function fetchJson(url: string, signal: AbortSignal, timeoutMs: number, maxBytes = MAX_PROFILE_BYTES): Promise<unknown> {
  return (await fetchJsonFrom(url, signal, timeoutMs, maxBytes)).data;
}

/**
 * `fetchJson`, also giving the URL the JSON came from after redirects: the base
 * for the relative URLs inside it, as for any document on the web. (Found by the
 * hardening tests: a redirected feed linked to pages next to its old address.)
 */
export async function fetchJsonFrom(
  url: string,
  signal: AbortSignal,
  timeoutMs: number,
  maxBytes = MAX_PROFILE_BYTES,
): Promise<{ data: unknown; url: string }> {
  // Elements that ask for the same URL (with the same timeout and limit) at the same time share one request.
  return shareRequest(`${timeoutMs} ${maxBytes} ${url}`, signal, (shared) => requestJson(url, shared, timeoutMs, maxBytes));
}

/**
 * Messages name the URL without its query or credentials (see privacy.ts): they go into `profile-error` and the
 * data layer. No referrer beyond the page's origin (`referrerPolicy`).
 */
async function requestJson(url: string, signal: AbortSignal, timeoutMs: number, maxBytes: number): Promise<{ data: unknown; url: string }> {
  const controller = new AbortController();
  const abort = () => controller.abort(signal.reason);
  signal.addEventListener('abort', abort);
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  try {
    const init: RequestInit = { credentials: 'omit', referrerPolicy: referrerPolicy(), signal: controller.signal, headers: { Accept: 'application/json' } };
    const response = await fetch(url, init);
    const shown = urlForMessage(response.url || url);
    if (!response.ok) throw fail('http', `HTTP ${response.status} ${response.statusText} for ${shown}`.trim(), response.status);
    const body = await readLimited(response, maxBytes).catch((error: unknown) => {
      throw error instanceof TooLargeError ? tooLarge(shown, maxBytes) : error;
    });
    try {
      return { data: JSON.parse(body), url: response.url || url };
    } catch (error) {
      throw notJson(shown, error);
    }
  } catch (error) {
    if (error instanceof ProfileLoadError) throw error;
    if (timedOut) throw fail('timeout', `No answer from ${urlForMessage(url)} within ${timeoutMs} ms`, 0, timeoutMs);
    signal.throwIfAborted();
    // Not the platform's message: fetch's quotes the whole URL (credentials, query) for some failures.
    throw fail('network', `Request to ${urlForMessage(url)} failed: no connection, blocked (CORS, CSP) or not a URL the browser requests`);
  } finally {
    clearTimeout(timer);
    signal.removeEventListener('abort', abort);
  }
}

export interface ProfileInputs {
  profile: unknown;
  inlineJson: string | null;
  src: string | undefined;
  timeoutMs: number;
  /** Validates the sections the element shows (`read-profile.ts`). */
  read: ProfileReader;
}

/**
 * How long an element with no input at all waits, after the page has loaded, before it reports
 * "no profile" (README, "Loading"). An app that sets `profile` after its own `fetch` (the README's
 * npm example) or a framework that renders the tag before its data needs this time; 2 s is
 * longer than a profile request on a slow phone connection usually takes, and short enough that
 * an editor who forgot the input still sees the message while looking at the page.
 */
export const NO_PROFILE_GRACE_MS = 2_000;

export const noProfile = () =>
  fail('no-profile', 'No profile: set the profile property, add a <script type="application/json"> child, or set src');

/**
 * The profile given directly (the `profile` property, else an inline JSON script), validated,
 * synchronously: so a profile that is already there is on screen in the first render, in the
 * browser and on the server. `undefined` when neither is given (then `src`, or nothing, counts).
 */
export function givenProfile(inputs: ProfileInputs): Profile | undefined {
  let data: unknown;
  if (inputs.profile != null) {
    data = inputs.profile;
  } else if (inputs.inlineJson != null) {
    try {
      data = JSON.parse(inputs.inlineJson);
    } catch (error) {
      throw notJson('The inline script', error);
    }
  } else {
    return undefined;
  }
  return validated(data, inputs.read);
}

/**
 * `data` as a valid profile (the sections `read` knows), or a `ProfileLoadError` naming every bad field.
 * `fetched`: a document parsed from a shared `src` request, read once per reader (read-profile.ts).
 */
export function validated(data: unknown, read: ProfileReader, fetched = false): Profile {
  const result = (fetched ? readFetched : readOnce)(read, data);
  if (!result.ok) throw new ProfileLoadError('invalid', result.issues);
  return result.value;
}
