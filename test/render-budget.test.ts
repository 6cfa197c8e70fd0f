// The render budget in two parts (issue 26): turns.ts lets a task render a few profiles on its own;
// past that, the cost model of many-elements.ts decides, imported only then (on the loader's pages a
// chunk fetched only by a page with many elements: test/loader/pages.mjs).
// Its own file: the module state (the task, the model once imported) must start fresh.
import { expect } from '@open-wc/testing';
import { FEW_TASK_BUDGET_MS, FRAME_COST_HOLDS_MS, frames, inTurn, mayWorkNow } from '../src/core/turns.js';

const nextTask = () => new Promise((done) => setTimeout(done));
const modelRequested = () => performance.getEntriesByType('resource').some((entry) => entry.name.includes('/src/core/many-elements'));

describe('render budget: a few renders in turns.ts, the model imported past them', () => {
  it('a task renders six profiles on its own; the seventh is put off', async () => {
    await nextTask();
    const answers = Array.from({ length: 8 }, () => mayWorkNow());
    expect(answers).to.deep.equal([true, true, true, true, true, true, false, false]);
    expect(frames.task?.renders).to.equal(6);
  });

  it('before any frame is measured, a task renders a few slow ones (as on a busy machine) within FEW_TASK_BUDGET_MS; the next is put off', async () => {
    // The frames the test above caused hold for a second: past it, nothing is measured (as on a page's first render).
    await new Promise((done) => setTimeout(done, FRAME_COST_HOLDS_MS + 50));
    await nextTask();
    expect(mayWorkNow()).to.equal(true);
    for (const start = performance.now(); performance.now() - start < 40; );
    expect(mayWorkNow(), 'a second render of 40 ms fits a task of the few').to.equal(true);
    for (const start = performance.now(); performance.now() - start < 40; );
    expect(mayWorkNow(), 'a third would take the task past its budget').to.equal(false);
  });

  it('a few put off (the time of the task spent, as on a busy machine) render in a later frame, without importing more', async () => {
    await nextTask();
    expect(mayWorkNow()).to.equal(true);
    for (const start = performance.now(); performance.now() - start < FEW_TASK_BUDGET_MS + 5; );
    expect(mayWorkNow(), 'the task\'s time is spent').to.equal(false);
    const elements = [0, 1].map(() => document.body.appendChild(document.createElement('div')));
    const order: number[] = [];
    await Promise.all(elements.map((element, i) => inTurn(element, () => void order.push(i))));
    expect(order).to.deep.equal([0, 1]);
    expect(modelRequested(), 'many-elements.ts was imported for two elements').to.equal(false);
    elements.forEach((element) => element.remove());
  });

  it('with many waiting, many-elements.ts is imported and takes every one, in page order', async () => {
    await nextTask();
    const order: number[] = [];
    const elements = Array.from({ length: 12 }, () => document.body.appendChild(document.createElement('div')));
    await Promise.all(elements.map((element, i) => inTurn(element, () => void order.push(i))));
    expect(order.join(' ')).to.equal(elements.map((_, i) => i).join(' '));
    expect(modelRequested(), 'many-elements.ts was not imported for twelve').to.equal(true);
    elements.forEach((element) => element.remove());
  });

  it('a work that throws rejects its own turn only', async () => {
    const element = document.body.appendChild(document.createElement('div'));
    const failed = inTurn(element, () => {
      throw new Error('render failed');
    });
    const next = inTurn(element, () => undefined);
    let error: unknown;
    await failed.catch((e: unknown) => (error = e));
    expect(String(error)).to.contain('render failed');
    await next;
    element.remove();
  });
});
