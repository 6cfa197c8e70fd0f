#!/usr/bin/env node
// The loader (dist/cdn/career-widgets.loader.js, issue 15), against the built package (dist/:
// `npm run build` first), in headless Chromium, as a module and as a classic script:
//   - a page with one kind of tag fetches the loader and that tag's self-contained file; a page with
//     two or more of the four fetches chunks/four.js, and a further tag its chunk of four.js's graph;
//     a mixed page, a pre-rendered one and tags added by script get each tag's chunk and the core
//     (issue 26); a missing file is stood in for by the chunks;
//   - a page with none fetches and defines nothing, until a tag is added by script;
//   - pre-rendered markup (career-widgets/ssr) gets the hydration support first, then hydrates
//     without a second copy; a page without it never fetches the hydration support;
//   - included twice, or with a self-contained file, it is quiet and every tag works.
// The pages live under /page/, the loader under /dist/cdn/: a chunk resolved from the page's URL
// instead of the loader's would fail.
//
// Usage: node test/loader/pages.mjs [name-filter]
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderElement } from '../../dist/ssr/render-element.js';
import { check, root, runAll, servePage, test } from '../hardening/pages/harness.mjs';
import { loaderGraph } from '../../scripts/size.mjs';

const SEED = '/profiles/kaufmann-dialogmarketing.json';
const profile = JSON.parse(readFileSync(join(root, 'profiles/kaufmann-dialogmarketing.json'), 'utf8'));
const LOADER = '/dist/cdn/career-widgets.loader.js';
/** The loader's script tag, as a module or as a classic script. */
const loader = (form, src = LOADER) => (form === 'module' ? `<script type="module" src="${src}"></script>` : `<script src="${src}"></script>`);
const FORMS = ['module', 'classic'];

const pageWith = (head, body) =>
  `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>loader</title>${head}</head><body><main>${body}</main></body></html>`;

/** Records the loader's and the chunks' requests, in order, as `start <file>` and `done <file>`. */
/** `chunks/core-Ab12cd34.js` → `chunks/core`; a tag's chunk (`chunks/training-contents.js`) and self-contained file have no hash. */
const unhashed = (file) => {
  const name = file.match(/^(?:chunks\/)?([\w-]+)\.js$/)?.[1];
  return ALL.includes(name) || name === 'hydrate' || name === 'four' ? file.replace(/\.js$/, '') : file.replace(/-[\w-]{8}\.js$/, '');
};

function recordRequests(page) {
  const events = [];
  const file = (url) => new URL(url).pathname.replace(/^(\/track)?\/dist\/cdn\//, '');
  const ours = (url) => /\/dist\/cdn\//.test(url);
  page.on('request', (r) => ours(r.url()) && events.push(`start ${file(r.url())}`));
  page.on('requestfinished', (r) => ours(r.url()) && events.push(`done ${file(r.url())}`));
  page.on('requestfailed', (r) => ours(r.url()) && events.push(`failed ${file(r.url())}`));
  return {
    events,
    /** The files requested, their hashes dropped (`chunks/core-Ab12.js` → `chunks/core`), sorted. */
    files: () => events.filter((e) => e.startsWith('start ')).map((e) => unhashed(e.slice(6))).sort(),
  };
}

/** In the page: waits until every `tag` is defined and its first element shows its profile; says what each shows. */
async function shown(tags) {
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline && !tags.every((tag) => customElements.get(tag))) await new Promise((done) => setTimeout(done, 20));
  const result = {};
  for (const tag of tags) {
    const el = document.querySelector(tag);
    if (customElements.get(tag)) await Promise.race([el.settled, new Promise((done) => setTimeout(done, 5000))]);
    result[tag] = {
      defined: Boolean(customElements.get(tag)),
      ready: Boolean(el?.shadowRoot?.querySelector('[part~="base"]')),
      // Rendered states at the top of the shadow root: more than one is a second copy.
      tops: el?.shadowRoot ? [...el.shadowRoot.children].filter((c) => c.hasAttribute('part')).length : 0,
      text: el?.shadowRoot?.textContent.replace(/\s+/g, ' ').trim().slice(0, 80) ?? '',
    };
  }
  return result;
}

