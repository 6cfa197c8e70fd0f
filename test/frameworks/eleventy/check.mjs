// The Eleventy 3 app: a Markdown, a Nunjucks and a Liquid page, each with a salary table and a career
// path pre-rendered by shortcodes. With JavaScript off the content is there and visible; with it on
// the elements hydrate on the server's nodes, show no error state and log nothing.
import { checkServerNodesKept, markServerNodes, shadowText } from '../helpers.mjs';

const TAGS = ['salary-table', 'career-path'];
const FIRST_FIGURE = /1\.000\s€/;
const TITLE = 'Karriereweg: Kaufmann / Kauffrau für Dialogmarketing';
const BROKEN = 'Das Berufsprofil ist kein gültiges JSON';

async function withoutJavaScript(t, path) {
  const { page } = await t.open(path, { javaScript: false });
  const figure = page.locator('salary-table td, salary-table th').filter({ hasText: FIRST_FIGURE }).first();
  t.check(await figure.isVisible(), `${path}: the salary table's first figure is not visible: ${(await shadowText(page, 'salary-table')).slice(0, 200)}`);
  const title = page.locator('career-path [part~="title"]').first();
  t.check(await title.isVisible(), `${path}: the career path shows no title: ${(await shadowText(page, 'career-path')).slice(0, 200)}`);
  const shown = (await title.textContent()).replace(/\s+/g, ' ').trim();
  t.check(shown === TITLE, `${path}: the career path's title reads "${shown}"`);
}

async function withJavaScript(t, path) {
  const { page, log } = await t.open(path, { init: markServerNodes });
  await page.waitForFunction((tags) => tags.every((tag) => document.querySelector(tag)?.hasUpdated), TAGS, { timeout: 20_000 });
  for (const tag of TAGS) {
    const text = await shadowText(page, tag);
    t.check(!text.includes(BROKEN), `${path}: <${tag}> shows "${BROKEN}"`);
  }
  await checkServerNodesKept(t, page, TAGS);
  t.check(await page.locator('salary-table td, salary-table th').filter({ hasText: FIRST_FIGURE }).first().isVisible(), `${path}: after hydration the salary table's first figure is not visible`);
  t.quiet(log);
}

const PAGES = { Markdown: '/markdown/', Nunjucks: '/nunjucks/', Liquid: '/liquid/' };

export default Object.fromEntries(
  Object.entries(PAGES).flatMap(([kind, path]) => [
    [`${kind} page, JavaScript off: the salary table's first figure and the career path's title are visible`, (t) => withoutJavaScript(t, path)],
    [`${kind} page, JavaScript on: both elements keep the server's nodes, no "kein gültiges JSON", quiet console`, (t) => withJavaScript(t, path)],
  ]),
);
