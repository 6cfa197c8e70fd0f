import type { Strings } from './strings.js';
import { readProfile, type ValidationIssue } from './validate.js';
import type { Profile } from './profile-schema.js';
import { ownTask, shareRequest } from './many-elements.js';

/** Why a profile could not be shown; each kind has its own message in every language. */
export type LoadFailure = 'no-profile' | 'invalid' | 'json' | 'http' | 'network' | 'timeout';

export class ProfileLoadError extends Error {
  override name = 'ProfileLoadError';
  constructor(
    readonly kind: LoadFailure,
    readonly issues: ValidationIssue[],
    readonly status = 0,
    readonly timeoutMs = 0,
  ) {
    super(issues.map((issue) => `${issue.path}: ${issue.message}`).join('\n'));
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
    }
  }
}

/** An AbortError: a request given up on purpose (removal, a newer `src`), never shown or reported. */
export const isAbort = (error: unknown) => error instanceof DOMException && error.name === 'AbortError';

/**
 * Throws an AbortError when `host` is not in the document. A request started by a detached
 * element (its `src` changed after removal) would never be aborted: no removal follows. The
 * element loads when it is connected again (found by the hardening tests).
 */
export function requireConnected(host: Element) {
  if (!host.isConnected) throw new DOMException('Not loading while the element is not in the document', 'AbortError');
}

/**
 * Whether DOMContentLoaded has fired. `readyState` cannot tell: it is already
 * "interactive" while the module and deferred scripts run, before that event.
 * (Loaded later than DOMContentLoaded but before `load`, we wait for `load`.)
 */
let contentLoaded = typeof document === 'undefined' || document.readyState === 'complete'; // no document: imported on a server
if (!contentLoaded) {
  const loaded = () => (contentLoaded = true);
  document.addEventListener('DOMContentLoaded', loaded, { once: true });
  window.addEventListener('load', loaded, { once: true });
}

const fail = (kind: LoadFailure, message: string, status?: number, timeoutMs?: number) =>
  new ProfileLoadError(kind, [{ path: '$', message }], status, timeoutMs);

/**
 * Fetches JSON without credentials. Gives up after `timeoutMs`, and at once
 * when `signal` aborts (then it rejects with the signal's AbortError, which
 * callers ignore). Every other failure is a `ProfileLoadError`.
 */
export async function fetchJson(url: string, signal: AbortSignal, timeoutMs: number): Promise<unknown> {
  return (await fetchJsonFrom(url, signal, timeoutMs)).data;
}

/**
 * `fetchJson`, also giving the URL the JSON came from after redirects: the base
 * for the relative URLs inside it, as for any document on the web. (Found by the
 * hardening tests: a redirected feed linked to pages next to its old address.)
 */
export async function fetchJsonFrom(url: string, signal: AbortSignal, timeoutMs: number): Promise<{ data: unknown; url: string }> {
  // Elements that ask for the same URL (with the same timeout) at the same time share one request.
  return shareRequest(`${timeoutMs} ${url}`, signal, (shared) => requestJson(url, shared, timeoutMs));
}

async function requestJson(url: string, signal: AbortSignal, timeoutMs: number): Promise<{ data: unknown; url: string }> {
  const controller = new AbortController();
  const abort = () => controller.abort(signal.reason);
  signal.addEventListener('abort', abort);
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  try {
    const response = await fetch(url, { credentials: 'omit', signal: controller.signal, headers: { Accept: 'application/json' } });
    if (!response.ok) throw fail('http', `HTTP ${response.status} ${response.statusText} for ${response.url || url}`.trim(), response.status);
    const body = await response.text();
    try {
      return { data: JSON.parse(body), url: response.url || url };
    } catch (error) {
      throw fail('json', `Not JSON: ${(error as Error).message}`);
    }
  } catch (error) {
    if (error instanceof ProfileLoadError) throw error;
    if (timedOut) throw fail('timeout', `No answer from ${url} within ${timeoutMs} ms`, 0, timeoutMs);
    signal.throwIfAborted();
    throw fail('network', `Request to ${url} failed: ${(error as Error).message}`);
  } finally {
    clearTimeout(timer);
    signal.removeEventListener('abort', abort);
  }
}

/** Many profiles given in one task are read one per task (see `ownTask`); the first at once. */
async function yieldIfCrowded(signal: AbortSignal) {
  const wait = ownTask();
  if (!wait) return;
  await wait;
  signal.throwIfAborted();
}

export interface ProfileInputs {
  profile: unknown;
  inlineJson: string | null;
  src: string | undefined;
  timeoutMs: number;
}

/**
 * Profiles this code has read and validated itself (the output of `readProfile`, a new object). A
 * `<profession-page>` hands that very object to each of its sections as their `profile`: they take
 * it as it is instead of validating the whole profile once more each (one load, one validation).
 */
const validated = new WeakSet<object>();

/** The contract's order: the `profile` property, then an inline JSON script, then `src`. */
export async function loadProfile(inputs: ProfileInputs, signal: AbortSignal): Promise<Profile> {
  let data: unknown;
  if (inputs.profile != null && validated.has(inputs.profile as object)) {
    return inputs.profile as Profile;
  } else if (inputs.profile != null) {
    await yieldIfCrowded(signal);
    data = inputs.profile;
  } else if (inputs.inlineJson != null) {
    await yieldIfCrowded(signal);
    try {
      data = JSON.parse(inputs.inlineJson);
    } catch (error) {
      throw fail('json', `Inline script is not JSON: ${(error as Error).message}`);
    }
  } else if (inputs.src) {
    data = await fetchJson(inputs.src, signal, inputs.timeoutMs);
    await yieldIfCrowded(signal);
  } else {
    // A classic script in <head> upgrades the element before the parser reaches
    // its inline profile, and a module script after ours may set `profile` at once:
    // wait for the document (DOMContentLoaded follows the module and deferred
    // scripts) before calling the input missing. (When the input arrives, the
    // element starts a new load and aborts this one.)
    if (!contentLoaded) {
      await new Promise<void>((resolve, reject) => {
        document.addEventListener('DOMContentLoaded', () => resolve(), { once: true });
        window.addEventListener('load', () => resolve(), { once: true });
        signal.addEventListener('abort', () => reject(signal.reason), { once: true });
      });
    }
    throw fail('no-profile', 'No profile: set the profile property, add a <script type="application/json"> child, or set src');
  }
  const result = readProfile(data);
  if (!result.ok) throw new ProfileLoadError('invalid', result.issues);
  validated.add(result.value);
  return result.value;
}
