/**
 * How an element's profile loads (ProfileElement's inputs: the `profile` property, an inline script,
 * `src`, or none yet): the newest input wins, removal stops a load and reconnection starts it again,
 * a profile that is already there is read in the update that sees it. Apart from profile-element.ts
 * so that the base class keeps to what every element shows.
 */
import { isServer } from 'lit';
import { fetchJsonFrom, givenProfile, isAbort, noProfile, validated, type ProfileInputs, type ProfileLoadError } from './load-profile.js';
import type { Profile } from './profile-schema.js';
import { needsHydration } from './hydration.js';
import { inTurn, mayWorkNow } from './turns.js';
import { warmUpFormatters } from './format.js';
import { onPage, pageReadyState } from './page.js';
import { inheritedLang, resolveLanguage } from './language.js';

/**
 * What the element shows for its profile. `url`: where a `src` profile was fetched from, after
 * redirects (none for a property or inline profile).
 */
export type ProfileState = { kind: 'loading' } | { kind: 'ready'; profile: Profile; url?: string } | { kind: 'error'; error: ProfileLoadError };
export const LOADING: ProfileState = { kind: 'loading' };

export interface LoadingHost extends HTMLElement {
  requestUpdate(): void;
  readonly updateComplete: Promise<boolean>;
}
/** Puts the outcome of a load on screen (this update, or the next) and queues its event. */
type Settle = (read: () => Profile, url?: string) => void;

// Not the catalog a server inlined beside it (inlineDocument, core/catalog.ts).
const INLINE_PROFILE = ':scope > script[type="application/json"]:not([data-catalog])';
/** The text of `host`'s inline profile, a `<script type="application/json">` child; null without one. */
export const inlineJsonOf = (host: Element) => host.querySelector(INLINE_PROFILE)?.textContent ?? null;

const isJson = (text: string) => {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
};

const sameInputs = (a: ProfileInputs, b: ProfileInputs) =>
  a.profile === b.profile && a.inlineJson === b.inlineJson && a.src === b.src && a.timeoutMs === b.timeoutMs;

export class ProfileLoading {
  /** The inputs the current state was made from; a change starts a new load. */
  private loadedFrom?: ProfileInputs;
  /** Counts loads: a result of an older one (a slower `src`) is dropped. */
  private generation = 0;
  /** The running load's work (a request, a wait for a task, the grace time), stopped by removal or a newer load. */
  private work?: AbortController;
  /** Set when removal stopped a load that had not finished: it runs again on reconnection (also after a move). */
  private interrupted = false;
  /** The running load, for `settled`. */
  private running?: Promise<void>;

  constructor(
    private readonly host: LoadingHost,
    private readonly settle: Settle,
    /** Shows the loading state. */
    private readonly wait: () => void,
  ) {}

  /** On connection: a load that removal stopped runs again, whatever the inputs. */
  connected() {
    if (!this.interrupted) return;
    this.interrupted = false;
    this.loadedFrom = undefined;
    this.host.requestUpdate();
  }

  /** On removal: a request in flight (or the wait for a profile) ends with the element's removal. */
  disconnected() {
    if (!this.work) return;
    this.stopWork();
    this.interrupted = true;
  }

  /** Before every update, with the inputs as they are now: a load starts when they changed. */
  update(inputs: ProfileInputs) {
    if (this.loadedFrom && sameInputs(this.loadedFrom, inputs)) return;
    this.loadedFrom = inputs;
    this.load(inputs);
  }

  /** Resolves once no load is running and the last one is rendered. */
  async settled() {
    await this.host.updateComplete;
    // A load may start another (an input set by a listener): wait until none is running.
    for (let running = this.running; running; running = this.running) {
      await running;
      await this.host.updateComplete;
      if (this.running === running) break;
    }
  }

  private stopWork() {
    this.work?.abort();
    this.work = undefined;
    this.running = undefined;
  }

  /** Starts reading `inputs`; the newest load wins. Called in `willUpdate`, so a synchronous result is in this render. */
  private load(inputs: ProfileInputs) {
    const { host, settle, wait } = this;
    this.stopWork();
    this.interrupted = false;
    const generation = ++this.generation;
    const direct = inputs.profile != null || inputs.inlineJson != null;
    if (!isServer && inputs.profile == null && inputs.inlineJson != null && pageReadyState() === 'loading' && !isJson(inputs.inlineJson)) {
      // The parser may be half-way through the inline script (a classic script in <head> upgraded the
      // element first): stay loading until the document is parsed, then read it again. The observer
      // reads each new chunk of its text meanwhile, and a complete one loads at once.
      wait();
      const work = (this.work = new AbortController());
      this.running = new Promise<void>((resolve) => {
        onPage('DOMContentLoaded', () => resolve(), { once: true, signal: work.signal });
        work.signal.addEventListener('abort', () => resolve(), { once: true });
      }).then(() => {
        if (work.signal.aborted) return;
        this.work = undefined;
        this.loadedFrom = undefined;
        host.requestUpdate();
        return host.updateComplete.then(() => undefined);
      });
      return;
    }
    // The server renders what it is given; so does the first render over pre-rendered markup
    // (hydration needs the same state as the server's) and any element within the task's budget.
    if (direct && (isServer || needsHydration(host) || mayWorkNow())) {
      settle(() => givenProfile(inputs)!);
      return;
    }
    wait();
    if (isServer) return; // `src` and a missing input stay "loading" in server-rendered HTML
    if (!host.isConnected) {
      // A request started by a detached element would never be aborted (no removal follows): it loads when connected again.
      this.interrupted = true;
      return;
    }
    const work = (this.work = new AbortController());
    const { signal } = work;
    const current = () => generation === this.generation && !signal.aborted;
    /** Puts the outcome on screen; resolves when it is rendered. */
    const finish = (read: () => Profile, url?: string) => {
      if (!current()) return;
      this.work = undefined;
      settle(read, url);
      return host.updateComplete;
    };
    let run: Promise<void>;
    if (direct) {
      // Past this task's budget (many elements given their profiles at once): a later task.
      run = inTurn(host, () => finish(() => givenProfile(inputs)!));
    } else if (inputs.src) {
      const request = fetchJsonFrom(inputs.src, signal, inputs.timeoutMs);
      // The first Intl formatter's cost (locale data) falls into the wait for the network.
      setTimeout(() => !signal.aborted && warmUpFormatters(resolveLanguage(inheritedLang(host)).locale));
      run = request.then(
        (fetched) => inTurn(host, () => finish(() => validated(fetched.data, inputs.read, true), fetched.url)),
        (error) => {
          if (!isAbort(error)) void finish(() => { throw error; });
        },
      );
    } else {
      run = this.waitForInput(signal).then(() => void finish(() => { throw noProfile(); }));
    }
    this.running = run;
  }

  /**
   * No input yet: the element stays in its loading state until the page has loaded and
   * `noProfileGraceMs` (2 s) more have passed; an input that arrives meanwhile starts a new load
   * (which aborts this wait). Settles quietly when aborted.
   */
  private waitForInput(signal: AbortSignal): Promise<void> {
    return new Promise<void>((resolve) => {
      let timer: ReturnType<typeof setTimeout> | undefined;
      const wait = () => (timer = setTimeout(resolve, (this.host.constructor as unknown as { noProfileGraceMs: number }).noProfileGraceMs));
      signal.addEventListener('abort', () => (clearTimeout(timer), resolve()), { once: true });
      if (pageReadyState() === 'complete') wait();
      else window.addEventListener('load', wait, { once: true, signal });
    });
  }
}
