/**
 * What keeps a page with many elements responsive (found by test/hardening/pages/scale.mjs:
 * 200 elements with one 1 MB profile). One request per URL at a time, however many elements
 * ask for it; and no more than one element's profile read, validated and rendered per task.
 */

interface SharedRequest<T> {
  result: Promise<T>;
  controller: AbortController;
  users: number;
}

const inFlight = new Map<string, SharedRequest<unknown>>();

/**
 * Runs `start` once for every caller that asks for the same `key` while it is in flight (200
 * elements with one `src` make one request, not 200). Each caller can leave on its own
 * (`signal` aborts: it rejects with the signal's reason); the work is aborted only when the
 * last caller has left, so a removed element still never leaves a request open that nobody
 * waits for. Callers share the result: it must not be changed (the validation copies it).
 */
export async function shareRequest<T>(key: string, signal: AbortSignal, start: (signal: AbortSignal) => Promise<T>): Promise<T> {
  signal.throwIfAborted();
  let shared = inFlight.get(key) as SharedRequest<T> | undefined;
  if (!shared) {
    const controller = new AbortController();
    const request: SharedRequest<T> = { controller, users: 0, result: start(controller.signal) };
    const done = () => inFlight.get(key) === request && inFlight.delete(key);
    request.result.then(done, done);
    inFlight.set(key, request);
    shared = request;
  }
  shared.users++;
  let leave = (_reason: unknown) => {};
  const left = new Promise<never>((_, reject) => (leave = reject));
  const onAbort = () => leave(signal.reason);
  signal.addEventListener('abort', onAbort);
  try {
    return await Promise.race([shared.result, left]);
  } finally {
    signal.removeEventListener('abort', onAbort);
    if (--shared.users === 0 && inFlight.get(key) === shared) {
      inFlight.delete(key);
      shared.controller.abort(signal.reason);
    }
  }
}

let claimed = false;
type PostTask = (callback: () => void, options: { priority: 'background' }) => Promise<void>;
const scheduler = (globalThis as { scheduler?: { postTask?: PostTask } }).scheduler;
/**
 * A task of its own, after whatever the browser has to do first: with `scheduler.postTask` at
 * background priority the browser paints between two of them (a timeout would let it run many
 * before the next frame, and lay out all they rendered at once); a timeout where it is missing.
 */
const nextTask = (): Promise<void> =>
  scheduler?.postTask ? scheduler.postTask(() => {}, { priority: 'background' }) : new Promise<void>((resolve) => setTimeout(resolve));

/**
 * Resolves at once for the first caller in a task, and in a task of its own for every other
 * one. Called before reading a profile: one element (the usual case) shows its profile
 * without a detour, in the task that gave it, so nothing flickers; 200 elements that get
 * their profile in one task (an app setting `profile`, or one shared request finishing) are
 * read, validated and rendered one per task, and the page can paint and take input between.
 */
export function ownTask(): Promise<void> | undefined {
  if (claimed) return nextTask();
  claimed = true;
  setTimeout(() => (claimed = false));
  return undefined;
}
