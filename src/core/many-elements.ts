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

/**
 * How much of one task the elements may spend reading, validating and rendering profiles before
 * the rest wait for a task of their own. A page with a few elements (the usual case: up to four
 * with the seed take about 15 ms) shows them all in the task that gave them, with no detour and
 * no "loading" flash; 200 elements that get a 1 MB profile in one task are spread over many
 * tasks, so the page can paint and take input between (the scale test's bound is 300 ms a task).
 */
export const TASK_BUDGET_MS = 30;

/**
 * What one render cost the frame after it (style, layout and paint of what it added, and of what
 * it moved), as measured after the last task that rendered. The budget counts it: a render is
 * cheap in script and dear in layout when its profile is long (a career path of a 1 MB profile
 * takes ~1 ms to render and 50–80 ms to lay out), and 80 cheap renders in one task once made one
 * frame of 500 ms (test/hardening/pages/scale.mjs).
 */
let frameCostPerRender = 0;
let frameCostMeasuredAt = -Infinity;
const FRAME_MS = 16;
/** A cost measured longer ago than this no longer holds: the page may have changed since. */
export const FRAME_COST_HOLDS_MS = 1000;
/** The task in which profiles are being read now: when it started, when the last read began, how many were read. */
let task: { start: number; lastTurn: number; renders: number } | undefined;

/**
 * After the next frame has been rendered, with what its style, layout and paint took; after a
 * timeout, with nothing measured, where no frame comes (a hidden page, a throttled frame).
 */
function afterNextFrame(): Promise<number | undefined> {
  return new Promise((done) => {
    const fallback = setTimeout(done, 200);
    if (typeof requestAnimationFrame !== 'function') return;
    requestAnimationFrame(() => {
      clearTimeout(fallback);
      const frameStart = performance.now();
      // A timeout set in a frame's callbacks runs after that frame's style, layout and paint.
      setTimeout(() => done(performance.now() - frameStart));
    });
  });
}

/** Starts the count for a new task, and measures the frame that lays out what it rendered. */
function startTask(now: number) {
  const current = (task = { start: now, lastTurn: now, renders: 0 });
  setTimeout(() => task === current && (task = undefined));
  // A frame that takes no longer than a frame should (16 ms) is not counted: only heavy layout limits the next task.
  void afterNextFrame().then((cost) => {
    if (cost === undefined) return;
    frameCostPerRender = cost > FRAME_MS ? cost / current.renders : 0;
    frameCostMeasuredAt = performance.now();
  });
}

/**
 * Whether one more profile may be read in this task. The first caller in a task always may (so
 * every element makes progress); a later one if the time used so far, plus what the previous one
 * took (its read and render, done by the time of this check), plus what the frame will take to
 * lay out every render of this task, stays within `TASK_BUDGET_MS`: so a 1 MB profile that takes
 * 80 ms to read is never followed by another in the same task.
 */
export function mayWorkNow(): boolean {
  const now = performance.now();
  if (!task) startTask(now);
  else {
    const layout = now - frameCostMeasuredAt < FRAME_COST_HOLDS_MS ? frameCostPerRender * (task.renders + 1) : 0;
    if (now - task.start + (now - task.lastTurn) + layout >= TASK_BUDGET_MS) return false;
  }
  task!.lastTurn = now;
  task!.renders++;
  return true;
}

/**
 * Until the next turn: after the next frame, so that what the last task rendered is laid out
 * before more is (a plain timeout, or a background task, can let several run before one frame,
 * which then lays out all they rendered at once).
 */
const nextTurn = async (): Promise<void> => {
  await afterNextFrame();
};

interface Turn {
  element: Element;
  work: () => Promise<unknown> | void;
  resolve: () => void;
  reject: (error: unknown) => void;
}
const waiting: Turn[] = [];
let turning = false;

/**
 * Runs `work` (reading `element`'s profile and rendering it; it resolves when rendered) in the
 * first task whose budget allows it: at once when it does. One at a time, each after the previous
 * one has rendered, so the budget check sees the time the earlier ones took, and 200 elements whose
 * shared request finished in one microtask checkpoint cannot all pass the check before the first
 * has worked.
 */
export function inTurn(element: Element, work: () => Promise<unknown> | void): Promise<void> {
  return new Promise((resolve, reject) => {
    waiting.push({ element, work, resolve, reject });
    if (!turning) {
      turning = true;
      queueMicrotask(() => void takeTurns());
    }
  });
}

/**
 * The waiting element that comes first on the page. The page is ready from the top down, as a
 * reader reads it, and what renders moves only boxes below it that are still loading: rendered
 * out of order (by kind of element, as the browser upgrades them), each render moved every
 * rendered element below it, and one frame of a page with 185,000 nodes cost 100–230 ms to lay out.
 */
function takeFirst(): Turn {
  let first = 0;
  for (let i = 1; i < waiting.length; i++) {
    if (waiting[i].element.compareDocumentPosition(waiting[first].element) & Node.DOCUMENT_POSITION_FOLLOWING) first = i;
  }
  return waiting.splice(first, 1)[0];
}

async function takeTurns() {
  while (waiting.length) {
    if (!mayWorkNow()) {
      await nextTurn();
      continue;
    }
    const turn = takeFirst();
    try {
      await turn.work();
      turn.resolve();
    } catch (error) {
      turn.reject(error);
    }
  }
  turning = false;
}
