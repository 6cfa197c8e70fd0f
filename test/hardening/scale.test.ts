// Regression tests for the scale findings of test/hardening/pages/scale.mjs (200 elements, a
// 1 MB profile), fixed in src/core/many-elements.ts:
// 1. every element fetched the same src on its own: 200 downloads and parses of 1 MB, and
//    Chromium's cache lets only one request per URL run at a time, so on a busy machine a
//    quarter of the elements ran into their timeout and showed an error. Now elements that
//    ask for one URL at the same time share one request;
// 2. elements given their profile in one task (an app setting `profile` on 200 elements, or
//    one shared request finishing) validated and rendered all in that task: one long task of
//    over 2 s. Now as many as fit in a budget of 30 ms a task (TASK_BUDGET_MS) are read at once, the rest in later tasks.
// 3. (issue 22) 1,000 tables with one src took 106 s: the waiting elements were searched for the
//    first on the page at every turn (O(n²) comparisons), and a frame's cost was divided among its
//    renders, so tasks rendered fewer as the page grew. Now the queue stays in page order
//    (DocumentOrderQueue) and a frame's cost has a fixed part that widens the budget (modelFrameCost).
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { ProfileElement } from '../../src/core/profile-element.js';
import { captureWarnings, seedProfile, sleep } from '../helpers.js';
import { DocumentOrderQueue, FRAME_COST_HOLDS_MS, modelFrameCost, TASK_BUDGET_MS } from '../../src/core/many-elements.js';
import { FEW, FEW_TASK_BUDGET_MS } from '../../src/core/turns.js';

const TAGS = ['salary-table', 'career-path', 'profession-quiz', 'career-quiz', 'vacancy-teaser'];
const shown = (el: Element) => el.shadowRoot!.querySelector('[part]')?.getAttribute('part') ?? '';
const requests = async (tag: string) => (await fetch(`/test-api/open?tag=${tag}`)).json() as Promise<{ total: number; open: number; aborted: number }>;
const uid = (name: string) => `${name}-${Math.random().toString(36).slice(2)}`;

async function waitFor(condition: () => Promise<boolean>, ms = 3000) {
  const deadline = Date.now() + ms;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await sleep(25);
  }
}

describe('many elements on one page', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  beforeEach(() => (warnings = captureWarnings()));
  afterEach(() => warnings.restore());

  it('elements with one src share one request, and every one of them shows the profile', async () => {
    const tag = uid('shared');
    const src = `/test-api/profile?delay=200&tag=${tag}`;
    const root = await fixture<HTMLElement>(html`<div>${TAGS.map((name) => Object.assign(document.createElement(name), { src }))}</div>`);
    const els = [...root.children] as ProfileElement[];
    await Promise.all(els.map((el) => el.settled));
    expect(els.map(shown).every((part) => part === 'base' || part === 'no-vacancies'), els.map(shown).join()).to.equal(true);
    expect((await requests(tag)).total, 'requests at the server').to.equal(1);
    expect(warnings.calls).to.deep.equal([]);
  });

  it('a shared request goes on while one element still waits, and is aborted when the last one goes', async () => {
    const tag = uid('leave');
    const src = `/test-api/hang?id=${tag}&tag=${tag}`;
    const root = await fixture<HTMLElement>(html`<div>${[1, 2, 3].map(() => Object.assign(document.createElement('salary-table'), { src }))}</div>`);
    const els = [...root.children] as ProfileElement[];
    await waitFor(async () => (await requests(tag)).total === 1);
    els[0].remove();
    els[1].remove();
    await sleep(200);
    expect((await requests(tag)).open, 'still open for the third element').to.equal(1);
    els[2].remove();
    await waitFor(async () => (await requests(tag)).open === 0);
    expect(await requests(tag)).to.include({ total: 1, aborted: 1 });
  });

  it('one element given a profile is ready without waiting for another task (nothing flickers)', async () => {
    const profile = await seedProfile();
    const el = await fixture<ProfileElement>(html`<salary-table .profile=${profile}></salary-table>`);
    // Microtasks only: no timer, no frame.
    for (let i = 0; i < 5 && shown(el) !== 'base'; i++) await el.updateComplete;
    expect(shown(el)).to.equal('base');
  });

  it('elements given a profile in one task: as many as fit in the task budget at once, the rest in later tasks, all end ready', async () => {
    const profile = await seedProfile();
    // The layout cost measured after the earlier tests' renders (a frame over 16 ms on a busy machine) counts for a second; then no more.
    await sleep(FRAME_COST_HOLDS_MS + 50);
    const els = Array.from({ length: 20 }, (_, i) => Object.assign(document.createElement(TAGS[i % TAGS.length]), { profile }) as ProfileElement);
    const root = document.createElement('div');
    root.append(...els);
    // A clock on which every reading is 10 ms after the last: as if each profile took 10 ms to read.
    // No frame is measured yet, so the task's first few (FEW, six) have FEW_TASK_BUDGET_MS (100 ms: time used so far
    // plus the last one's), all six fit; past them TASK_BUDGET_MS (30 ms) holds, spent already: the rest wait.
    const now = performance.now;
    let fake = now.call(performance);
    performance.now = () => (fake += 10);
    try {
      document.body.append(root);
      for (let i = 0; i < 5; i++) await els[0].updateComplete;
      performance.now = now;
      expect([TASK_BUDGET_MS, FEW_TASK_BUDGET_MS, FEW]).to.deep.equal([30, 100, 6]);
      expect(els.map(shown).slice(0, 6), 'the first six, in this task').to.deep.equal(['base', 'base', 'base', 'base', 'no-vacancies', 'base']);
      expect(els.slice(6).filter((el) => shown(el) === 'loading').length, 'still loading after this task').to.equal(14);
      await Promise.all(els.map((el) => el.settled));
      expect(els.every((el) => ['base', 'no-vacancies'].includes(shown(el))), els.map(shown).join()).to.equal(true);
    } finally {
      performance.now = now;
      root.remove();
    }
  });
});

