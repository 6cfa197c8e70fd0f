/**
 * What keeps a page with many elements responsive (found by test/hardening/pages/scale.mjs:
 * 200 elements with one 1 MB profile). One request per URL at a time, however many elements
 * ask for it; and no more profiles read, validated and rendered in one task than fit in its budget.
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

type PostTask = (callback: () => void, options: { priority: 'background' }) => Promise<void>;
const scheduler = (globalThis as { scheduler?: { postTask?: PostTask } }).scheduler;
/**
 * A task of its own, after whatever the browser has to do first: with `scheduler.postTask` at
 * background priority the browser paints between two of them (a timeout would let it run many
 * before the next frame, and lay out all they rendered at once); a timeout where it is missing.
 */
export const nextTask = (): Promise<void> =>
  scheduler?.postTask ? scheduler.postTask(() => {}, { priority: 'background' }) : new Promise<void>((resolve) => setTimeout(resolve));

/**
 * How much of one task the elements may spend reading, validating and rendering profiles before
 * the rest wait for a task of their own. A page with a few elements (the usual case: up to four
 * with the seed take about 15 ms) shows them all in the task that gave them, with no detour and
 * no "loading" flash; 200 elements that get a 1 MB profile in one task are spread over many
 * tasks, so the page can paint and take input between (the scale test's bound is 200 ms a task).
 */
export const TASK_BUDGET_MS = 30;

let taskStart: number | undefined;
let lastTurn = 0;
/**
 * Whether one more profile may be read in this task. The first caller in a task always may (so
 * every element makes progress); a later one if the time used so far, plus what the previous one
 * took (its read and render, done by the time of this check), stays within `TASK_BUDGET_MS`: so a
 * 1 MB profile that takes 80 ms to read is never followed by another in the same task.
 */
export function mayWorkNow(): boolean {
  const now = performance.now();
  if (taskStart === undefined) {
    taskStart = lastTurn = now;
    setTimeout(() => (taskStart = undefined));
    return true;
  }
  const ok = now - taskStart + (now - lastTurn) < TASK_BUDGET_MS;
  if (ok) lastTurn = now;
  return ok;
}

let queue: Promise<void> = Promise.resolve();
/**
 * Runs `work` (reading one profile and rendering it; it resolves when rendered) in the first task
 * whose budget allows it: at once when it does. One at a time, each after the previous one has
 * rendered, so the budget check sees the time the earlier ones took, and 200 elements whose shared
 * request finished in one microtask checkpoint cannot all pass the check before the first has worked.
 */
export function inTurn(work: () => Promise<unknown> | void): Promise<void> {
  const run = queue.then(async () => {
    while (!mayWorkNow()) await nextTask();
    await work();
  });
  queue = run.catch(() => undefined);
  return run;
}
