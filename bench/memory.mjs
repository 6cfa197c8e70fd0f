// Memory: the JS heap of a page after its elements have rendered, after a full GC (CDP
// HeapProfiler.collectGarbage, then Runtime.getHeapUsage), with the DOM node count, against
// the same page with the bundle loaded but no element, and the static HTML of the same markup.
import { SEED, TAGS, bundleScript, inlineProfile, shell } from './lib/pages.mjs';
import { visit } from './lib/browser.mjs';
import { median } from './lib/stats.mjs';

const READY_DEFINED = `<script type="module">
  await Promise.all(['${TAGS.join("', '")}'].map((tag) => customElements.whenDefined(tag)));
  const elements = [...document.querySelectorAll('${TAGS.join(', ')}')];
  await Promise.all(elements.map((el) => el.settled));
  window.__ready = performance.now();
  console.debug('bench:ready');
</script>`;

export function buildMemoryPages(pages, bundle) {
  const seed = JSON.parse(pages.get(SEED));
  const salaryOnly = { schemaVersion: seed.schemaVersion, name: seed.name, salary: seed.salary };
  const page = (title, body) => shell({ title, head: bundleScript(bundle), body: `<main>\n${body}\n</main>\n${READY_DEFINED}` });
  pages.set('/bench/memory-none.html', page('bundle, no element', ''));
  pages.set('/bench/memory-salary.html', page('100 salary tables', Array.from({ length: 100 }, () => `<salary-table>${inlineProfile(salaryOnly)}</salary-table>`).join('\n')));
  // 25 of each element, each with the whole seed profile, the way a page embeds them.
  pages.set('/bench/memory-mixed.html', page('100 elements, 25 of each', Array.from({ length: 100 }, (_, i) => `<${TAGS[i % 4]}>${inlineProfile(seed)}</${TAGS[i % 4]}>`).join('\n')));
}

export const MEMORY_VARIANTS = [
  { id: 'none', path: '/bench/memory-none.html', label: 'bundle loaded, no element (baseline)', count: 0 },
  { id: 'salary', path: '/bench/memory-salary.html', label: '100 × salary-table', count: 100 },
  { id: 'mixed', path: '/bench/memory-mixed.html', label: '100 elements (25 of each), whole seed profile each', count: 100 },
  { id: 'static', path: '/bench/hundred-static.html', label: 'static HTML of 100 × salary-table (no script)', count: 100 },
];

async function heap(page, cdp) {
  await cdp.send('HeapProfiler.enable');
  for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  const { nodes } = await cdp.send('Memory.getDOMCounters');
  return { heap: usedSize, nodes };
}

export async function measureMemory({ browser, origin, repeats = 3, log = () => {} }) {
  const results = [];
  for (const variant of MEMORY_VARIANTS) {
    const runs = [];
    for (let i = 0; i < repeats; i++) runs.push(await visit(browser, `${origin}${variant.path}`, { after: heap }));
    results.push({ ...variant, heap: median(runs.map((r) => r.heap)), nodes: median(runs.map((r) => r.nodes)) });
    log(`memory: ${variant.id}: ${runs.map((r) => (r.heap / 1024).toFixed(0)).join(' ')} KB`);
  }
  return results;
}