describe('the render budget at scale (issue 22)', () => {
  /** Counts compareDocumentPosition calls while `run` runs. */
  function countComparisons(run: () => void) {
    const original = Node.prototype.compareDocumentPosition;
    let count = 0;
    Node.prototype.compareDocumentPosition = function (this: Node, other: Node) {
      count++;
      return original.call(this, other);
    };
    try {
      run();
    } finally {
      Node.prototype.compareDocumentPosition = original;
    }
    return count;
  }

  const page = (n: number) => {
    const root = document.createElement('div');
    for (let i = 0; i < n; i++) root.append(Object.assign(document.createElement('p'), { id: `p${i}` }));
    return [...root.children];
  };
  const drain = (queue: DocumentOrderQueue<{ element: Element }>) => {
    const order: string[] = [];
    for (let item = queue.take(); item; item = queue.take()) order.push(item.element.id);
    return order;
  };

  it('keeps waiting elements in page order with one comparison each when they come in that order', () => {
    const elements = page(2000);
    const queue = new DocumentOrderQueue<{ element: Element }>();
    const comparisons = countComparisons(() => elements.forEach((element) => queue.add({ element })));
    expect(comparisons).to.be.at.most(elements.length);
    expect(drain(queue)).to.deep.equal(elements.map((el) => el.id));
  });

  it('puts elements that come in any other order in their place with O(log n) comparisons each', () => {
    const elements = page(2000);
    // A fixed shuffle (a linear congruential sequence), and the reverse order.
    let seed = 7;
    const shuffled = [...elements].sort(() => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31) - 0.5);
    for (const arrival of [shuffled, [...elements].reverse()]) {
      const queue = new DocumentOrderQueue<{ element: Element }>();
      const comparisons = countComparisons(() => arrival.forEach((element) => queue.add({ element })));
      expect(comparisons).to.be.at.most(elements.length * (Math.log2(elements.length) + 2));
      expect(drain(queue)).to.deep.equal(elements.map((el) => el.id));
    }
  });

  it('takes from the front and adds behind in turns, still in page order', () => {
    const elements = page(300);
    const queue = new DocumentOrderQueue<{ element: Element }>();
    const taken: string[] = [];
    // The odd ones first, then the even ones while taking: each even one goes in before the odd one after it.
    elements.filter((_, i) => i % 2).forEach((element) => queue.add({ element }));
    elements.filter((_, i) => i % 2 === 0).forEach((element, i) => {
      queue.add({ element });
      if (i % 3 === 0) taken.push(queue.take()!.element.id);
    });
    taken.push(...drain(queue));
    expect(taken.length).to.equal(elements.length);
    const index = (id: string) => Number(id.slice(1));
    // Whatever was taken early was the first on the page at that moment; what was left came out in page order.
    const rest = taken.slice(-(elements.length - 50)).map(index);
    expect(rest).to.deep.equal([...rest].sort((a, b) => a - b));
  });

  it('a frame that costs as much with 1 render as with 30 is a fixed cost: it widens the budget instead of cutting the renders', () => {
    const now = 10_000;
    const frames = [
      { renders: 1, cost: 60, at: now - 300 },
      { renders: 10, cost: 70, at: now - 200 },
      { renders: 30, cost: 90, at: now - 100 },
    ];
    const model = modelFrameCost(frames, now)!;
    expect(model.fixed).to.equal(60);
    expect(model.perRender).to.be.at.most(1);
    expect(model.budget).to.equal(180);
    // Until 2026-12-05 the whole frame counted per render: 90 / 30 = 3 ms, and 60 ms for one render.
  });

  it('after a frame made dear by one render, the budget stays at TASK_BUDGET_MS and a second render would pass the ceiling', () => {
    const now = 10_000;
    // Cheap frames of salary tables, then frames of a career path of a 1 MB profile each.
    const frames = [
      { renders: 3, cost: 9, at: now - 300 },
      { renders: 1, cost: 90, at: now - 200 },
      { renders: 1, cost: 80, at: now - 100 },
    ];
    const model = modelFrameCost(frames, now)!;
    expect(model.fixed).to.equal(9);
    expect(model.budget).to.equal(TASK_BUDGET_MS);
    expect(model.ceiling).to.equal(100);
    // mayWorkNow: more renders than the last frame had only while last.cost × renders / last.renders stays under the ceiling.
    expect((model.last.cost * 2) / model.last.renders).to.be.above(model.ceiling);
  });

  it('one frame made long by something else does not cut the next tasks down, and old frames no longer count', () => {
    const now = 10_000;
    const frames = [
      { renders: 20, cost: 50, at: now - 300 },
      { renders: 1, cost: 250, at: now - 200 },
      { renders: 20, cost: 55, at: now - 100 },
    ];
    expect(modelFrameCost(frames, now)!.perRender).to.be.below(1);
    expect(modelFrameCost(frames, now + FRAME_COST_HOLDS_MS + 1)).to.equal(undefined);
    expect(modelFrameCost([frames[0]], now), 'one frame alone: all of it per render').to.deep.include({ fixed: 0, perRender: 2.5, budget: TASK_BUDGET_MS, ceiling: Infinity });
  });
});
