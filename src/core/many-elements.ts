/**
 * What keeps a page with many elements responsive (found by test/hardening/pages/scale.mjs:
 * 200 elements with one 1 MB profile): no more profiles read, validated and rendered in one task
 * than fit in its budget. Loaded by turns.ts once a task has more profiles to show than a few, or
 * a frame was dear (issue 26): a page with a few elements never fetches it on the loader's pages.
 */
import { FRAME_COST_HOLDS_MS, FRAME_MS, afterNextFrame, frames, startTask, taskBudget, TASK_BUDGET_MS, type FrameSample } from './turns.js';

export { FRAME_COST_HOLDS_MS, TASK_BUDGET_MS, type FrameSample } from './turns.js';

/**
 * What a frame costs after a task that rendered: a fixed part, what any change costs on this page
 * however few renders caused it, and a part per render. Both count in the budget, differently:
 * - the part per render is the style, layout and paint of what a render added: a render is cheap
 *   in script and dear in layout when its profile is long (a career path of a 1 MB profile takes
 *   ~1 ms to render and 50–80 ms to lay out), and 80 cheap renders in one task once made one frame
 *   of 500 ms (test/hardening/pages/scale.mjs). The budget counts it for every render of the task.
 * - the fixed part grows with the page: each render moves the boxes below it, and the browser
 *   walks every moved box in pre-paint and compositing (a CDP trace of 500 `<salary-table>`s: 20 ms
 *   a frame, two thirds of it there, a third in layout; 2,000: 30–60 ms). Until 2026-12-05 it was
 *   divided among the renders of a frame, so each task rendered fewer as the page grew (two a
 *   frame with 500 tables, one with 2,000) while each frame cost more: O(n²), 1,000 tables 106 s.
 *   Now a task may take three times that fixed part (`budget`): frames take at most about a quarter of the
 *   time, and their number grows with the work, not with its square.
 * The fixed part is taken as the cheapest recent frame (noise on a shared machine only adds time,
 * so the least is the best guess); the part per render as what the last frames cost beyond it,
 * divided among their renders (the least of three). A line fitted through the recent frames
 * was tried first: renders of different kinds (a career path among salary tables) and the noise
 * made its slope swing between 0 and 25 ms, and 1 MB career paths came four to a frame.
 */
export interface FrameCost {
  /** The cheapest recent frame. */
  fixed: number;
  perRender: number;
  /** How long a task may take: `TASK_BUDGET_MS`, or three times the fixed part. */
  budget: number;
  /** The longest frame a task may cause (`LONG_FRAME_MS`, or half as much again as the fixed part). */
  ceiling: number;
  /** The frame measured last. */
  last: FrameSample;
}
/** A frame longer than this is felt: a reader's input would wait for it (RAIL's 100 ms). */
const LONG_FRAME_MS = 100;
/**
 * How many times as many renders as the task before a task may do: batches grow geometrically (so
 * their number is logarithmic in their size), and a guess that was wrong makes one frame at most
 * about twice as long before the next measure corrects it.
 */
const GROWTH = 2;
/**
 * The cost model from the frames `measured` (newest last) that still hold at `now`; none without a
 * frame. With one frame only (the first after the page's own first layout, often its dearest), all
 * of it counts per render and the budget stays `TASK_BUDGET_MS`. Exported for the unit tests.
 */
export function modelFrameCost(measured: readonly FrameSample[], now: number): FrameCost | undefined {
  const recent = measured.filter((sample) => now - sample.at < FRAME_COST_HOLDS_MS);
  const last = recent[recent.length - 1];
  if (!last) return undefined;
  // A frame that takes no longer than a frame should (16 ms) is not counted: only heavy layout limits the next task.
  if (recent.length < 2) return { fixed: 0, perRender: last.cost > FRAME_MS ? last.cost / last.renders : 0, budget: TASK_BUDGET_MS, ceiling: Infinity, last };
  const fixed = Math.min(...recent.map((sample) => sample.cost));
  // The least of the last three frames' cost beyond it per render: noise only adds time, and on a
  // busy machine (load 10 on 2 cores) single renders' frames took 50–480 ms; any estimate that a noisy
  // frame could raise (the last frame's, the dearest, the middle of three) cut the tasks to one
  // render each for long stretches: 2,000 tables 47–78 s. Growing a batch past the last frame's
  // renders is bounded separately, as if all of that frame's cost were per render (`mayWorkNow`).
  const perRender = Math.min(...recent.slice(-3).map((sample) => (sample.cost > FRAME_MS ? Math.max(0, sample.cost - fixed) / sample.renders : 0)));
  return {
    fixed,
    perRender,
    budget: Math.max(TASK_BUDGET_MS, 3 * fixed),
    ceiling: Math.max(LONG_FRAME_MS, 1.5 * fixed),
    last,
  };
}

