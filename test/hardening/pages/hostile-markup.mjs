// Hostile markup on the host page (issue 22, items 1 and 4), with the CDN bundle as a teacher pastes it:
// - named elements that shadow the document's built-ins (`<form name="baseURI">`, `<img name="readyState">`)
//   change nothing we show: every link stays a link, the feed loads (it once failed with "Invalid base");
// - `<profession-page>` keeps its inline profile however the script comes: the classic bundle in <head>
//   (the element is upgraded before the parser reaches its children), `defer`, the module at the end of
//   the body, and a script child added after the element is connected;
// - a URL fragment that does not decode (`#%`, `#%E0%A4%A`, `#%ZZ`) is no error; one that decodes still scrolls.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cdnScript, check, root, servePage, test } from './harness.mjs';

const SEED = '/profiles/kaufmann-dialogmarketing.json';
const FEED = '/profiles/feeds/kaufmann-dialogmarketing.json';
const seed = readFileSync(join(root, 'profiles/kaufmann-dialogmarketing.json'), 'utf8');
const IIFE = '<script src="/dist/cdn/career-widgets.iife.js"></script>';

const pageWith = (head, body) =>
  `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>hostile markup</title>${head}</head><body><main>${body}</main></body></html>`;

/**
 * Markup a CMS comment could hold: each name shadows that property of `document`, every one that our
 * code reads. (Lit's own calls are not ours: `<img name="createElement">`, `createTreeWalker`,
 * `importNode`, `createComment` or `createTextNode` stop every Lit element on the page, ours and any
 * other library's. No foreign code runs; the README's security section says so.)
 */
const CLOBBERING = ['baseURI', 'readyState', 'querySelectorAll', 'currentScript', 'addEventListener', 'defaultView']
  .map((name, i) => (i % 2 ? `<img name="${name}" alt="">` : `<form name="${name}"></form>`))
  .join('');

/** In the page: every element of ours settled; its links and what each shows. */
async function survey() {
  // The test reads the page past its clobbered names too.
  const all = (selector) => [...Document.prototype.querySelectorAll.call(document, selector)];
  await customElements.whenDefined('profession-page');
  let ours = [];
  // Settled until no new element appears (the page's sections come after its own load).
  for (let count = -1; count !== ours.length; ) {
    count = ours.length;
    ours = all('*').filter((el) => el.localName.includes('-') && el.shadowRoot);
    await Promise.all(ours.map((el) => el.settled));
    await new Promise((done) => setTimeout(done, 100));
  }
  // Links to the page itself named by their fragment: the two pages have different URLs.
  const links = ours.flatMap((el) => [...el.shadowRoot.querySelectorAll('a[href]')].map((a) => a.href.replace(location.href.split('#')[0], '')));
  const errors = ours.filter((el) => el.shadowRoot.querySelector('[part~="error"]')).map((el) => el.localName);
  const notices = ours.filter((el) => el.shadowRoot.querySelector('[part~="notice"]')).map((el) => el.localName);
  return { count: ours.length, links, errors, notices };
}

test('hostile markup: names that shadow baseURI, readyState, querySelectorAll … change no link, no feed, no structured data', async ({ page, log }) => {
  const body = `<profession-page src="${SEED}" feed="${FEED}" structured-data></profession-page>`;
  await page.goto(servePage(pageWith(cdnScript(), body)));
  const clean = await page.evaluate(survey);
  await page.goto(servePage(pageWith(cdnScript(), CLOBBERING + body)));
  const clobbered = await page.evaluate(survey);
  const jsonLd = await page.evaluate(() => Document.prototype.querySelectorAll.call(document, 'script[type="application/ld+json"]').length);
  check(clean.links.length > 5, `the clean page shows only ${clean.links.length} links`);
  const missing = clean.links.filter((link) => !clobbered.links.includes(link));
  check(JSON.stringify(clobbered.links) === JSON.stringify(clean.links), `links differ (${clean.links.length} on the clean page, ${clobbered.links.length} here); missing: ${missing.join(' ')}`);
  check(clobbered.errors.length === 0 && clobbered.notices.length === clean.notices.length, `errors or notices: ${JSON.stringify(clobbered)}`);
  check(jsonLd > 0, 'no structured data was written');
  check(log.errors.length === 0, `uncaught: ${log.errors.join(' | ')}`);
  check(log.warnings.filter((w) => w.includes('career-widgets')).length === 0, `warnings: ${log.warnings.join(' | ')}`);
  return `${clobbered.count} elements, ${clobbered.links.length} links, ${jsonLd} JSON-LD scripts`;
});

