// The pages the benchmark loads, generated in memory at run time. Every page has the
// same host styles (an article column, the host's own typeface), so the variants differ
// only in how the content gets onto the page.

export const TAGS = ['salary-table', 'career-path', 'profession-quiz', 'vacancy-teaser'];
export const SEED = '/profiles/kaufmann-dialogmarketing.json';

const HOST_CSS = `
  body { font-family: Georgia, serif; line-height: 1.5; max-width: 48rem; margin: 2rem auto; padding: 0 1rem; color: #1d1d1f; }
  salary-table, career-path, profession-quiz, vacancy-teaser, iframe { margin-block: 2rem; }
  iframe { display: block; inline-size: 100%; border: 0; }
`;

export function shell({ title, head = '', body, css = HOST_CSS }) {
  return `<!doctype html>
<html lang="de">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<link rel="icon" href="data:,">
<style>${css}</style>
${head}
</head>
<body>
${body}
</body>
</html>
`;
}

/** The profile as a child script, as an editor would paste it (`<` escaped, so no text can end the script). */
export const inlineProfile = (profile) =>
  `<script type="application/json">${JSON.stringify(profile).replace(/</g, '\\u003c')}</script>`;

/** The bundle as the README tells a site to load it. */
export const bundleScript = (bundle) => `<script type="module" src="${bundle}"></script>`;

/**
 * Records `window.__ready` (ms since navigation) once every element is defined and
 * settled (its profile read and rendered), after a forced style and layout pass.
 */
export const READY_ELEMENTS = `<script type="module">
  const elements = [...document.querySelectorAll('${TAGS.join(', ')}')];
  await Promise.all(elements.map(async (el) => { await customElements.whenDefined(el.localName); await el.settled; }));
  document.documentElement.getBoundingClientRect();
  window.__ready = performance.now();
  console.debug('bench:ready');
</script>`;

/** The same mark for a static page: the parser has reached the end of the content. */
export const READY_STATIC = `<script>
  document.documentElement.getBoundingClientRect();
  window.__ready = performance.now();
  console.debug('bench:ready');
</script>`;

/**
 * The same mark for iframes: the page's load event waits for every frame (and a frame's load,
 * for its module scripts); then any element in a frame settles, and each frame is laid out.
 */
export const READY_FRAMES = `<script type="module">
  if (document.readyState !== 'complete') await new Promise((done) => addEventListener('load', done, { once: true }));
  const frames = [...document.querySelectorAll('iframe')].map((frame) => frame.contentDocument);
  await Promise.all(frames.flatMap((doc) => [...doc.querySelectorAll('${TAGS.join(', ')}')].map((el) => el.settled)));
  for (const doc of frames) doc.documentElement.getBoundingClientRect();
  document.documentElement.getBoundingClientRect();
  window.__ready = performance.now();
  console.debug('bench:ready');
</script>`;

/** A frame's own page: one element's markup (static, or the element with the bundle in `head`), nothing else. */
export const framePage = (tag, markup, head = '') =>
  shell({ title: tag, head, body: markup, css: `body { font-family: Georgia, serif; line-height: 1.5; margin: 0; color: #1d1d1f; }` });

/**
 * Runs in the page: the rendered elements as static HTML, each shadow root as a declarative
 * one (`<template shadowrootmode="open">`) holding its adopted styles as a `<style>`.
 * Light-DOM children (the inline profile) are left out: a static page needs no data.
 */
export function serializeRendered(tags) {
  const escape = (value) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
  return [...document.querySelectorAll(tags.join(', '))].map((el) => {
    const root = el.shadowRoot;
    if (!root || root.querySelector('[aria-busy="true"], [part="error"]')) throw new Error(`<${el.localName}> has not rendered its profile`);
    if ([...root.querySelectorAll('*')].some((node) => node.shadowRoot)) throw new Error(`<${el.localName}> holds a nested shadow root`);
    const css = root.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText)).join('\n');
    const attributes = [...el.attributes].filter((a) => a.name !== 'src').map((a) => ` ${a.name}="${escape(a.value)}"`).join('');
    return {
      tag: el.localName,
      height: Math.ceil(el.getBoundingClientRect().height),
      html: `<${el.localName}${attributes}><template shadowrootmode="open"><style>${css}</style>${root.innerHTML}</template></${el.localName}>`,
    };
  });
}

/** Paragraphs of an invented article about the profession, for the layout-shift pages. */
export const ARTICLE = [
  'Wer gern mit Menschen spricht, am Telefon wie im Chat, und dabei den Überblick über Kundendaten, Aufträge und Zahlen behält, findet im Dialogmarketing einen Beruf mit vielen Wegen.',
  'Die Ausbildung dauert drei Jahre und findet im Betrieb und in der Berufsschule statt. Was sie zahlt, zeigt die Tabelle:',
  'Nach der Ausbildung geht es in einem Kundenservice-Center, bei einem Versandhändler oder in einer Agentur weiter. Wie der Weg aussehen kann:',
  'Ob der Beruf zu dir passt, findest du mit ein paar Fragen heraus:',
  'Offene Ausbildungsplätze in deiner Nähe:',
  'Mehr über Bewerbung, Berufsschule und Prüfungen erfährst du bei deiner Arbeitsagentur und bei der Industrie- und Handelskammer in deiner Region.',
];

/** An article that embeds the four elements between its paragraphs; `embed(tag)` gives each element's markup. */
export function articlePage({ title, head, embed }) {
  const [lead, ...rest] = ARTICLE;
  const body = [`<article>`, `<h1>Kaufmann / Kauffrau für Dialogmarketing</h1>`, `<p>${lead}</p>`];
  TAGS.forEach((tag, i) => body.push(`<p>${rest[i]}</p>`, embed(tag)));
  body.push(`<p>${rest.at(-1)}</p>`, `</article>`);
  return shell({ title, head, body: body.join('\n') });
}
