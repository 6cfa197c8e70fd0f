// The Next.js App Router app (next build + next start): a Server Component page using the React
// wrappers. With JavaScript off the elements' content is in the HTML; with it on, React hydrates
// with no warning, the elements keep the server's nodes, and the quiz's events reach React.
import { checkServerNodesKept, markServerNodes, playQuiz, shadowText } from '../helpers.mjs';

const TAGS = ['salary-table', 'career-path', 'profession-quiz'];
/** The portal page's elements: the profession page and its sections, similar professions and the finder. */
const PORTAL = ['profession-page', 'profession-facts', 'profession-tasks', 'similar-professions', 'profession-finder'];
const FIRST_FIGURE = /1\.000\s€/;

export default {
  'with JavaScript off, each element shows its content from the server HTML': async (t) => {
    const { page } = await t.open('/', { javaScript: false });
    const table = await shadowText(page, 'salary-table');
    t.check(FIRST_FIGURE.test(table), `the salary table shows no first figure: "${table.slice(0, 160)}"`);
    const path = await shadowText(page, 'career-path');
    t.check(/Kaufmann/.test(path), `the career path shows no profession: "${path.slice(0, 160)}"`);
    const quiz = await shadowText(page, 'profession-quiz');
    t.check(quiz.length > 20 && !/lädt|Laden/i.test(quiz.slice(0, 40)), `the quiz shows "${quiz.slice(0, 160)}"`);
    t.check(await page.locator('salary-table td').filter({ hasText: FIRST_FIGURE }).first().isVisible(), 'the first figure is not visible');
  },
  'hydration keeps the server nodes, with no warning in the console': async (t) => {
    const { page, log } = await t.open('/', { init: markServerNodes });
    await checkServerNodesKept(t, page, TAGS);
    t.quiet(log);
  },
  'answering the quiz reaches React: the page shows the score': async (t) => {
    const { page, log } = await t.open('/');
    const state = page.locator('#react-state');
    await page.waitForFunction(() => customElements.get('profession-quiz'));
    t.check((await state.textContent()).includes('Antworten: 0, Ergebnis: offen'), `before the quiz, React shows "${await state.textContent()}"`);
    const result = await playQuiz(page, 'profession-quiz', [1, 2, 1]);
    t.check(result === '3 von 3 Fragen richtig', `the quiz ends with "${result}"`);
    const shown = (await state.textContent()).trim();
    t.check(shown === 'Antworten: 3, Ergebnis: 3', `after three answers, React shows "${shown}"`);
    t.quiet(log);
  },
  'the portal page (profession page, similar professions from the catalog, the finder): in the HTML with JavaScript off': async (t) => {
    const { page } = await t.open('/portal', { javaScript: false });
    const facts = await page.evaluate(() => document.querySelector('profession-page')?.shadowRoot?.textContent.length ?? 0);
    t.check(facts > 0, 'the profession page has no server-rendered shadow root');
    const sections = await page.evaluate(() => [...document.querySelectorAll('profession-page > *')].filter((el) => el.shadowRoot).map((el) => el.localName));
    t.check(sections.includes('profession-facts'), `the profession page's sections rendered on the server: ${sections.join(', ')}`);
    const similar = await page.locator('similar-professions a').count();
    t.check(similar > 0, 'the similar professions list no link');
    const finder = await shadowText(page, 'profession-finder');
    t.check(finder.length > 20, `the finder shows "${finder.slice(0, 120)}"`);
  },
  'the portal page hydrates: the server nodes kept, the console quiet': async (t) => {
    const { page, log } = await t.open('/portal', { init: markServerNodes });
    await checkServerNodesKept(t, page, PORTAL);
    t.quiet(log);
  },
};
