/**
 * Whether a profile may be read and rendered in this task, and its turn when it may not: the part of
 * the render budget every page needs. A page with a few elements (the usual case) shows them all in
 * the task that gave them, or puts one off to the next frame, and that is all it needs; the rest of
 * the budget (many-elements.ts: the frames' cost model, the page-order queue) is imported once more
 * than a few profiles wait for their turn. On the loader's pages and beside a tag's own CDN file that is
 * a chunk of its own, fetched only then (issue 26); the files of every tag and the npm build import it
 * in place of this gate (`GATES` in rollup.config.mjs).
 * The frames are measured here from the first render on, so that the model has them when it loads.
 */

/**
 * How much of one task the elements may spend reading, validating and rendering profiles when many
 * wait (many-elements.ts): 200 elements that get a 1 MB profile in one task are spread over many
 * tasks, so the page can paint and take input between (the scale test's bound is 300 ms a task).
 */
export const TASK_BUDGET_MS = 30;
/**
 * The budget of a task's first few renders (`FEW`) while no frame has been measured: the page's first
 * content (and the first after a quiet second). On a slow machine (a 2-core CI box, a cheap phone) the
 * four with the seed took longer than `TASK_BUDGET_MS` in one task, and each of the others was put off
 * by a frame: with 100 ms the four's first render took 0.83–0.88 of the time (`node bench/run.mjs
 * --only render --baseline <the 30 ms bundle>`, issue 26). Six renders at most keep that task short;
 * once frames are measured, their cost decides.
 */
export const FEW_TASK_BUDGET_MS = 100;
/** A frame that takes no longer than this is light: only heavy layout limits the next task. */
export const FRAME_MS = 16;
/** A cost measured longer ago than this no longer holds: the page may have changed since. */
export const FRAME_COST_HOLDS_MS = 1000;
/** Renders a task may do before the budget's model decides (four elements, and the quiz's two tags, fit). */
export const FEW = 6;

/** A task's budget: `FEW_TASK_BUDGET_MS` for its first few renders while no frame holds a measure, else `TASK_BUDGET_MS`. */
export const taskBudget = (renders: number, measured: boolean) => (!measured && renders < FEW ? FEW_TASK_BUDGET_MS : TASK_BUDGET_MS);

export interface FrameSample {
  renders: number;
  cost: number;
  at: number;
}
const SAMPLES = 8;

/** What many-elements.ts reads and counts: the frames measured, the task being counted, the last task's renders. */
export const frames: {
  /** The last frames measured, newest last. */
  samples: FrameSample[];
  /** The task in which profiles are being read now: when it started, when the last read began, how many were read. */
  task?: { start: number; lastTurn: number; renders: number };
  /** How many renders the last task that rendered did. */
  lastTaskRenders: number;
} = { samples: [], lastTaskRenders: 0 };

/**
 * After the next frame has been rendered, with what its style, layout and paint took; after a
 * timeout, with nothing measured, where no frame comes (a hidden page, a throttled frame).
 */
export function afterNextFrame(): Promise<number | undefined> {
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
export function startTask(now: number) {
  const current = (frames.task = { start: now, lastTurn: now, renders: 0 });
  setTimeout(() => {
    if (frames.task === current) frames.task = undefined;
    frames.lastTaskRenders = current.renders;
  });
  void afterNextFrame().then((cost) => {
    if (cost === undefined || current.renders === 0) return;
    frames.samples.push({ renders: current.renders, cost, at: performance.now() });
    if (frames.samples.length > SAMPLES) frames.samples.shift();
  });
}

type Budget = typeof import('./many-elements.js');
let budget: Budget | undefined;
let loading: Promise<Budget> | undefined;
// A chunk that does not load (offline, blocked) leaves every element to render in its turn here, without the model.
const unlimited = { mayWorkNow: () => true, inTurn: async (_: Element, work: () => Promise<unknown> | void) => void (await work()) } as Budget;
const loadBudget = () => (loading ??= import('./many-elements.js').then((module) => (budget = module), () => (budget = unlimited)));

/**
 * Whether one more profile may be read in this task. The first caller in a task always may (so every
 * element makes progress); a later one while the task has done fewer than a few, its time used so far
 * plus what the previous one took stays within its budget (`taskBudget`), and no recent frame was dear. Once
 * many-elements.ts has loaded (`inTurn` with many waiting), its `mayWorkNow` decides.
 */
export function mayWorkNow(): boolean {
  if (budget) return budget.mayWorkNow();
  const now = performance.now();
  const { task, samples } = frames;
  const last = samples[samples.length - 1];
  const measured = !!last && now - last.at < FRAME_COST_HOLDS_MS;
  const light = !measured || last.cost <= FRAME_MS;
  if (!task) startTask(now);
  else if (!light || task.renders >= FEW || now - task.start + (now - task.lastTurn) >= taskBudget(task.renders, measured)) return false;
  frames.task!.lastTurn = now;
  frames.task!.renders++;
  return true;
}

/** The turns taken here before the budget's model has loaded: one at a time, each after the last has rendered. */
let chain: Promise<unknown> = Promise.resolve();
/** Elements waiting for a turn here. */
let waiting = 0;
/** More profiles to show than a task of this gate takes: the model decides (a busy machine puts off two elements too, and they need none). */
const many = () => waiting + (frames.task?.renders ?? 0) > FEW;

/**
 * Runs `work` (reading `element`'s profile and rendering it; it resolves when rendered) in the first
 * task whose budget allows it. A few are taken here, one at a time so that each check sees the time
 * the earlier ones took, each put off to the next frame while `mayWorkNow` says no; with many waiting,
 * many-elements.ts is imported and takes them in page order.
 */
export function inTurn(element: Element, work: () => Promise<unknown> | void): Promise<void> {
  if (budget) return budget.inTurn(element, work);
  waiting++;
  const turn = chain.then(async () => {
    try {
      for (;;) {
        // Once the model is coming, every later one waits for it too (in page order there).
        if (budget || loading || many()) return !!loadBudget();
        if (mayWorkNow()) return void (await work());
        await afterNextFrame();
      }
    } finally {
      waiting--;
    }
  });
  chain = turn.catch(() => undefined);
  return turn.then((later) => (later ? loadBudget().then((module) => module.inTurn(element, work)) : undefined));
}