const quiet = (log) => {
  const problems = [...log.errors, ...log.consoleErrors, ...log.warnings];
  check(problems.length === 0, `errors or warnings: ${problems.join(' | ')}`);
};
const defined = (page, tags) => page.evaluate((tags) => tags.filter((tag) => customElements.get(tag)), tags);
const ALL = ['salary-table', 'career-path', 'profession-quiz', 'career-quiz', 'vacancy-teaser', 'profession-facts', 'profession-tasks', 'profession-workplaces', 'profession-suitability', 'training-contents', 'profession-application', 'profession-page', 'similar-professions', 'profession-finder'];

for (const form of FORMS) {
  test(`loader (${form}): one kind of tag fetches its self-contained file and nothing else, and defines only that tag`, async ({ page, log }) => {
    const requests = recordRequests(page);
    await page.goto(servePage(pageWith(loader(form), `<salary-table src="${SEED}"></salary-table><p>text</p><salary-table src="${SEED}" view="table"></salary-table>`)));
    const result = await page.evaluate(shown, ['salary-table']);
    check(result['salary-table'].ready && result['salary-table'].tops === 1, `<salary-table> does not show its profile once: ${JSON.stringify(result)}`);
    check(result['salary-table'].text.includes(profile.name), `<salary-table> does not show the profile's name: ${result['salary-table'].text}`);
    const second = await page.evaluate(async () => {
      const el = document.querySelectorAll('salary-table')[1];
      await el.settled;
      return el.shadowRoot?.textContent.includes('€');
    });
    check(second, 'the second <salary-table> shows no amount');
    const files = requests.files();
    // The loader's model of it (scripts/size.mjs) and what the browser did agree: two requests, no chunk.
    const expected = [...loaderGraph(join(root, 'dist/cdn')).fetches(['salary-table'])].map(unhashed).sort();
    check(JSON.stringify(files) === JSON.stringify(['career-widgets.loader.js', 'salary-table']) && JSON.stringify(files) === JSON.stringify(expected), `requested ${files.join(', ')}; expected ${expected.join(', ')}`);
    check(!requests.events.some((e) => e.startsWith('failed')), `a request failed: ${requests.events.join(', ')}`);
    const tags = await defined(page, ALL);
    check(JSON.stringify(tags) === '["salary-table"]', `defined: ${tags.join(', ')}`);
    quiet(log);
    return `requested: ${files.join(', ')}`;
  });

  test(`loader (${form}): two or more of the four fetch chunks/four.js alone; a further tag added later comes from its graph, without a second core`, async ({ page, log }) => {
    const requests = recordRequests(page);
    const four = ['salary-table', 'career-path', 'profession-quiz', 'vacancy-teaser'];
    await page.goto(servePage(pageWith(loader(form), four.map((tag) => `<${tag} src="${SEED}"></${tag}>`).join(''))));
    const result = await page.evaluate(shown, four);
    for (const [tag, r] of Object.entries(result)) check((r.ready || tag === 'vacancy-teaser') && r.tops === 1 && !r.text.startsWith('Wird geladen'), `<${tag}> does not show its profile once: ${JSON.stringify(r)}`);
    const graph = loaderGraph(join(root, 'dist/cdn'));
    const expected = [...graph.fetches(four)].map(unhashed).sort();
    check(JSON.stringify(requests.files()) === JSON.stringify(expected) && JSON.stringify(expected) === '["career-widgets.loader.js","chunks/four"]', `requested ${requests.files().join(', ')}; expected ${expected.join(', ')}`);
    // four.js defines the four and <career-quiz> (the quiz with other defaults), nothing else.
    check(JSON.stringify(await defined(page, ALL)) === JSON.stringify(['salary-table', 'career-path', 'profession-quiz', 'career-quiz', 'vacancy-teaser']), `defined: ${(await defined(page, ALL)).join(', ')}`);

    await page.evaluate((src) => document.querySelector('main').append(Object.assign(document.createElement('profession-facts'), { src })), SEED);
    const more = await page.evaluate(shown, ['profession-facts']);
    check(more['profession-facts'].ready && more['profession-facts'].tops === 1, `<profession-facts> added later does not show its profile: ${JSON.stringify(more)}`);
    const files = requests.files();
    check(files.includes('chunks/four-profession-facts'), `<profession-facts> did not come from four.js's graph: ${files.join(', ')}`);
    check(!files.some((f) => f === 'chunks/core' || f === 'chunks/profession-facts' || f === 'profession-facts'), `a second core or another graph's file: ${files.join(', ')}`);
    check(!requests.events.some((e) => e.startsWith('failed')), `a request failed: ${requests.events.join(', ')}`);
    quiet(log);
    return `requested: ${files.join(', ')}`;
  });

  test(`loader (${form}): no tag, nothing fetched or defined; a tag added later by script is defined and renders`, async ({ page, log }) => {
    const requests = recordRequests(page);
    await page.goto(servePage(pageWith(loader(form), '<p>no element yet</p>')));
    await page.waitForTimeout(300);
    check(JSON.stringify(requests.files()) === '["career-widgets.loader.js"]', `requested without a tag: ${requests.files().join(', ')}`);
    check((await defined(page, ALL)).length === 0, 'a tag was defined on a page without one');
    // Added later, inside a new subtree (as a framework would render it).
    await page.evaluate((src) => {
      const section = document.createElement('section');
      section.innerHTML = `<career-path src="${src}"></career-path>`;
      document.querySelector('main').append(section);
    }, SEED);
    const result = await page.evaluate(shown, ['career-path']);
    check(result['career-path'].ready && result['career-path'].tops === 1, `<career-path> added later does not show its profile: ${JSON.stringify(result)}`);
    // And one more, created as an element of its own.
    await page.evaluate((src) => document.querySelector('main').append(Object.assign(document.createElement('profession-tasks'), { src })), SEED);
    const more = await page.evaluate(shown, ['profession-tasks']);
    check(more['profession-tasks'].ready, `<profession-tasks> added later does not show its profile: ${JSON.stringify(more)}`);
    const files = requests.files();
    check(!files.includes('chunks/hydrate'), 'the hydration support was fetched for elements that were not pre-rendered');
    check(!files.some((f) => /salary-table|quiz|vacancy/.test(f)), `chunks of tags not on the page: ${files.join(', ')}`);
    // Tags an app adds later get the chunks (a self-contained file per tag would bring Lit again with each).
    check(files.every((f) => f === 'career-widgets.loader.js' || (f.startsWith('chunks/') && !f.startsWith('chunks/four'))), `not the chunks: ${files.join(', ')}`);
    check(JSON.stringify(await defined(page, ALL)) === '["career-path","profession-tasks"]', `defined: ${(await defined(page, ALL)).join(', ')}`);
    quiet(log);
    return `requested: ${files.join(', ')}`;
  });
}

