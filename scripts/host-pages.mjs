// The host pages the gallery (scripts/gallery.mjs) and the design checks (test/design/run.mjs) look at:
// every element of ours in the states a reader meets, for one profile, on a light-only or a dark-only
// host page (what the page declares, nothing else: its canvas and text are the browser's), and the
// in-page code that brings a quiz to a state.

/** The host pages by scheme: what they declare, and the reader's system setting (the opposite, to see that the page wins). */
export const SCHEMES = {
  light: { css: '', system: 'dark' },
  dark: { css: ':root { color-scheme: dark; }', system: 'light' },
};

/** Profiles written in English go on an English page. */
export const langOf = (slug) => (slug.endsWith('-en') ? 'en' : 'de');

/**
 * The cases for one profile (slug of profiles/<slug>.json): `{ element, state, html, quiz?, finder? }`,
 * `quiz` being 'start' | 'wrong' | 'result', `finder` 'start' | 'question' | 'result' (see prepare).
 * The vacancy feed exists for the seed only.
 */
export function cases(slug) {
  const src = `/profiles/${slug}.json`;
  const feed = slug === 'kaufmann-dialogmarketing' ? ' feed="/profiles/feeds/kaufmann-dialogmarketing.json"' : '';
  const catalog = 'catalog="/profiles/catalog.json" href-pattern="/demo/portal.html?beruf={slug}"';
  return [
    { element: 'salary-table', state: 'table', html: `<salary-table src="${src}"></salary-table>` },
    { element: 'salary-table', state: 'chart', html: `<salary-table view="chart" src="${src}"></salary-table>` },
    { element: 'career-path', state: 'ready', html: `<career-path src="${src}"></career-path>` },
    { element: 'quiz', state: 'start', html: `<profession-quiz src="${src}"></profession-quiz>`, quiz: 'start' },
    { element: 'quiz', state: 'wrong', html: `<profession-quiz src="${src}"></profession-quiz>`, quiz: 'wrong' },
    { element: 'quiz', state: 'result', html: `<profession-quiz src="${src}"></profession-quiz>`, quiz: 'result' },
    { element: 'vacancy-teaser', state: feed ? 'feed' : 'ready', html: `<vacancy-teaser src="${src}"${feed}></vacancy-teaser>` },
    { element: 'similar-professions', state: 'ready', html: `<similar-professions src="${src}" ${catalog}></similar-professions>` },
    ...['start', 'question', 'result'].map((state) => ({ element: 'profession-finder', state, html: `<profession-finder ${catalog} items="/profiles/finder-items.json"></profession-finder>`, finder: state })),
    { element: 'profession-page', state: 'whole', html: `<profession-page src="${src}" heading-level="1"></profession-page>`, big: true },
  ];
}

/** A host page holding `list` (from cases()), each in a `<section data-case="element-state">`. */
export function hostPage(list, { scheme = 'light', lang = 'de' } = {}) {
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>host</title><link rel="icon" href="data:,">
<style>${SCHEMES[scheme].css} body { font-family: system-ui, sans-serif; margin: 16px; } section { margin-block: 32px; }</style>
<script type="module" src="/dist/cdn/career-widgets.js"></script></head><body>
${list.map((c) => `<section data-case="${c.element}-${c.state}"${c.quiz ? ` data-quiz="${c.quiz}"` : ''}${c.finder ? ` data-finder="${c.finder}"` : ''}>${c.html}</section>`).join('\n')}
</body></html>`;
}

/**
 * In the page: waits for every element to settle, brings each quiz (`section[data-quiz]`) to its state —
 * 'start' (as loaded), 'wrong' (the first question answered wrongly and confirmed), 'result' (every
 * question answered, the first wrongly), and each finder (`section[data-finder]`) — 'start', 'question'
 * (its first page of questions), 'result' (every question answered, the answers varied) — then waits
 * for the fonts. Uses what a reader uses: the start button, the radios (a quiz radio's value is the
 * option's index in the profile), the submit button.
 */
export async function prepare() {
  await Promise.all(['profession-quiz', 'salary-table'].map((tag) => customElements.whenDefined(tag)));
  const ours = () => [...document.querySelectorAll('*')].filter((el) => el.localName.includes('-') && 'settled' in el);
  await Promise.all(ours().map((el) => el.settled));
  for (const section of document.querySelectorAll('section[data-quiz]')) {
    const plan = section.dataset.quiz;
    const quiz = section.firstElementChild;
    if (plan === 'start') continue;
    const profile = await (await fetch(quiz.getAttribute('src'))).json();
    const root = quiz.shadowRoot;
    const act = async (node, what) => {
      if (!node) throw new Error(`quiz (${plan}): no ${what} in ${root.innerHTML.slice(0, 300)}`);
      node.click();
      await quiz.updateComplete;
    };
    if (!root.querySelector('input[type="radio"]')) await act(root.querySelector('button'), 'start button');
    const questions = profile.quiz.questions;
    for (const [i, question] of questions.entries()) {
      const answer = i === 0 ? (question.correctOption + 1) % question.options.length : question.correctOption;
      await act([...root.querySelectorAll('input[type="radio"]')].find((radio) => radio.value === String(answer)), `radio ${answer}`);
      await act(root.querySelector('button[type="submit"]'), 'submit button');
      if (plan === 'wrong') break;
      await act(root.querySelector('button[type="submit"]'), 'next button');
    }
  }
  for (const section of document.querySelectorAll('section[data-finder]')) {
    const plan = section.dataset.finder;
    const finder = section.firstElementChild;
    const root = finder.shadowRoot;
    if (plan === 'start') continue;
    const act = async (node, what) => {
      if (!node) throw new Error(`finder (${plan}): no ${what} in ${root.innerHTML.slice(0, 300)}`);
      node.click();
      await finder.updateComplete;
    };
    await act(root.querySelector('button'), 'start button');
    if (plan === 'question') continue;
    for (let page = 0; root.querySelector('input[type="radio"]'); page++) {
      if (page > 50) throw new Error('finder: still asking after 50 pages');
      // Every question on the page answered, each with another answer (a varied result).
      for (const [i, fieldset] of [...root.querySelectorAll('fieldset')].entries()) {
        const radios = fieldset.querySelectorAll('input[type="radio"]');
        if (radios.length) await act(radios[(page + i) % radios.length], 'radio');
      }
      await act(root.querySelector('button[type="submit"]'), 'submit button');
    }
  }
  await Promise.all(ours().map((el) => el.settled));
  await document.fonts.ready;
}