/** In the page: the profession page's sections and whether its inline script is still there. */
async function pageState() {
  const el = document.querySelector('profession-page');
  await customElements.whenDefined('profession-page');
  await el.settled;
  await Promise.all([...el.children].map((child) => child.settled));
  return {
    script: Boolean(el.querySelector(':scope > script[type="application/json"]')),
    sections: [...el.children].filter((c) => c.localName !== 'script').length,
    error: el.shadowRoot.querySelector('[part~="error"]')?.textContent.trim() ?? '',
    title: el.shadowRoot.querySelector('[part~="title"]')?.textContent.trim() ?? '',
  };
}

const inline = `<profession-page><script type="application/json">${seed}</script></profession-page>`;
for (const [how, head, body] of [
  ['the classic bundle in <head>', IIFE, inline],
  ['the classic bundle deferred', IIFE.replace('<script ', '<script defer '), inline],
  ['the module at the end of the body', '', inline + cdnScript()],
]) {
  test(`profession-page keeps its inline profile: ${how}`, async ({ page, log }) => {
    await page.goto(servePage(pageWith(head, body)));
    const state = await page.evaluate(pageState);
    check(state.script, 'the inline profile script is gone');
    check(!state.error && state.sections >= 8 && state.title.startsWith('Kaufmann'), `not the seed page: ${JSON.stringify(state)}`);
    check(log.errors.length === 0, `uncaught: ${log.errors.join(' | ')}`);
    return `${state.sections} sections`;
  });
}

test('profession-page keeps a profile script added after it is connected, and then a newer one', async ({ page, log }) => {
  await page.goto(servePage(pageWith(IIFE, '<profession-page></profession-page>')));
  await page.evaluate(async () => {
    await customElements.whenDefined('profession-page');
    await new Promise((done) => setTimeout(done, 50));
  });
  const add = (json) =>
    page.evaluate((json) => {
      const script = document.createElement('script');
      script.type = 'application/json';
      script.textContent = json;
      const el = document.querySelector('profession-page');
      el.querySelector(':scope > script')?.remove();
      el.append(script);
    }, json);
  await add(seed);
  const first = await page.evaluate(pageState);
  check(first.script && first.sections >= 8 && first.title.startsWith('Kaufmann'), `after the first script: ${JSON.stringify(first)}`);
  await add(JSON.stringify({ ...JSON.parse(seed), name: 'Zweites Profil' }));
  await page.waitForTimeout(50);
  const second = await page.evaluate(pageState);
  check(second.script && second.sections >= 8 && second.title === 'Zweites Profil', `after the second script: ${JSON.stringify(second)}`);
  check(log.errors.length === 0, `uncaught: ${log.errors.join(' | ')}`);
});

for (const fragment of ['%', '%E0%A4%A', '%ZZ', '%25', 'bewerbung']) {
  test(`profession-page with the fragment #${fragment}: no error; a section it names is scrolled to`, async ({ page, log }) => {
    await page.setViewportSize({ width: 800, height: 600 });
    const url = servePage(pageWith(cdnScript(), `<profession-page src="${SEED}"></profession-page>`));
    await page.goto(`${url}#${fragment}`);
    const state = await page.evaluate(pageState);
    check(!state.error && state.sections >= 8, `not the seed page: ${JSON.stringify(state)}`);
    await page.waitForTimeout(200);
    const top = await page.evaluate(() => document.getElementById('bewerbung').getBoundingClientRect().top);
    if (fragment === 'bewerbung') check(Math.abs(top) < 40, `#bewerbung is at ${top} px, not scrolled to`);
    check(log.errors.length === 0, `uncaught: ${log.errors.join(' | ')}`);
  });
}