/** Marks a node of every pre-rendered shadow root: hydration must keep it, a fresh render would not. */
function markNodes() {
  for (const el of document.querySelectorAll('[data-case]')) el.shadowRoot.querySelector('[part]').setAttribute('data-server-node', '');
}

for (const form of FORMS) {
  test(`loader (${form}): pre-rendered markup gets the hydration support before the core, and hydrates without a second copy`, async ({ page, log }) => {
    const tags = ['salary-table', 'career-path'];
    const parts = await Promise.all(tags.map(async (tag) => (await renderElement(tag, profile)).replace(`<${tag}`, `<${tag} data-case`)));
    const requests = recordRequests(page);
    // The loader is delayed (through /track/) so that the marks go on before it runs; at the end of the body, as a CMS puts it.
    const html = pageWith('', `${parts.join('\n')}${loader(form, `/track${LOADER}?delay=300`)}`);
    await page.goto(servePage(html), { waitUntil: 'domcontentloaded' });
    const before = await page.evaluate(() => [...document.querySelectorAll('[data-case]')].map((el) => el.shadowRoot.textContent.replace(/\s+/g, ' ').trim()));
    await page.evaluate(markNodes);
    const result = await page.evaluate(shown, tags);
    const after = await page.evaluate(() => [...document.querySelectorAll('[data-case]')].map((el) => el.shadowRoot.textContent.replace(/\s+/g, ' ').trim()));
    const kept = await page.evaluate(() => [...document.querySelectorAll('[data-case]')].map((el) => el.shadowRoot.querySelectorAll('[data-server-node]').length));
    for (const [i, tag] of tags.entries()) {
      check(result[tag].defined && result[tag].ready, `<${tag}> is not ready: ${JSON.stringify(result[tag])}`);
      check(result[tag].tops === 1, `<${tag}>: ${result[tag].tops} rendered states in the shadow root (doubled)`);
      check(kept[i] === 1, `<${tag}>: the server's nodes were replaced (rendered again instead of hydrated)`);
      check(after[i] === before[i], `<${tag}> changed on hydration:\n  before ${before[i].slice(0, 120)}\n  after  ${after[i].slice(0, 120)}`);
    }
    const { events } = requests;
    const hydrated = events.indexOf('done ' + events.find((e) => e.startsWith('start chunks/hydrate.js'))?.slice(6));
    const core = events.findIndex((e) => e.startsWith('start chunks/core-'));
    check(hydrated >= 0, `the hydration support was not fetched: ${events.join(', ')}`);
    check(core > hydrated, `the core was requested before the hydration support had loaded: ${events.join(', ')}`);
    quiet(log);
    return `requested: ${requests.files().join(', ')}`;
  });
}

