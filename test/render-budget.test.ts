// The render budget in two parts (issue 26): turns.ts lets a task render a few profiles on its own;
// past that, the cost model of many-elements.ts decides, imported only then (on the loader's pages a
// chunk fetched only by a page with many elements: test/loader/pages.mjs).
// Its own file: the module state (the task, the model once imported) must start fresh.
import { expect } from '@open-wc/testing';
import { frames, inTurn, mayWorkNow } from '../src/core/turns.js';

const nextTask = () => new Promise((done) => setTimeout(done));

describe('render budget: a few renders in turns.ts, the model imported past them', () => {
  it('a task renders six profiles without the model; the seventh waits, and the model decides from then on', async () => {
    await nextTask();
    const answers = Array.from({ length: 8 }, () => mayWorkNow());
    expect(answers).to.deep.equal([true, true, true, true, true, true, false, false]);
    expect(frames.task?.renders).to.equal(6);
    // The model's import was started by the first "no": in a later task, its answer counts.
    await import('../src/core/many-elements.js');
    await nextTask();
    expect(mayWorkNow(), 'the first of a task always may').to.equal(true);
  });

  it('inTurn runs every work, one after the other, whether the model has loaded or not', async () => {
    await nextTask();
    const order: number[] = [];
    const elements = Array.from({ length: 12 }, () => document.body.appendChild(document.createElement('div')));
    await Promise.all(elements.map((element, i) => inTurn(element, () => void order.push(i))));
    expect(order).to.have.length(12);
    expect([...order].sort((a, b) => a - b)).to.deep.equal(order);
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
