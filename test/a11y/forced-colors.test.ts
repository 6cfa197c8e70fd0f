// Forced colours (Windows high contrast), emulated with `forced-colors: active` in a light and a
// dark system palette: what carries meaning stays visible. Screenshots of the painted pixels for
// the quiz's progress, the career path's markers and the salary bars (a background that forced
// colours drop would leave only the canvas), and computed borders for the quiz's chosen, right and
// wrong options, which must differ from a plain option and from each other, not only in colour.
import { expect } from '@open-wc/testing';
import { backgroundOf, parseColor, pixels, ratio, screenshotPixels } from './contrast.js';
import { STATES, emulateMedia } from './states.js';
import { captureWarnings } from '../helpers.js';
import type { ProfileElement } from '../../src/core/profile-element.js';

const state = (tag: string, name: string) => STATES.find((s) => s.tag === tag && s.name === name)!;

/** The share of pixels in `box` (viewport px) that stand out from `background` by 3:1 or more. */
async function paintedShare(box: { x: number; y: number; width: number; height: number }, background: ReturnType<typeof parseColor>) {
  const clip = { x: Math.round(box.x + scrollX), y: Math.round(box.y + scrollY), width: Math.max(1, Math.round(box.width)), height: Math.max(1, Math.round(box.height)) };
  const { data } = await screenshotPixels(clip);
  let painted = 0;
  for (let i = 0; i < data.length; i += 4) if (ratio([data[i], data[i + 1], data[i + 2], 1], background) >= 3) painted++;
  return painted / (data.length / 4);
}

/** Where an element's ::after marker is painted, in viewport px. */
function markerBox(node: Element) {
  const box = node.getBoundingClientRect();
  const after = getComputedStyle(node, '::after');
  return { x: box.left + parseFloat(after.left), y: box.top + parseFloat(after.top), width: parseFloat(after.width), height: parseFloat(after.height) };
}

const border = (node: Element) => {
  const s = getComputedStyle(node);
  return `${s.borderTopWidth} ${s.borderTopStyle} ${s.borderTopColor}`;
};

for (const scheme of ['light', 'dark']) {
  describe(`forced colours (${scheme} system palette)`, () => {
    let container: HTMLElement;
    let warnings: ReturnType<typeof captureWarnings>;
    beforeEach(async () => {
      warnings = captureWarnings();
      await emulateMedia([{ name: 'forced-colors', value: 'active' }, { name: 'prefers-color-scheme', value: scheme }]);
      container = document.createElement('div');
      container.style.inlineSize = '640px';
      document.body.append(container);
    });
    afterEach(async () => {
      container.remove();
      warnings.restore();
      await emulateMedia([]);
    });

    it('shows the quiz progress: its value stands out from its track', async () => {
      const el = await state('profession-quiz', 'question').make(container);
      expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
      const progress = el.shadowRoot!.querySelector('progress')!;
      const [value, track] = await pixels(progress, [0.1, 0.97]);
      expect(ratio(value, track), `value ${value} on track ${track}`).to.be.at.least(3);
    });

    it('shows every stage marker, step marker and exam diamond of the career path', async () => {
      const el = await state('career-path', 'ready').make(container);
      const markers = [...el.shadowRoot!.querySelectorAll('.stage, .step')];
      expect(markers.length).to.be.greaterThan(6);
      const missing: string[] = [];
      for (const node of markers) {
        // A filled dot or diamond covers well over half its box, a ring about half; the line through a
        // marker's box alone covers under a tenth.
        // The marker sits at the top of its stage or step, which may be taller than the viewport.
        node.scrollIntoView({ block: 'start' });
        const share = await paintedShare(markerBox(node), backgroundOf(node));
        if (share < 0.3) missing.push(`${node.className}: ${(share * 100).toFixed(0)} % painted`);
      }
      expect(missing).to.deep.equal([]);
    });

    it('shows the salary bars against their track', async () => {
      const el = await state('salary-table', 'ready, view="chart"').make(container);
      for (const bar of el.shadowRoot!.querySelectorAll('.bar')) {
        const [fill] = await pixels(bar, [0.02]);
        expect(ratio(fill, backgroundOf(bar)), `${bar.parentElement!.className}`).to.be.at.least(3);
      }
    });

    it('marks the chosen, the right and the wrong option by more than colour, and each visibly', async () => {
      const chosen = (await state('profession-quiz', 'question, an option checked').make(container)) as ProfileElement;
      const options = [...chosen.shadowRoot!.querySelectorAll('.option')];
      const selected = options.find((o) => o.classList.contains('selected'))!;
      const plainOption = options.find((o) => !o.classList.contains('selected'))!;
      const shape = (s: string) => s.split(' ').slice(0, 2).join(' ');
      expect(shape(border(selected)), 'the chosen option').to.not.equal(shape(border(plainOption)));
      const visible = (node: Element) =>
        expect(ratio(parseColor(getComputedStyle(node).borderTopColor), backgroundOf(node.parentElement)), border(node)).to.be.at.least(3);
      visible(selected);
      chosen.remove();

      const answered = await state('profession-quiz', 'feedback, wrong').make(container);
      const marks = [...answered.shadowRoot!.querySelectorAll('.option')];
      const right = marks.find((o) => o.classList.contains('right'))!;
      const wrong = marks.find((o) => o.classList.contains('wrong'))!;
      const other = marks.find((o) => !o.classList.contains('right') && !o.classList.contains('wrong'))!;
      const shapes = [right, wrong, other].map((o) => shape(border(o)));
      expect(new Set(shapes).size, `right, wrong, other: ${shapes.join(' | ')}`).to.equal(3);
      visible(right);
      visible(wrong);
    });
  });
}