test('loader (classic, in the head): pre-rendered markup parsed after it still hydrates (the first look waits for the parsed document)', async ({ page, log }) => {
  const html = await renderElement('salary-table', profile);
  // An inline script inside the element, before its shadow root: the parser pauses there (as it does at a
  // network chunk's end), so a look before the document is parsed would find the element without its shadow root.
  const paused = html.replace(/^(<salary-table[^>]*>)/, '$1<script>void 0</script>');
  check(paused !== html, `renderElement's markup does not start with <salary-table>: ${html.slice(0, 60)}`);
  const requests = recordRequests(page);
  await page.goto(servePage(pageWith(loader('classic'), paused)));
  const result = await page.evaluate(shown, ['salary-table']);
  check(result['salary-table'].ready && result['salary-table'].tops === 1, `<salary-table> is not shown once: ${JSON.stringify(result)}`);
  check(requests.files().includes('chunks/hydrate'), `the hydration support was not fetched: ${requests.files().join(', ')}`);
  quiet(log);
});

test('loader: pre-rendered markup inserted after Lit loaded without the hydration support is rendered once, in place', async ({ page, log }) => {
  const requests = recordRequests(page);
  await page.goto(servePage(pageWith(loader('module'), `<salary-table src="${SEED}"></salary-table>`)));
  await page.evaluate(shown, ['salary-table']);
  const html = (await renderElement('career-path', profile)).replace('<career-path', '<career-path data-case');
  // setHTMLUnsafe parses declarative shadow roots (innerHTML does not).
  await page.evaluate((html) => {
    const section = document.createElement('section');
    section.setHTMLUnsafe(html);
    document.querySelector('main').append(section);
  }, html);
  const result = await page.evaluate(shown, ['career-path']);
  check(result['career-path'].ready && result['career-path'].tops === 1, `<career-path> is not shown once: ${JSON.stringify(result)}`);
  check(!requests.files().includes('chunks/hydrate'), 'the hydration support was fetched after Lit had loaded (too late to help)');
  quiet(log);
});

test('loader: included twice (module, classic and a second URL) is quiet; each chunk is fetched once', async ({ page, log }) => {
  const requests = recordRequests(page);
  const head = [loader('classic'), loader('module'), loader('module', `${LOADER}?copy=2`)].join('');
  await page.goto(servePage(pageWith(head, `<salary-table src="${SEED}"></salary-table><career-path src="${SEED}"></career-path>`)));
  const result = await page.evaluate(shown, ['salary-table', 'career-path']);
  for (const [tag, r] of Object.entries(result)) check(r.ready && r.tops === 1, `<${tag}> does not show its profile once: ${JSON.stringify(r)}`);
  const chunks = requests.files().filter((f) => f.startsWith('chunks/'));
  check(new Set(chunks).size === chunks.length, `a chunk was fetched twice: ${chunks.join(', ')}`);
  quiet(log);
  return `requested: ${requests.files().join(', ')}`;
});

