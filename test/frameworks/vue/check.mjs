// The Vue 3 + Vite app (client-rendered): what a reader sees, Vue hearing the elements' events,
// and a quiet console.
import { playQuiz } from '../helpers.mjs';

/** The first training-year figure of the sample profile (1,000 € a month), as the table writes it. */
const FIRST_FIGURE = /1\.000\s€/;

export default {
  'the salary table shows the profile\'s first figure, visible, and the console stays quiet': async (t) => {
    const { page, log } = await t.open('/');
    const figure = page.locator('salary-table td, salary-table th').filter({ hasText: FIRST_FIGURE }).first();
    await figure.waitFor({ state: 'visible', timeout: 15_000 });
    t.check(await page.locator('salary-table caption').first().isVisible(), 'the salary table has no visible caption');
    t.quiet(log);
  },
  'answering the quiz reaches Vue: it counts the answers and shows the score': async (t) => {
    const { page, log } = await t.open('/');
    const state = page.locator('#vue-state');
    t.check((await state.textContent()).includes('Antworten: 0, Ergebnis: offen'), `before the quiz, Vue shows "${await state.textContent()}"`);
    const result = await playQuiz(page, 'profession-quiz', [1, 2, 1]);
    t.check(result === '3 von 3 Fragen richtig', `the quiz ends with "${result}"`);
    const shown = (await state.textContent()).trim();
    t.check(shown === 'Antworten: 3, Ergebnis: 3', `after three answers, Vue shows "${shown}"`);
    t.quiet(log);
  },
};
