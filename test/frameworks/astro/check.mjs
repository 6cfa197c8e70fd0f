// The Astro app (built under Node 24): a page pre-rendering a salary table and a quiz. With
// JavaScript off the content is there and visible; with it on the elements hydrate on the server's
// nodes, the quiz's event reaches the page's Astro script, and the console stays quiet.
import { checkServerNodesKept, markServerNodes, playQuiz, shadowText } from '../helpers.mjs';

const TAGS = ['salary-table', 'profession-quiz'];
const FIRST_FIGURE = /1\.000\s€/;

export default {
  'JavaScript off: the salary table\'s first figure and the quiz\'s start are visible': async (t) => {
    const { page } = await t.open('/', { javaScript: false });
    const figure = page.locator('salary-table td, salary-table th').filter({ hasText: FIRST_FIGURE }).first();
    t.check(await figure.isVisible(), `the salary table's first figure is not visible: ${(await shadowText(page, 'salary-table')).slice(0, 200)}`);
    t.check(await page.locator('profession-quiz button[part~="button"]').first().isVisible(), `the quiz shows no button: ${(await shadowText(page, 'profession-quiz')).slice(0, 200)}`);
  },
  'JavaScript on: the server\'s nodes kept, the quiz\'s result reaches the Astro script, quiet console': async (t) => {
    const { page, log } = await t.open('/', { init: markServerNodes });
    await checkServerNodesKept(t, page, TAGS);
    const result = await playQuiz(page, 'profession-quiz', [1, 2, 1]);
    t.check(result === '3 von 3 Fragen richtig', `the quiz ends with "${result}"`);
    const shown = (await page.locator('#astro-state').textContent()).trim();
    t.check(shown === 'Ergebnis: 3', `after the quiz, the page shows "${shown}"`);
    t.quiet(log);
  },
};
