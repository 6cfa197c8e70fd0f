// Where the main thread's time goes while a page renders: a Chromium trace of one visit,
// with each trace event's self time (its duration less that of the events inside it) summed
// by name, and a CPU profile's self time summed by function.

const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'v8', 'blink', 'loading'];

/** Self time (ms) per event name on the renderers' main threads, from navigation to the ready mark. */
export function summarizeTrace(trace) {
  const events = trace.traceEvents ?? trace;
  const mainThreads = new Set(
    events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`),
  );
  const byThread = new Map();
  for (const e of events) {
    if (e.ph !== 'X' || !mainThreads.has(`${e.pid}:${e.tid}`) || !e.dur) continue;
    const key = `${e.pid}:${e.tid}`;
    if (!byThread.has(key)) byThread.set(key, []);
    byThread.get(key).push(e);
  }
  const self = new Map();
  for (const list of byThread.values()) {
    list.sort((a, b) => a.ts - b.ts || b.dur - a.dur);
    const stack = [];
    for (const e of list) {
      while (stack.length && stack.at(-1).ts + stack.at(-1).dur <= e.ts) stack.pop();
      const parent = stack.at(-1);
      if (parent) self.set(parent.name, (self.get(parent.name) ?? 0) - e.dur / 1000);
      self.set(e.name, (self.get(e.name) ?? 0) + e.dur / 1000);
      stack.push(e);
    }
  }
  return [...self].filter(([, ms]) => ms > 0.05).sort((a, b) => b[1] - a[1]);
}

/**
 * Self time (ms) per function, and per source module, from a CDP `Profiler.stop()` profile.
 * `moduleOf(url, line)` names the module a line of a bundle came from.
 */
export function summarizeProfile(profile, moduleOf = () => undefined) {
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map();
  const modules = new Map();
  const add = (map, key, ms) => map.set(key, (map.get(key) ?? 0) + ms);
  const deltas = profile.timeDeltas;
  profile.samples.forEach((id, i) => {
    const { functionName, url, lineNumber, columnNumber } = nodes.get(id).callFrame;
    const ms = (deltas[i + 1] ?? 0) / 1000;
    const file = url ? url.split('/').pop() : '';
    const module = moduleOf(url, lineNumber) ?? (url ? file : functionName || '(native)');
    if (functionName !== '(idle)') add(modules, module, ms);
    add(self, `${functionName || '(anonymous)'}${file ? ` ${module === file ? file : module}:${lineNumber + 1}:${columnNumber + 1}` : ''}`, ms);
  });
  const sorted = (map) => [...map].sort((a, b) => b[1] - a[1]);
  return { functions: sorted(self), modules: sorted(modules) };
}

/** For an unbundled esbuild output: which module each line came from (esbuild's `// path` comments). */
export function esbuildModules(code) {
  const starts = [];
  code.split('\n').forEach((line, i) => {
    const match = /^\/\/ ((?:node_modules|src)\/\S+)$/.exec(line);
    if (match) starts.push([i, match[1].replace(/^node_modules\//, '')]);
  });
  return (line) => {
    let found;
    for (const [start, name] of starts) if (start <= line) found = name;
    return found;
  };
}

/** One visit of `url`, traced and profiled. */
export async function traceVisit(browser, url, { viewport, moduleOf }) {
  const context = await browser.newContext({ viewport });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
    await browser.startTracing(page, { categories: CATEGORIES });
    await page.goto(url, { waitUntil: 'commit' });
    const ready = await (await page.waitForFunction(() => window.__ready, null, { polling: 20 })).jsonValue();
    const trace = JSON.parse((await browser.stopTracing()).toString());
    const { profile } = await cdp.send('Profiler.stop');
    return { ready, trace: summarizeTrace(trace), profile: summarizeProfile(profile, moduleOf) };
  } finally {
    await context.close();
  }
}
