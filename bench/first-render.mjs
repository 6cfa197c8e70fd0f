// First render: navigation → every element rendered and laid out (`window.__ready`),
// for our elements, the static HTML of the same markup (the limit), and four iframes.
// Variants are interleaved round by round in a shuffled order, after warm-up rounds,
// so that noise from the machine falls on every variant alike.
import {
  READY_ELEMENTS, READY_FRAMES, READY_STATIC, SEED, TAGS, bundleScript, framePage, inlineProfile, serializeRendered, shell,
} from './lib/pages.mjs';
import { visit } from './lib/browser.mjs';
import { medianCI, ratioCI } from './lib/stats.mjs';
import { answerQuiz, buildPrerenderedPage, observePaint, readPaint } from './prerender.mjs';

const HUNDRED = 100;

/** Builds the variants' pages into `pages`; the static ones from our own rendered output. */
export async function buildPages({ browser, origin, pages, bundle, prerendered }) {
  const seed = JSON.parse(pages.get(SEED));
  // 100 salary tables, each with only what it reads: a salary comparison page.
  const salaryOnly = { schemaVersion: seed.schemaVersion, name: seed.name, salary: seed.salary };

  pages.set('/bench/four.html', shell({
    title: 'four elements, inline profile',
    head: bundleScript(bundle),
    body: `<main>\n${TAGS.map((tag) => `<${tag}>${inlineProfile(seed)}</${tag}>`).join('\n')}\n</main>\n${READY_ELEMENTS}`,
  }));
  pages.set('/bench/four-src.html', shell({
    title: 'four elements, src profile',
    head: bundleScript(bundle),
    body: `<main>\n${TAGS.map((tag) => `<${tag} src="${SEED}"></${tag}>`).join('\n')}\n</main>\n${READY_ELEMENTS}`,
  }));
  if (prerendered) buildPrerenderedPage(pages, bundle, prerendered);
  pages.set('/bench/hundred.html', shell({
    title: '100 salary tables',
    head: bundleScript(bundle),
    body: `<main>\n${Array.from({ length: HUNDRED }, () => `<salary-table>${inlineProfile(salaryOnly)}</salary-table>`).join('\n')}\n</main>\n${READY_ELEMENTS}`,
  }));

  const snapshot = async (path) => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${origin}${path}`);
    await page.waitForFunction(() => window.__ready);
    const elements = await page.evaluate(serializeRendered, TAGS);
    await page.close();
    return elements;
  };
  const four = await snapshot('/bench/four.html');
  const hundred = await snapshot('/bench/hundred.html');
  pages.set('/bench/four-static.html', shell({
    title: 'four elements, static HTML',
    body: `<main>\n${four.map((el) => el.html).join('\n')}\n</main>\n${READY_STATIC}`,
  }));
  pages.set('/bench/hundred-static.html', shell({
    title: '100 salary tables, static HTML',
    body: `<main>\n${hundred.map((el) => el.html).join('\n')}\n</main>\n${READY_STATIC}`,
  }));
  // Iframes as a career site embeds a provider's pages today: each frame a page of its own, sized
  // by the embedder. Two kinds of frame page: the static markup (the least an iframe can cost),
  // and the element itself with the bundle (the same widget, offered as an iframe).
  const iframes = (kind) =>
    shell({
      title: `four iframes, ${kind} pages`,
      body: `<main>\n${four.map((el) => `<iframe src="/bench/frame-${kind}-${el.tag}.html" title="${el.tag}" height="${el.height}"></iframe>`).join('\n')}\n</main>\n${READY_FRAMES}`,
    });
  for (const el of four) {
    pages.set(`/bench/frame-static-${el.tag}.html`, framePage(el.tag, el.html));
    pages.set(`/bench/frame-element-${el.tag}.html`, framePage(el.tag, `<${el.tag}>${inlineProfile(seed)}</${el.tag}>`, bundleScript(bundle)));
  }
  pages.set('/bench/four-iframes.html', iframes('static'));
  pages.set('/bench/four-iframes-element.html', iframes('element'));
  return { four, hundred };
}

// `paint`: the page's LCP is read too (after the ready mark, so it costs the sample nothing);
// `quiz`: a reader clicks the quiz from navigation on, until it answers (bench/prerender.mjs).
export const VARIANTS = [
  { id: 'ours', path: '/bench/four.html', label: 'ours: 4 elements, inline profile', paint: true },
  { id: 'ours-src', path: '/bench/four-src.html', label: 'ours: 4 elements, `src` profile' },
  { id: 'static', path: '/bench/four-static.html', label: 'static HTML of the same markup (limit)', paint: true },
  { id: 'prerendered', path: '/bench/four-prerendered.html', label: 'pre-rendered (renderElement) and hydrated by the bundle: 4 elements', paint: true, quiz: true },
  { id: 'iframes', path: '/bench/four-iframes.html', label: '4 iframes, each a static page of one element' },
  { id: 'iframes-element', path: '/bench/four-iframes-element.html', label: '4 iframes, each a page with one element and the bundle' },
  { id: 'hundred', path: '/bench/hundred.html', label: 'ours: 100 × salary-table' },
  { id: 'hundred-static', path: '/bench/hundred-static.html', label: 'static HTML of 100 × salary-table' },
];

function shuffle(items) {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy;
}

/** One first visit: the ready mark, and the LCP and the quiz's answer where the variant asks for them. */
async function visitVariant(browser, url, variant) {
  if (!variant.paint && !variant.quiz) return visit(browser, url);
  let answered;
  return visit(browser, url, {
    before: async (page) => {
      if (variant.paint) await page.addInitScript(observePaint);
      if (variant.quiz) {
        await page.addInitScript(answerQuiz);
        answered = page.waitForEvent('console', { predicate: (message) => message.text() === 'bench:interactive', timeout: 30_000 });
      }
    },
    after: async (page) => {
      if (variant.quiz) await answered;
      return {
        ...(variant.paint ? await page.evaluate(readPaint) : {}),
        ...(variant.quiz ? { interactive: await page.evaluate(() => window.__interactive) } : {}),
      };
    },
  });
}

export async function measureFirstRender({ browser, origin, samples, warmup = 2, variants = VARIANTS, log = () => {} }) {
  const times = Object.fromEntries(variants.map((v) => [v.id, []]));
  // LCP and load event (pages with `paint`), quiz answered (pages with `quiz`), by variant.
  const lcp = {};
  const load = {};
  const interactive = {};
  for (let round = 0; round < warmup + samples; round++) {
    for (const variant of shuffle(variants)) {
      const sample = await visitVariant(browser, `${origin}${variant.path}`, variant);
      if (round < warmup) continue;
      times[variant.id].push(sample.ready);
      if (variant.paint) {
        (lcp[variant.id] ??= []).push(sample.lcp);
        (load[variant.id] ??= []).push(sample.load);
      }
      if (variant.quiz) (interactive[variant.id] ??= []).push(sample.interactive);
    }
    log(`first render: round ${round + 1}/${warmup + samples}`);
  }
  const stats = Object.fromEntries(variants.map((v, i) => [v.id, medianCI(times[v.id], i + 1)]));
  const has = (...ids) => ids.every((id) => times[id]);
  const ratios = {
    oursOverStatic: has('ours', 'static') && ratioCI(times.ours, times.static, 11),
    iframesOverOurs: has('iframes', 'ours') && ratioCI(times.iframes, times.ours, 12),
    elementIframesOverOurs: has('iframes-element', 'ours') && ratioCI(times['iframes-element'], times.ours, 15),
    srcOverStatic: has('ours-src', 'static') && ratioCI(times['ours-src'], times.static, 13),
    hundredOverStatic: has('hundred', 'hundred-static') && ratioCI(times.hundred, times['hundred-static'], 14),
  };
  // The pre-rendered page against its static twin (issue 14), and the client-only page beside it.
  const prerender = has('prerendered', 'static', 'ours') && {
    lcp: Object.fromEntries(Object.entries(lcp).map(([id, values], i) => [id, medianCI(values, 21 + i)])),
    load: Object.fromEntries(Object.entries(load).map(([id, values], i) => [id, medianCI(values, 25 + i)])),
    interactive: medianCI(interactive.prerendered, 29),
    lcpOverStatic: ratioCI(lcp.prerendered, lcp.static, 31),
    oursLcpOverStatic: ratioCI(lcp.ours, lcp.static, 32),
    interactiveOverStatic: ratioCI(interactive.prerendered, times.static, 33),
    interactiveOverStaticLoad: ratioCI(interactive.prerendered, load.static, 34),
    hydratedOverStatic: ratioCI(times.prerendered, times.static, 35),
    oursOverStatic: ratios.oursOverStatic,
  };
  const baseline = times.baseline && {
    inline: ratioCI(times.baseline, times.ours, 16),
    src: ratioCI(times['baseline-src'], times['ours-src'], 17),
    hundred: ratioCI(times['baseline-hundred'], times.hundred, 18),
  };
  return { times, stats, ratios, baseline, prerender, lcp, load, interactive };
}