// What only some pages need comes when a page uses it (issue 26): the data layer's bridge with `data-layer`.
test('loader: the data layer\'s bridge comes only with data-layer, and pushes the first event', async ({ page, log }) => {
  const inline = `<script type="application/json">${JSON.stringify(profile).replace(/</g, '\\u003c')}</script>`;
  const requests = recordRequests(page);
  await page.goto(servePage(pageWith(loader('module'), `<salary-table>${inline}</salary-table><career-path>${inline}</career-path>`)));
  const result = await page.evaluate(shown, ['salary-table', 'career-path']);
  for (const [tag, r] of Object.entries(result)) check(r.ready && r.tops === 1, `<${tag}> does not show its profile once: ${JSON.stringify(r)}`);
  // Two of the four: four.js's graph, whose bridge is a chunk of its own too.
  const lazy = (files) => files.filter((f) => f === 'chunks/four-data-layer');
  check(lazy(requests.files()).length === 0, `a page without data-layer fetched ${lazy(requests.files()).join(', ')}`);

  // An element that pushes to the data layer: the bridge comes, and its first event is in the layer.
  await page.evaluate((src) => {
    const el = Object.assign(document.createElement('salary-table'), { src });
    el.setAttribute('data-layer', '');
    el.id = 'later';
    document.querySelector('main').append(el);
  }, SEED);
  await page.waitForFunction(() => (window.dataLayer ?? []).some((entry) => entry.widgetId === 'later'), null, { timeout: 10_000 });
  const entries = await page.evaluate(() => window.dataLayer);
  check(entries.length === 1 && entries[0].event === 'career_widgets_profile_load' && entries[0].profession === profile.name,
    `the data layer holds ${JSON.stringify(entries)}`);
  check(lazy(requests.files()).length === 1, `fetched later: ${requests.files().join(', ')}`);
  quiet(log);
  return `requested: ${requests.files().join(', ')}`;
});

// The render budget's model (many-elements.ts) comes only when a task has more profiles to show than a few (issue 26).
test('loader: the render budget\'s model comes only with many elements at once, and every one of them renders', async ({ page, log }) => {
  const inline = `<script type="application/json">${JSON.stringify(profile).replace(/</g, '\\u003c')}</script>`;
  const requests = recordRequests(page);
  const four = ['salary-table', 'career-path', 'profession-quiz', 'vacancy-teaser'];
  await page.goto(servePage(pageWith(loader('module'), four.map((tag) => `<${tag}>${inline}</${tag}>`).join(''))));
  const result = await page.evaluate(shown, four);
  // The teaser without a feed shows its empty state, not a part named base.
  for (const [tag, r] of Object.entries(result)) check((r.ready || tag === 'vacancy-teaser') && r.tops === 1 && !r.text.startsWith('Wird geladen'), `<${tag}> does not show its profile once: ${JSON.stringify(r)}`);
  const model = (files) => files.filter((f) => f === 'chunks/four-many-elements');
  check(model(requests.files()).length === 0, `a page with the four fetched ${model(requests.files()).join(', ')}`);

  // Forty tables given their profile in one task: past the few a task renders alone, the model comes and they all render.
  const shownCount = await page.evaluate(async (data) => {
    const main = document.querySelector('main');
    const tables = Array.from({ length: 40 }, () => Object.assign(document.createElement('salary-table'), { profile: data }));
    main.append(...tables);
    await Promise.all(tables.map((el) => el.settled));
    return tables.filter((el) => el.shadowRoot?.querySelector('[part~="base"]')).length;
  }, profile);
  check(shownCount === 40, `${shownCount} of 40 tables show their profile`);
  check(model(requests.files()).length === 1, `the model was not fetched for 40 tables: ${requests.files().join(', ')}`);
  quiet(log);
  return `requested: ${requests.files().join(', ')}`;
});

