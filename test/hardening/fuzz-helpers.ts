/**
 * Shared by the hardening tests for hostile input and network faults
 * (generated-input, injection, network-faults): every element, its states,
 * a watch on the page for anything that must not happen, and real HTTP.
 */
import '../../src/index.js';
import type { ProfileElement } from '../../src/core/profile-element.js';
import { MAX_REPEATED_WARNINGS } from '../../src/core/limits.js';

export const TAGS = ['salary-table', 'career-path', 'profession-quiz', 'career-quiz', 'vacancy-teaser'] as const;
export type Tag = (typeof TAGS)[number];

/** The states an element may end in. `empty` is a documented missing-section or no-vacancies state. */
export type State = 'ready' | 'error' | 'empty' | 'loading' | 'blank';

/** Which state the element shows now, read from what a person sees in its shadow root. */
export function stateOf(el: Element): State {
  const root = el.shadowRoot;
  if (!root) return 'blank';
  const has = (selector: string) => root.querySelector(selector) !== null;
  if (has('[part="error"][role="status"]')) return 'error';
  if (has('[part="loading"][aria-busy="true"]')) return 'loading';
  if (has('[part="empty"]') || has('[part="no-vacancies"]')) return 'empty';
  if (has('[part="base"]')) return 'ready';
  return 'blank';
}

export function create(tag: Tag, attrs: Record<string, string> = {}): ProfileElement {
  const el = document.createElement(tag) as ProfileElement;
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  return el;
}

/** A container on the page that the tests fill and empty themselves. */
export function stage(): HTMLElement {
  const div = document.createElement('div');
  document.body.append(div);
  return div;
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Waits until the element has loaded (or failed) and rendered, at most
 * `bound` ms. Returns how long it took; throws when the bound is passed.
 */
export async function settleWithin(el: ProfileElement, bound: number): Promise<number> {
  const started = performance.now();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`<${el.localName}> did not settle within ${bound} ms`)), bound);
  });
  try {
    await Promise.race([el.settled, late]);
  } finally {
    clearTimeout(timer);
  }
  return performance.now() - started;
}

/**
 * Watches the page for what must never happen: an uncaught exception, an
 * unhandled rejection, any console.error, and a console.warn that is not ours
 * (`[career-widgets]`). Our own warnings are counted, not printed.
 */
export function watchPage() {
  const problems: string[] = [];
  const ours: string[] = [];
  /** When each of `ours` was written (performance.now()). */
  const oursAt: number[] = [];
  const repeats: string[] = [];
  const { warn, error } = console;
  const onError = (event: ErrorEvent) => problems.push(`uncaught: ${event.message}`);
  const onRejection = (event: PromiseRejectionEvent) => problems.push(`unhandled rejection: ${String(event.reason)}`);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  console.error = (...args: unknown[]) => problems.push(`console.error: ${args.map(String).join(' ').slice(0, 500)}`);
  console.warn = (...args: unknown[]) => {
    const text = args.map(String).join(' ');
    // warn.ts's line at the end of a second in which it held repeats back ("the warning above came 150
    // more times") comes a second after the elements it counts: no element's own warning, not counted as one.
    if (text.startsWith('[career-widgets] the warning above came ')) repeats.push(text);
    else if (text.startsWith('[career-widgets]')) {
      ours.push(text);
      oursAt.push(performance.now());
    }
    else problems.push(`console.warn: ${text.slice(0, 500)}`);
  };
  return {
    problems,
    ours,
    repeats,
    /**
     * Whether warn.ts may be holding back a repeat of `prefix`'s warnings now: one of them was written
     * `MAX_REPEATED_WARNINGS` times in one of its windows. Its window is a second by a timer, which a
     * loaded machine fires late (the window then grows), so this looks back five seconds.
     */
    throttled(prefix: string) {
      const since = performance.now() - 5000;
      const counts = new Map<string, number>();
      for (let i = ours.length - 1; i >= 0 && oursAt[i] >= since; i--) {
        if (ours[i].startsWith(prefix)) counts.set(ours[i], (counts.get(ours[i]) ?? 0) + 1);
      }
      return [...counts.values()].some((n) => n >= MAX_REPEATED_WARNINGS);
    },
    stop() {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
      console.warn = warn;
      console.error = error;
    },
  };
}

/** Keeps `text` on the test server and returns the URL that answers it. */
export async function serve(text: string, id = uid('doc'), type?: string): Promise<string> {
  const response = await fetch(`/test-api/store?id=${encodeURIComponent(id)}`, { method: 'POST', body: text });
  if (!response.ok) throw new Error(`store failed: ${response.status}`);
  return stored(id, type);
}

/** Keeps many texts in one request; returns their URLs in order. */
export async function serveMany(texts: string[], id = uid('batch')): Promise<string[]> {
  const response = await fetch(`/test-api/store?id=${encodeURIComponent(id)}&many=1`, { method: 'POST', body: JSON.stringify(texts) });
  if (!response.ok) throw new Error(`store failed: ${response.status}`);
  return texts.map((_, i) => stored(`${id}/${i}`));
}

const stored = (id: string, type?: string) => `/test-api/stored?id=${encodeURIComponent(id)}${type ? `&type=${encodeURIComponent(type)}` : ''}`;

let counter = 0;
export const uid = (prefix: string) => `${prefix}-${Date.now().toString(36)}-${(counter++).toString(36)}-${Math.random().toString(36).slice(2, 8)}`;

export interface OpenCount {
  total: number;
  open: number;
  finished: number;
  aborted: number;
}

/** What the server saw of the requests tagged `tag`. */
export async function requestsTagged(tag: string): Promise<OpenCount> {
  return (await fetch(`/test-api/open?tag=${encodeURIComponent(tag)}`)).json();
}

/** Waits (a little) for the server to see every request tagged `tag` end. */
export async function allClosed(tag: string, wait = 3000): Promise<OpenCount> {
  const until = performance.now() + wait;
  let count = await requestsTagged(tag);
  while (count.open > 0 && performance.now() < until) {
    await sleep(50);
    count = await requestsTagged(tag);
  }
  return count;
}

/** The `<a href>`s of a shadow root, deep (our elements do not nest shadow roots, but look anyway). */
export function deepQueryAll(root: ParentNode, selector: string): Element[] {
  const found = [...root.querySelectorAll(selector)];
  for (const el of root.querySelectorAll('*')) if (el.shadowRoot) found.push(...deepQueryAll(el.shadowRoot, selector));
  return found;
}

export const SAFE_SCHEMES = new Set(['https:', 'http:', 'mailto:', 'tel:']);

/** The scheme a browser would follow for this href, after its own URL parsing. */
export function schemeOf(href: string, base = document.baseURI): string {
  try {
    return new URL(href, base).protocol;
  } catch {
    return 'unparseable:';
  }
}

/** Prints one line the test runner shows under "Browser logs". */
export function report(line: string) {
  // eslint-disable-next-line no-console
  console.log(`[hardening] ${line}`);
}
