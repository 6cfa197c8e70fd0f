// Host pages: every element, with the seed profile, in a 640 px wide frame, on a page with
// aggressive global CSS, on one with Bootstrap 5 and on one with Tailwind's preflight, is
// compared with the same elements on a plain page: the bounding box of every part inside
// each shadow root (relative to its element), and computed styles of every part.
//
// What a host page may change, by the contract, and how the comparison allows for it:
// - font-family and text colour are inherited from the page (README, "Theming"). Each
//   case checks that they are (the parts' computed font-family and colour are the page's);
//   for the box comparison both pages put the elements in a frame with one fixed font and
//   colour, so that glyph widths are the same on both.
// - the size of text follows the root font size: `--cw-font-size` defaults to `1rem`, and
//   every length inside is in rem or em, so a page that sets `html { font-size }` scales the
//   element as a whole (the reader's chosen text size). The plain page is given the same
//   root font size as the host page; nothing else of the host page's is copied.
// Everything else — font-size, line-height, weight, spacing, transform, white space,
// box-sizing of the body or of any element around ours, and any rule on element
// selectors — must leave every box where it is. Tolerance: 0.5 px per edge (sub-pixel
// rounding only; with the same font and width there is no other source of difference).
import { check, servePage, test } from './harness.mjs';

const TOLERANCE = 0.5;
const FRAME_FONT = '"DejaVu Sans"';
const FRAME_COLOR = 'rgb(17, 34, 51)';
const SEED = '/profiles/kaufmann-dialogmarketing.json';
const FEED = '/profiles/feeds/kaufmann-dialogmarketing.json';

/**
 * The elements under test, each in a state that shows its key parts: every tag with the
 * seed profile, the quiz also on its first question, the vacancies from the feed too,
 * and the error state.
 */
const ELEMENTS = [
  ['salary-table', `<salary-table id="salary" src="${SEED}"></salary-table>`],
  ['career-path', `<career-path id="path" src="${SEED}"></career-path>`],
  ['profession-quiz (intro)', `<profession-quiz id="quiz-intro" src="${SEED}"></profession-quiz>`],
  ['career-quiz (question)', `<career-quiz id="quiz-question" src="${SEED}" data-start></career-quiz>`],
  ['vacancy-teaser (empty + job alert)', `<vacancy-teaser id="vacancies-empty" src="${SEED}"></vacancy-teaser>`],
  ['vacancy-teaser (feed)', `<vacancy-teaser id="vacancies-feed" src="${SEED}" feed="${FEED}" limit="4"></vacancy-teaser>`],
  // An inline profile: a page rule showing every script must not show it.
  ['salary-table (inline profile, view=chart)', `<salary-table id="salary-inline" view="chart"><script type="application/json">${'{}'}</script></salary-table>`],
  ['salary-table (error)', `<salary-table id="salary-error" src="/profiles/does-not-exist.json"></salary-table>`],
];

/** Fills in the inline profile placeholder with the seed (loaded once by the case). */
const elementsHtml = (seedJson, frameStyle) =>
  ELEMENTS.map(([, html]) => `<cw-frame${frameStyle ? '' : ' free'}>${html.replace('{}', () => seedJson.replaceAll('</', '<\\/'))}</cw-frame>`).join('\n');

/** The frame every element sits in: a custom tag (no page rule for `div` reaches it), fixed width, font and colour. */
const frameCss = `
  cw-frame { display: block; inline-size: 640px; margin: 0 0 40px; }
  cw-frame:not([free]) { font-family: ${FRAME_FONT} !important; color: ${FRAME_COLOR} !important; }
`;