test('loader with a self-contained file: the tags it defined are left alone, the others load; quiet', async ({ page, log }) => {
  const requests = recordRequests(page);
  // The self-contained salary-table first (module scripts run in order), then the loader.
  const head = `<script type="module" src="/dist/cdn/salary-table.js"></script>${loader('module')}`;
  await page.goto(servePage(pageWith(head, `<salary-table src="${SEED}"></salary-table><profession-facts src="${SEED}"></profession-facts>`)));
  const result = await page.evaluate(shown, ['salary-table', 'profession-facts']);
  for (const [tag, r] of Object.entries(result)) check(r.ready && r.tops === 1, `<${tag}> does not show its profile once: ${JSON.stringify(r)}`);
  // The one kind left to the loader: its self-contained file.
  const files = requests.files();
  check(!files.some((f) => f.includes('salary-table') && f !== 'salary-table'), `the loader fetched <salary-table>, which the self-contained file had defined: ${files.join(', ')}`);
  check(files.includes('profession-facts'), `the loader did not fetch <profession-facts>'s file: ${files.join(', ')}`);
  quiet(log);
  return `requested: ${requests.files().join(', ')}`;
});

test('loader before the self-contained bundle: both define the same tags of one version; quiet, each tag works once', async ({ page, log }) => {
  const head = `${loader('module')}<script type="module" src="/dist/cdn/career-widgets.js"></script>`;
  await page.goto(servePage(pageWith(head, `<salary-table src="${SEED}"></salary-table><profession-quiz src="${SEED}"></profession-quiz>`)));
  const result = await page.evaluate(shown, ['salary-table', 'profession-quiz']);
  for (const [tag, r] of Object.entries(result)) check(r.ready && r.tops === 1, `<${tag}> does not show its profile once: ${JSON.stringify(r)}`);
  quiet(log);
});

test('loader: a mixed page (one of the four and a section) gets each tag\'s chunk and the core, as the model says', async ({ page, log }) => {
  const requests = recordRequests(page);
  await page.goto(servePage(pageWith(loader('module'), `<salary-table src="${SEED}"></salary-table><profession-facts src="${SEED}"></profession-facts>`)));
  const result = await page.evaluate(shown, ['salary-table', 'profession-facts']);
  for (const [tag, r] of Object.entries(result)) check(r.ready && r.tops === 1, `<${tag}> does not show its profile once: ${JSON.stringify(r)}`);
  const expected = [...loaderGraph(join(root, 'dist/cdn')).fetches(['salary-table', 'profession-facts'])].map(unhashed).sort();
  check(JSON.stringify(requests.files()) === JSON.stringify(expected), `requested ${requests.files().join(', ')}; expected ${expected.join(', ')}`);
  check(expected.includes('chunks/core') && !expected.includes('chunks/four'), `the model: ${expected.join(', ')}`);
  quiet(log);
  return `requested: ${requests.files().join(', ')}`;
});

test('loader: the quiz\'s two tags are one element: a page with both gets the quiz\'s chunk, not four.js', async ({ page, log }) => {
  const requests = recordRequests(page);
  await page.goto(servePage(pageWith(loader('module'), `<profession-quiz src="${SEED}"></profession-quiz><career-quiz src="${SEED}"></career-quiz>`)));
  const result = await page.evaluate(shown, ['profession-quiz', 'career-quiz']);
  for (const [tag, r] of Object.entries(result)) check(r.ready && r.tops === 1, `<${tag}> does not show its profile once: ${JSON.stringify(r)}`);
  const expected = [...loaderGraph(join(root, 'dist/cdn')).fetches(['profession-quiz', 'career-quiz'])].map(unhashed).sort();
  check(JSON.stringify(requests.files()) === JSON.stringify(expected) && expected.includes('chunks/profession-quiz') && !expected.includes('chunks/four'), `requested ${requests.files().join(', ')}; expected ${expected.join(', ')}`);
  quiet(log);
  return `requested: ${requests.files().join(', ')}`;
});

