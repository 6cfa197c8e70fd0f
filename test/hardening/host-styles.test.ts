// Regression tests for the host-page findings of test/hardening/pages/host-pages.mjs (which
// compares every element on hostile, Bootstrap and Tailwind pages with a plain page). Here,
// quick and in one page: the same element, measured without and then with a hostile page
// stylesheet, must keep every part's box. What a page may change (font-family, colour, the
// root font size) is held fixed here; see host-pages.mjs for why.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { ProfileElement } from '../../src/core/profile-element.js';
import { SEED_URL } from '../helpers.js';

/** What a hostile page can make reach the inside of a shadow root: inherited properties on <body>, and rules matching the host itself. */
const HOSTILE = {
  // Inherited from <body>: reached the parts before the fix (a plain :host reset did not list them).
  body: `body { font-weight: 900; font-style: italic; letter-spacing: 0.3em; word-spacing: 1em; text-transform: uppercase;
      text-indent: 4em; white-space: nowrap; word-break: break-all; hyphens: auto; font-variant: small-caps;
      font-size: 40px !important; line-height: 5 !important; }`,
  // "*" matches the host: a page rule that matches the host beats a plain :host rule. Not here: line-height,
  // letter-spacing and word-spacing (also through the "font" shorthand). A rule on the host that sets them
  // is how a reader's text-spacing tool works (WCAG 1.4.12), and reaches the text on purpose
  // (test/a11y/text-spacing.test.ts); inherited from <body> (above), they still stop at the host.
  star: `*, *::before, *::after { box-sizing: content-box !important; font-family: inherit !important; font-size: inherit !important;
      font-weight: inherit !important; font-style: inherit !important; text-align: inherit !important; overflow-wrap: normal !important; }`,
};

type Box = [number, number, number, number];

/** Every part's box relative to the element, keyed by its part names and index. */
function boxes(el: Element): Record<string, Box> {
  const host = el.getBoundingClientRect();
  const seen = new Map<string, number>();
  const result: Record<string, Box> = {};
  for (const node of el.shadowRoot!.querySelectorAll('[part]')) {
    const name = node.getAttribute('part')!;
    const n = (seen.get(name) ?? 0) + 1;
    seen.set(name, n);
    const box = node.getBoundingClientRect();
    result[`${name}#${n}`] = [box.left - host.left, box.top - host.top, box.width, box.height].map((v) => Math.round(v * 2) / 2) as Box;
  }
  return result;
}

const frame = (tag: string) => {
  const wrapper = document.createElement('div');
  // Fixed width, font and colour (!important: only so that the page's "*" rule cannot change them):
  // the page's font and colour are inherited on purpose.
  wrapper.setAttribute('style', 'width: 640px !important; font: 16px "DejaVu Sans", sans-serif !important; color: rgb(17, 34, 51) !important');
  wrapper.innerHTML = `<${tag} src="${SEED_URL}"></${tag}>`;
  return wrapper;
};

for (const tag of ['salary-table', 'career-path', 'profession-quiz', 'career-quiz', 'vacancy-teaser']) {
  describe(`<${tag}> on a hostile page`, () => {
    let sheet: HTMLStyleElement | undefined;
    afterEach(() => sheet?.remove());

    for (const [name, css] of Object.entries(HOSTILE)) {
      it(`keeps every part's box with ${name === 'star' ? 'rules on "*"' : 'inherited rules on <body>'}`, async () => {
        const wrapper = await fixture<HTMLElement>(frame(tag));
        const el = wrapper.firstElementChild as ProfileElement;
        await el.settled;
        const plain = boxes(el);
        expect(Object.keys(plain).length).to.be.greaterThan(2);

        sheet = document.createElement('style');
        sheet.textContent = css;
        document.head.append(sheet);
        const hostile = boxes(el);
        expect(hostile).to.deep.equal(plain);
        const base = el.shadowRoot!.querySelector('[part~="base"], [part~="no-vacancies"]')!;
        expect(getComputedStyle(base).boxSizing).to.equal('border-box');
        expect(getComputedStyle(base).fontFamily).to.contain('DejaVu Sans');
      });
    }
  });
}
