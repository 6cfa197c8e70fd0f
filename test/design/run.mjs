#!/usr/bin/env node
// The design checks (issue 27), against the built package (`npm run build` first): every element in the
// states a reader meets (scripts/host-pages.mjs: salary table and chart, career path, the quiz at its
// start, after a wrong answer and at its result, vacancies, similar professions, the finder, the whole
// profession page) on one host page per profile × scheme (light-only, dark-only host page) × width
// (390, 1280 px), in headless Chromium. The checks and their thresholds: test/design/checks.mjs.
//
// Usage: node test/design/run.mjs [filter]   (filter: part of a page's name, e.g. "pflege" or "dark-390")
// DESIGN_SHOTS=<dir> saves each page's picture as <profile>-<scheme>-<width>.jpg, and one of the element
// each finding names (<page>-<check>-<n>.png, the path printed with the finding).
// DESIGN_PROFILES=a,b overrides the profiles. Exit code 1 on any finding. The table also gives the
// height of the whole profession page (a figure to compare, not a check).
import { mkdir } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveStatic, launchBrowser } from '../../scripts/serve-static.mjs';
import { SCHEMES, cases, hostPage, langOf, prepare } from '../../scripts/host-pages.mjs';
import { LIMITS, inspect, judge } from './checks.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const started = Date.now();
const PROFILES = (process.env.DESIGN_PROFILES ?? 'kaufmann-dialogmarketing,pflegefachmann,polizeimeisteranwaerter,dental-assistant-en').split(',');
const WIDTHS = [390, 1280];
const CHECKS = { titles: 'title sizes', cards: 'card fit', grids: 'grid holes', overflow: 'overflow' };
const filter = process.argv[2] ?? '';
const shots = process.env.DESIGN_SHOTS;

if (!existsSync(join(root, 'dist/cdn/career-widgets.js'))) {
  console.error('design checks: no dist/cdn/career-widgets.js — run `npm run build` first.');
  process.exit(2);
}

const pages = PROFILES.flatMap((profile) => Object.keys(SCHEMES).flatMap((scheme) => WIDTHS.map((width) => ({ profile, scheme, width, name: `${profile}-${scheme}-${width}` }))));
const chosen = pages.filter((p) => p.name.includes(filter));
if (!chosen.length) {
  console.error(`design checks: no page matches "${filter}" (pages: ${pages.map((p) => p.name).join(', ')})`);
  process.exit(2);
}

const server = await serveStatic({
  root,
  page: (url) => {
    const match = url.pathname.match(/^\/design\/([\w-]+)$/);
    if (!match || !PROFILES.includes(match[1])) return undefined;
    return hostPage(cases(match[1]), { scheme: url.searchParams.get('scheme'), lang: langOf(match[1]) });
  },
});
if (shots) await mkdir(shots, { recursive: true });
const browser = await launchBrowser();
const pictured = new Set();

async function checkPage({ profile, scheme, width, name }) {
  const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme: SCHEMES[scheme].system });
  const errors = [];
  try {
    const tab = await context.newPage();
    tab.on('pageerror', (error) => errors.push(error.message));
    await tab.goto(`${server.origin}/design/${profile}?scheme=${scheme}`);
    await tab.evaluate(prepare);
    const measured = await tab.evaluate(inspect, LIMITS);
    const result = judge(measured);
    if (shots) {
      await tab.screenshot({ path: join(shots, `${name}.jpg`), fullPage: true, type: 'jpeg', quality: 70 });
      // A picture of what each finding names, the first time it is found.
      for (const key of Object.keys(CHECKS)) {
        for (const [i, finding] of result[key].entries()) {
          if (!finding.id || pictured.has(finding.key ?? finding.message)) continue;
          pictured.add(finding.key ?? finding.message);
          const file = join(shots, `${name}-${key}-${i + 1}.png`);
          await tab.locator(`[data-design-id="${finding.id}"]`).screenshot({ path: file, timeout: 5000 }).then(() => (finding.picture = file), () => {});
        }
      }
    }
    if (errors.length) result.overflow.unshift(...errors.map((e) => ({ message: `page error: ${e}` })));
    return { name, profile, scheme, width, ...result, height: measured.page.heights['profession-page-whole'], counts: { headings: measured.headings.length, cards: measured.cards.length, grids: measured.grids.length } };
  } finally {
    await context.close();
  }
}

// Two tabs at a time: this machine has two cores.
const results = [];
try {
  const queue = [...chosen];
  await Promise.all(
    Array.from({ length: Math.min(2, queue.length) }, async () => {
      while (queue.length) {
        const page = queue.shift();
        results.push(await checkPage(page));
      }
    }),
  );
} finally {
  await browser.close();
  server.close();
}
results.sort((a, b) => chosen.findIndex((p) => p.name === a.name) - chosen.findIndex((p) => p.name === b.name));

// The table: one row per page, ✓ or the number of findings per check, the title sizes per tag.
const mark = (list) => (list.length ? `✗ ${list.length}` : '✓');
const cols = [['page', 36], ...Object.values(CHECKS).map((label) => [label, 12])];
console.log(`design checks: ${results.length} of ${pages.length} pages (profiles ${PROFILES.join(', ')} × light-only/dark-only host page × 390/1280 px)\n`);
console.log(`${cols.map(([label, w]) => label.padEnd(w)).join('')}page (px)  title sizes (px) per tag`);
for (const r of results) {
  const sizes = Object.entries(r.sizes).map(([tag, list]) => `${tag} ${list.join('/')}`).join(' · ');
  console.log(`${r.name.padEnd(36)}${Object.keys(CHECKS).map((key) => mark(r[key]).padEnd(12)).join('')}${String(r.height).padStart(6)}     ${sizes}`);
}

// The findings, each once, with the pages it is on.
let failures = 0;
for (const [key, label] of Object.entries(CHECKS)) {
  const found = new Map();
  for (const r of results) {
    for (const finding of r[key]) {
      const entry = found.get(finding.key ?? finding.message) ?? { message: finding.message, names: [] };
      entry.names.push(r.name);
      entry.picture ??= finding.picture;
      found.set(finding.key ?? finding.message, entry);
    }
  }
  failures += found.size;
  if (!found.size) continue;
  console.log(`\n✗ ${label}: ${found.size} finding${found.size === 1 ? '' : 's'}`);
  for (const { message, names, picture } of found.values()) {
    console.log(`  - ${message}\n      on ${names.length === results.length ? 'every page' : names.join(', ')}${picture ? `; picture: ${picture}` : ''}`);
  }
}
const worst = results.map((r) => r.worstCard && { ...r.worstCard, page: r.name }).filter(Boolean).sort((a, b) => b.share - a.share)[0];
if (worst) console.log(`\nfullest empty card: ${worst.where} "${worst.text}" — ${Math.round(worst.empty)}px empty of ${Math.round(worst.height)}px (allowed ${worst.allowed}) on ${worst.page}`);
const counted = results.reduce((sum, r) => ({ headings: sum.headings + r.counts.headings, cards: sum.cards + r.counts.cards, grids: sum.grids + r.counts.grids }), { headings: 0, cards: 0, grids: 0 });
console.log(`\nmeasured ${counted.headings} headings, ${counted.cards} cards, ${counted.grids} card grids in ${((Date.now() - started) / 1000).toFixed(0)} s${shots ? `; pictures in ${shots}` : ''}`);
console.log(failures ? `design checks: ${failures} finding${failures === 1 ? '' : 's'}` : 'design checks: all pass');
process.exit(failures ? 1 : 0);