// A tag's own file (issue 26, round four): what only some pages need is a chunk beside it, chunks/<tag>.<module>-<hash>.js.
for (const missing of [false, true]) {
  test(`a tag's own file: the render budget's model and the data layer's bridge come beside it only when a page uses them${missing ? '; answering 404, every element still shows' : ''}`, async ({ page, log }) => {
    if (missing) await page.route(/\/dist\/cdn\/chunks\/salary-table\.[\w-]+\.js$/, (route) => route.fulfill({ status: 404, contentType: 'text/plain', body: 'not here' }));
    const inline = `<script type="application/json">${JSON.stringify(profile).replace(/</g, '\\u003c')}</script>`;
    const requests = recordRequests(page);
    await page.goto(servePage(pageWith('<script type="module" src="/dist/cdn/salary-table.js"></script>', `<salary-table>${inline}</salary-table>`)));
    const result = await page.evaluate(shown, ['salary-table']);
    check(result['salary-table'].ready && result['salary-table'].tops === 1, `<salary-table> does not show its profile once: ${JSON.stringify(result)}`);
    check(JSON.stringify(requests.files()) === '["salary-table"]', `a page with one table fetched ${requests.files().join(', ')}`);

    // Forty tables given their profile in one task: the model comes (or, missing, every one renders in its turn without it).
    const shownCount = await page.evaluate(async (data) => {
      const tables = Array.from({ length: 40 }, () => Object.assign(document.createElement('salary-table'), { profile: data }));
      document.querySelector('main').append(...tables);
      await Promise.all(tables.map((el) => el.settled));
      return tables.filter((el) => el.shadowRoot?.querySelector('[part~="base"]')).length;
    }, profile);
    check(shownCount === 40, `${shownCount} of 40 tables show their profile`);
    check(requests.files().includes('chunks/salary-table.many-elements'), `the model was not asked for: ${requests.files().join(', ')}`);

    // A table that pushes to the data layer: the bridge comes and its first event is in the layer (missing: the table still shows).
    await page.evaluate((src) => {
      const el = Object.assign(document.createElement('salary-table'), { src, id: 'later' });
      el.setAttribute('data-layer', '');
      document.querySelector('main').append(el);
    }, SEED);
    const later = await page.evaluate(async () => {
      const el = document.getElementById('later');
      await el.settled;
      return { shown: !!el.shadowRoot.querySelector('[part~="base"]'), layer: window.dataLayer ?? [] };
    });
    check(later.shown, 'the table with data-layer does not show its profile');
    check(requests.files().includes('chunks/salary-table.data-layer'), `the bridge was not asked for: ${requests.files().join(', ')}`);
    if (!missing) {
      check(later.layer.length === 1 && later.layer[0].event === 'career_widgets_profile_load' && later.layer[0].widgetId === 'later', `the data layer holds ${JSON.stringify(later.layer)}`);
      check(!requests.files().some((f) => f.startsWith('chunks/') && !f.startsWith('chunks/salary-table.')), `fetched another tag's or the loader's chunks: ${requests.files().join(', ')}`);
      quiet(log);
    } else {
      const problems = [...log.errors, ...log.consoleErrors.filter((e) => !/404|Failed to load resource|dynamically imported module/i.test(e)), ...log.warnings];
      check(problems.length === 0, `errors or warnings: ${problems.join(' | ')}`);
    }
    return `requested: ${requests.files().join(', ')}`;
  });
}

test('loader: a copy of dist/cdn/ without the self-contained files or four.js still shows every element (the chunks stand in)', async ({ page, log }) => {
  const missing = [];
  await page.route(/\/dist\/cdn\/(salary-table\.js|chunks\/four\.js)$/, (route) => {
    missing.push(new URL(route.request().url()).pathname);
    return route.fulfill({ status: 404, contentType: 'text/plain', body: 'not here' });
  });
  for (const body of [`<salary-table src="${SEED}"></salary-table>`, `<salary-table src="${SEED}"></salary-table><career-path src="${SEED}"></career-path>`]) {
    await page.goto(servePage(pageWith(loader('module'), body)));
    const tags = body.includes('career-path') ? ['salary-table', 'career-path'] : ['salary-table'];
    const result = await page.evaluate(shown, tags);
    for (const [tag, r] of Object.entries(result)) check(r.ready && r.tops === 1, `<${tag}> is not shown once without its file: ${JSON.stringify(r)}`);
  }
  check(missing.length === 2, `the loader did not try the files first: ${missing.join(', ')}`);
  // The browser reports each 404 itself; nothing else may go wrong.
  const problems = [...log.errors, ...log.consoleErrors.filter((e) => !/404|Failed to load resource|dynamically imported module/i.test(e)), ...log.warnings];
  check(problems.length === 0, `errors or warnings: ${problems.join(' | ')}`);
});