/** Aggressive global CSS: resets, !important rules on element selectors, huge type on html and body, content-box everywhere. */
const AGGRESSIVE_CSS = `
  html { font-size: 22px !important; line-height: 4 !important; font-family: "Liberation Serif", serif; color: rgb(120, 0, 60) !important; }
  body {
    font-size: 44px !important; line-height: 5 !important; font-weight: 900; font-style: italic;
    letter-spacing: 0.3em; word-spacing: 1em; text-transform: uppercase; text-indent: 4em;
    text-align: justify; white-space: nowrap; word-break: break-all; hyphens: auto; font-variant: small-caps;
    font-family: "Liberation Mono", monospace !important; color: rgb(0, 90, 0) !important;
  }
  /*
   * A reset's rules on "*" match our host element itself. Not line-height, letter-spacing and
   * word-spacing (nor the "font" shorthand, which sets line-height): a rule on the host that sets
   * them is how a reader's text-spacing tool works (WCAG 1.4.12), and the elements let it reach
   * their text on purpose (test/a11y/text-spacing.test.ts). Inherited from body, they stop at the host.
   */
  *, *::before, *::after {
    box-sizing: content-box !important; font-family: inherit !important; font-size: inherit !important;
    font-weight: inherit !important; font-style: inherit !important; text-align: inherit !important; overflow-wrap: normal !important;
  }
  div, p, li, ul, ol, dl, dt, dd, table, caption, tr, td, th, a, button, input, label, fieldset, legend, summary, details, progress, h1, h2, h3, span, strong, form, svg, rect {
    all: unset;
    margin: 1.5em !important; padding: 1em !important; border: 6px solid red !important;
    font-size: 2.5em !important; line-height: 3 !important; letter-spacing: 0.5em !important;
    display: inline !important; float: left !important; position: relative !important; inset: 5px !important;
    width: 300px !important; height: 40px !important; min-width: 0 !important; max-width: none !important;
    color: red !important; background: yellow !important; text-transform: uppercase !important;
    white-space: pre !important; visibility: visible !important; opacity: 0.9 !important;
  }
  svg, rect { width: 10px !important; height: 999px !important; fill: red !important; display: block !important; }
  script { display: block !important; white-space: pre !important; font-size: 30px !important; }
  [part], [class], [role], [aria-busy] { display: none !important; outline: 9px solid red !important; }
`;

const HOSTS = {
  aggressive: `<style>${AGGRESSIVE_CSS}</style>`,
  bootstrap: `<link rel="stylesheet" href="/node_modules/bootstrap/dist/css/bootstrap.css">`,
  tailwind: `<link rel="stylesheet" href="/tailwind-preflight.css">`,
};

function hostHtml({ head = '', body, rootFontSize }) {
  return `<!doctype html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>host page</title>
${head}
<style>${frameCss}${rootFontSize ? `html { font-size: ${rootFontSize}; }` : ''}</style>
<script type="module" src="/dist/cdn/career-widgets.js"></script>
</head>
<body>
${body}
</body>
</html>`;
}

// -- In the page ------------------------------------------------------------------------------

/** Waits until every element has settled, starts the quiz marked data-start, and measures. */
async function measure() {
  const raf = () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
  const within = (promise, ms, what) =>
    Promise.race([promise, new Promise((_, reject) => setTimeout(() => reject(new Error(`${what} within ${ms} ms`)), ms))]);
  await within(customElements.whenDefined('salary-table'), 10_000, '<salary-table> was not defined (did the CDN bundle load?)');
  const elements = [...document.querySelectorAll('cw-frame > *')];
  await within(Promise.all(elements.map((el) => el.settled)), 15_000, 'the elements did not settle');
  for (const el of elements.filter((e) => e.hasAttribute('data-start'))) {
    el.shadowRoot.querySelector('[part="button"]')?.click();
    await el.updateComplete;
  }
  await document.fonts.ready;
  await raf();
  const STYLES = ['display', 'position', 'float', 'boxSizing', 'fontSize', 'lineHeight', 'fontWeight', 'fontStyle', 'fontVariantCaps',
    'letterSpacing', 'wordSpacing', 'textTransform', 'textIndent', 'textAlign', 'whiteSpace', 'wordBreak', 'hyphens',
    'marginTop', 'marginLeft', 'paddingTop', 'paddingLeft', 'borderTopWidth', 'borderLeftWidth', 'visibility', 'opacity'];
  const result = {};
  for (const el of elements) {
    const host = el.getBoundingClientRect();
    const parts = {};
    const seen = new Map();
    for (const node of el.shadowRoot.querySelectorAll('[part]')) {
      // The n-th element with these part names in this shadow root, e.g. "bar#2".
      const name = node.getAttribute('part');
      const n = (seen.get(name) ?? 0) + 1;
      seen.set(name, n);
      const box = node.getBoundingClientRect();
      const style = getComputedStyle(node);
      parts[`${name}#${n}`] = {
        box: [box.left - host.left, box.top - host.top, box.width, box.height],
        style: Object.fromEntries(STYLES.map((p) => [p, style[p]])),
        fontFamily: style.fontFamily,
        color: style.color,
      };
    }
    result[el.id] = { host: [host.width, host.height], hostFontFamily: getComputedStyle(el).fontFamily, parts };
  }
  const body = getComputedStyle(document.body);
  const frame = document.querySelector('cw-frame[free]');
  const frameStyle = frame ? getComputedStyle(frame) : body;
  return {
    elements: result,
    rootFontSize: getComputedStyle(document.documentElement).fontSize,
    page: { fontFamily: frameStyle.fontFamily, color: frameStyle.color },
  };
}