/**
 * Whether one more profile may be read in this task. The first caller in a task always may (so
 * every element makes progress); a later one if the time used so far, plus what the previous one
 * took (its read and render, done by the time of this check), plus what the frame will take to
 * lay out every render of this task, stays within the budget (`FrameCost`): so a 1 MB profile
 * that takes 80 ms to read is never followed by another in the same task. Where frames are dear,
 * also: the frame stays under its ceiling, and a task renders at most `GROWTH` times as many as
 * the one before.
 */
export function mayWorkNow(): boolean {
  const now = performance.now();
  const { task, samples, lastTaskRenders } = frames;
  if (!task) startTask(now);
  else {
    const frame = modelFrameCost(samples, now);
    const used = now - task.start + (now - task.lastTurn);
    const renders = task.renders + 1;
    const layout = frame ? frame.perRender * renders : 0;
    if (used + layout >= (frame?.budget ?? taskBudget(task.renders, false))) return false;
    if (frame && frame.last.cost > FRAME_MS) {
      if (frame.fixed + layout > frame.ceiling || renders > Math.max(1, lastTaskRenders) * GROWTH) return false;
      // More renders than the last frame had: only as many as keep it under the ceiling even if all of
      // its cost were per render. The estimate per render can be 0 (the last frame was the cheapest),
      // and with 2,000 tables a batch doubled on that from 116 to 232 renders made a frame of 1.6 s;
      // a career path of a 1 MB profile (a 70 ms frame alone) gets no second one in its next task.
      const { renders: before, cost } = frame.last;
      if (renders > before && (cost * renders) / before > frame.ceiling) return false;
    }
  }
  frames.task!.lastTurn = now;
  frames.task!.renders++;
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

/** Whether `a` comes before `b` on the page. */
const before = (a: Element, b: Element) => (b.compareDocumentPosition(a) & Node.DOCUMENT_POSITION_PRECEDING) !== 0;

/**
 * The waiting elements in the order they are on the page, kept sorted as they arrive. The page is
 * ready from the top down, as a reader reads it, and what renders moves only boxes below it that
 * are still loading: rendered out of order (by kind of element, as the browser upgrades them),
 * each render moved every rendered element below it, and one frame of a page with 185,000 nodes
 * cost 100–230 ms to lay out.
 *
 * Elements mostly arrive in page order (parsed markup connects in that order, and a shared request
 * answers its callers in the order they asked): one comparison with the last one each. Any other
 * is put in its place by binary search, O(log n) comparisons. So the order costs O(n log n)
 * comparisons over the page's life; the search for the first one at every turn (until
 * 2026-12-05) cost O(n) each, O(n²) in all: 0.56 s of `compareDocumentPosition` for 1,000 tables.
 * A comparison is also cheapest between neighbours: Chromium walks the siblings between the two.
 */
export class DocumentOrderQueue<T extends { element: Element }> {
  private items: T[] = [];
  private head = 0;

  get length() {
    return this.items.length - this.head;
  }

  add(item: T) {
    const { items } = this;
    if (this.length === 0 || !before(item.element, items[items.length - 1].element)) {
      items.push(item);
      return;
    }
    let low = this.head;
    let high = items.length - 1;
    // The first waiting element that `item` comes before (the last one, at least).
    while (low < high) {
      const middle = (low + high) >> 1;
      if (before(item.element, items[middle].element)) high = middle;
      else low = middle + 1;
    }
    items.splice(low, 0, item);
  }

  /** The first on the page. */
  take(): T | undefined {
    if (!this.length) return undefined;
    const item = this.items[this.head];
    this.items[this.head++] = undefined as unknown as T;
    // The taken front is dropped now and then, not at every turn (shifting the rest each time is O(n)).
    if (this.head > 64 && this.head * 2 > this.items.length) {
      this.items = this.items.slice(this.head);
      this.head = 0;
    }
    return item;
  }
}

const waiting = new DocumentOrderQueue<Turn>();
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
    waiting.add({ element, work, resolve, reject });
    if (!turning) {
      turning = true;
      queueMicrotask(() => void takeTurns());
    }
  });
}

async function takeTurns() {
  while (waiting.length) {
    if (!mayWorkNow()) {
      await nextTurn();
      continue;
    }
    const turn = waiting.take()!;
    try {
      await turn.work();
      turn.resolve();
    } catch (error) {
      turn.reject(error);
    }
  }
  turning = false;
}