// -- Page markup cannot choose our code (issue 22, item 1) ------------------------------------
// A named <img> or <form> shadows `document.currentScript`, `document.baseURI` and friends. The
// attacker's files are served for any path under /evil/ (as anyone's npm package on a public CDN
// would be): a chunk imported from there sets `window.__pwned`.

/** Markup a CMS comment or forum post could hold: names that shadow the document's built-ins. */
const CLOBBERING = [
  '<img name="currentScript" src="/evil/pkg/x.png" alt="">',
  '<form name="baseURI" action="/evil/"></form>',
  '<img name="readyState" alt="">',
  '<img name="querySelectorAll" alt="">',
  '<img name="addEventListener" alt="">',
].join('');

async function serveEvil(page) {
  const asked = [];
  await page.route('**/evil/**', (route) => {
    asked.push(new URL(route.request().url()).pathname);
    const js = route.request().url().endsWith('.js');
    return route.fulfill({ status: 200, contentType: js ? 'text/javascript' : 'image/png', body: js ? 'window.__pwned = (window.__pwned || 0) + 1;' : '' });
  });
  return asked;
}

for (const [form, where, tag] of [
  ['module', 'head', loader('module')],
  ['classic', 'body end', loader('classic')],
  ['classic defer', 'head', `<script defer src="${LOADER}"></script>`],
  ['module async', 'head', `<script type="module" async src="${LOADER}"></script>`],
]) {
  test(`loader (${form}, in the ${where}): named elements that shadow currentScript, baseURI, readyState … load nothing foreign; the elements work`, async ({ page, log }) => {
    const asked = await serveEvil(page);
    const requests = recordRequests(page);
    const body = `${CLOBBERING}<salary-table src="${SEED}"></salary-table><profession-facts src="${SEED}"></profession-facts>`;
    const html = where === 'head' ? pageWith(tag, body) : pageWith('', body + tag);
    await page.goto(servePage(html));
    const result = await page.evaluate(shown, ['salary-table', 'profession-facts']);
    const pwned = await page.evaluate(() => window.__pwned ?? 0);
    const scripts = asked.filter((path) => path.endsWith('.js'));
    check(pwned === 0 && scripts.length === 0, `the loader imported foreign code: ${scripts.join(', ')} (ran ${pwned} times)`);
    for (const [name, r] of Object.entries(result)) check(r.ready && r.tops === 1, `<${name}> does not show its profile: ${JSON.stringify(r)}`);
    check(!requests.events.some((e) => e.startsWith('failed')), `a request failed: ${requests.events.join(', ')}`);
    quiet(log);
    return `requested: ${requests.files().join(', ')}`;
  });
}

test('loader: its code pasted inline (no src of its own) loads nothing and says so once', async ({ page, log, base }) => {
  const asked = await serveEvil(page);
  const requests = recordRequests(page);
  const code = (await (await fetch(base + LOADER)).text()).replace(/\/\/# sourceMappingURL=.*$/m, '');
  // The page's base points at the attacker: a relative import() from an inline script would resolve there.
  await page.goto(servePage(pageWith(`<base href="/evil/pkg/"><script>${code}</script>`, `<salary-table src="${SEED}"></salary-table>`)));
  await page.waitForTimeout(500);
  check(asked.filter((p) => p.endsWith('.js')).length === 0, `an inline loader imported from the page's base: ${asked.join(', ')}`);
  check(requests.files().filter((f) => f.startsWith('chunks/')).length === 0, `an inline loader fetched chunks: ${requests.files().join(', ')}`);
  const warnings = log.warnings.filter((w) => w.includes('[career-widgets]'));
  check(warnings.length === 1 && /no src of its own/.test(warnings[0]), `expected one warning, got: ${log.warnings.join(' | ')}`);
  check(log.errors.length === 0, `uncaught: ${log.errors.join(' | ')}`);
});

const ok = await runAll({ filter: process.argv[2] ?? '', label: 'loader' });
process.exit(ok ? 0 : 1);