// -- The cases --------------------------------------------------------------------------------

const near = (a, b) => Math.abs(a - b) <= TOLERANCE;

/** Every difference between the elements on the host page and on the plain page. */
function compare(host, plain) {
  const problems = [];
  for (const [id, reference] of Object.entries(plain.elements)) {
    const actual = host.elements[id];
    if (!actual) {
      problems.push(`#${id}: missing on the host page`);
      continue;
    }
    if (!actual.host.every((v, i) => near(v, reference.host[i]))) {
      problems.push(`#${id}: the element is ${actual.host.map(Math.round).join('×')} px, on a plain page ${reference.host.map(Math.round).join('×')}`);
    }
    const names = new Set([...Object.keys(reference.parts), ...Object.keys(actual.parts)]);
    check(Object.keys(reference.parts).length > 0, `#${id}: no part on the plain page`);
    for (const name of names) {
      const [a, r] = [actual.parts[name], reference.parts[name]];
      if (!a || !r) {
        problems.push(`#${id} [part=${name}]: ${a ? 'only on the host page' : 'missing on the host page'}`);
        continue;
      }
      if (!a.box.every((v, i) => near(v, r.box[i]))) {
        problems.push(`#${id} [part=${name}]: box ${a.box.map((v) => v.toFixed(1)).join(',')} vs ${r.box.map((v) => v.toFixed(1)).join(',')} (x,y,w,h)`);
      }
      for (const [property, value] of Object.entries(r.style)) {
        if (a.style[property] !== value) problems.push(`#${id} [part=${name}]: ${property} is ${a.style[property]}, on a plain page ${value}`);
      }
    }
  }
  return problems;
}

async function seedJson(page) {
  return page.evaluate(async (url) => JSON.stringify(await (await fetch(url)).json()), SEED);
}

/** The page's font-family and colour reach every part (the contract: we inherit them). */
function inheritsFontAndColour(measured) {
  const problems = [];
  for (const [id, element] of Object.entries(measured.elements)) {
    if (element.hostFontFamily !== measured.page.fontFamily) problems.push(`#${id}: font-family ${element.hostFontFamily}, the page's is ${measured.page.fontFamily}`);
    // Text colour: parts that draw plain text (not the muted, accent or error ones).
    for (const name of ['base#1', 'caption#1', 'stage-title#1', 'title#1', 'legend#1', 'empty-text#1']) {
      const part = element.parts[name];
      if (part && part.color !== measured.page.color) problems.push(`#${id} [part=${name}]: colour ${part.color}, the page's is ${measured.page.color}`);
    }
  }
  return problems;
}

function summary(problems, max = 25) {
  return `${problems.length} difference(s):\n${problems.slice(0, max).join('\n')}${problems.length > max ? `\n… and ${problems.length - max} more` : ''}`;
}

for (const [name, head] of Object.entries(HOSTS)) {
  test(`host page (${name}): every element keeps its layout (parts' boxes and styles as on a plain page)`, async ({ page, log }) => {
    // The seed, read once, for the inline-profile element.
    await page.goto(servePage('<!doctype html><title>seed</title>'));
    const json = await seedJson(page);

    await page.goto(servePage(hostHtml({ head, body: elementsHtml(json, true) })));
    const host = await page.evaluate(measure);

    await page.goto(servePage(hostHtml({ body: elementsHtml(json, true), rootFontSize: host.rootFontSize })));
    const plain = await page.evaluate(measure);

    check(log.errors.length === 0, `uncaught errors: ${log.errors.join('; ')}`);
    const problems = compare(host, plain);
    check(problems.length === 0, summary(problems));
    const parts = Object.values(plain.elements).reduce((n, e) => n + Object.keys(e.parts).length, 0);
    return `${Object.keys(plain.elements).length} elements, ${parts} parts compared (root font size ${host.rootFontSize})`;
  });

  test(`host page (${name}): the elements take the page's font-family and text colour`, async ({ page }) => {
    await page.goto(servePage('<!doctype html><title>seed</title>'));
    const json = await seedJson(page);
    await page.goto(servePage(hostHtml({ head, body: elementsHtml(json, false) })));
    const measured = await page.evaluate(measure);
    const problems = inheritsFontAndColour(measured);
    check(problems.length === 0, summary(problems));
    return `font-family ${measured.page.fontFamily.slice(0, 40)}…, colour ${measured.page.color}`;
  });
}
