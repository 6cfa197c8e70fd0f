// WCAG 1.4.12 (text spacing): the W3C bookmarklet's values, set by the page on our host (a rule on
// "*", as the bookmarklet does), reach every text inside the shadow root, buttons included, and
// nothing is clipped or overflows. Paragraph spacing is not inherited and no page rule reaches a
// shadow root's <p>, so it is added inside each shadow root (as a reader's user stylesheet would).
import { expect } from '@open-wc/testing';
import { STATES } from './states.js';
import { captureWarnings } from '../helpers.js';

const BOOKMARKLET = '* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }';
const PARAGRAPHS = new CSSStyleSheet();
PARAGRAPHS.replaceSync('p { margin-block-end: 2em !important; }');

const READY = ['ready', 'ready, view="chart"', 'ready, every disclosure open', 'intro', 'question, "choose an answer first"', 'feedback, wrong', 'result', 'empty state, job alert', 'vacancies from a feed', 'error'];

function problemsOf(el: Element): string[] {
  const problems: string[] = [];
  const root = el.shadowRoot!;
  const host = el.getBoundingClientRect();
  const hostSize = parseFloat(getComputedStyle(el).fontSize);
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let text = walker.nextNode(); text; text = walker.nextNode()) {
    const parent = text.parentElement!;
    if (!text.textContent!.trim() || !parent.checkVisibility() || parent.closest('.visually-hidden')) continue;
    const style = getComputedStyle(parent);
    const size = parseFloat(style.fontSize);
    const what = `"${text.textContent!.trim().slice(0, 30)}" in <${parent.localName}>`;
    // Letter and word spacing in em become lengths on the host and are inherited as such (as in any
    // element tree); line-height 1.5 is inherited as the number.
    const wanted = { letterSpacing: hostSize * 0.12, wordSpacing: hostSize * 0.16, lineHeight: size * 1.5 };
    for (const [property, value] of Object.entries(wanted) as [keyof typeof wanted, number][]) {
      if (Math.abs(parseFloat(style[property]) - value) > 0.05) problems.push(`${what}: ${property} ${style[property]}, not ${value.toFixed(2)}px`);
    }
    // Every line of the text inside the element, and inside every box that clips between it and the host.
    const range = document.createRange();
    range.selectNodeContents(text);
    for (const rect of range.getClientRects()) {
      if (rect.right > host.right + 1 || rect.left < host.left - 1 || rect.bottom > host.bottom + 1) problems.push(`${what}: outside the element`);
      for (let box: Element | null = parent; box; box = box.parentElement) {
        const clip = getComputedStyle(box);
        if (clip.overflowX === 'visible' && clip.overflowY === 'visible') continue;
        const b = box.getBoundingClientRect();
        if (rect.right > b.right + 1 || rect.bottom > b.bottom + 1 || rect.left < b.left - 1 || rect.top < b.top - 1) problems.push(`${what}: clipped by <${box.localName}>`);
      }
    }
  }
  if (el.scrollWidth > el.clientWidth + 1) problems.push(`scrolls sideways: ${el.scrollWidth} > ${el.clientWidth}`);
  return problems;
}

describe('text spacing (WCAG 1.4.12)', () => {
  let container: HTMLElement;
  let sheet: HTMLStyleElement;
  let warnings: ReturnType<typeof captureWarnings>;
  beforeEach(() => {
    warnings = captureWarnings();
    container = document.createElement('div');
    document.body.append(container);
  });
  afterEach(() => {
    container.remove();
    sheet?.remove();
    warnings.restore();
  });

  for (const width of [320, 640]) {
    for (const state of STATES.filter((s) => READY.includes(s.name))) {
      it(`<${state.tag}> ${state.name}, ${width} px: the page's text spacing on the host reaches every text, nothing clipped`, async () => {
        container.style.inlineSize = `${width}px`;
        const el = await state.make(container);
        sheet = document.createElement('style');
        sheet.textContent = BOOKMARKLET;
        document.head.append(sheet);
        el.shadowRoot!.adoptedStyleSheets = [...el.shadowRoot!.adoptedStyleSheets, PARAGRAPHS];
        await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
        const button = el.shadowRoot!.querySelector('button');
        if (button) {
          const style = getComputedStyle(button);
          expect(parseFloat(style.letterSpacing), "a button takes the reader's letter spacing").to.be.closeTo(parseFloat(getComputedStyle(el).fontSize) * 0.12, 0.05);
          expect(parseFloat(style.wordSpacing), "a button takes the reader's word spacing").to.be.closeTo(parseFloat(getComputedStyle(el).fontSize) * 0.16, 0.05);
        }
        const problems = problemsOf(el);
        expect(problems, problems.slice(0, 20).join('\n')).to.deep.equal([]);
      });
    }
  }
});
