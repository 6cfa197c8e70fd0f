// What several apps' check.mjs need: the server-node marks and reading what an element shows.

/**
 * An init script (t.open(path, { init: markServerNodes })): before a tag is defined, that is before
 * its elements upgrade and hydrate, records the nodes of each of its elements' server-made shadow
 * root. It wraps customElements.define, so it holds however the app loads its scripts (deferred
 * modules, async chunks, inline islands).
 */
export function markServerNodes() {
  const marks = (window.__serverNodes = []);
  const define = customElements.define.bind(customElements);
  customElements.define = (tag, ...rest) => {
    for (const el of document.querySelectorAll(tag)) {
      if (el.shadowRoot) marks.push({ el, nodes: [...el.shadowRoot.querySelectorAll('*')] });
    }
    return define(tag, ...rest);
  };
}

/**
 * In the page, once every element of `tags` has rendered and settled: for each one, how many of
 * its server nodes it had and how many are still in its shadow root.
 */
export async function serverNodesKept(page, tags) {
  await page.waitForFunction((tags) => tags.every((tag) => customElements.get(tag) && [...document.querySelectorAll(tag)].every((el) => el.hasUpdated)), tags, { timeout: 20_000 });
  return page.evaluate(async (tags) => {
    await Promise.all(tags.flatMap((tag) => [...document.querySelectorAll(tag)].map((el) => el.settled)));
    return (window.__serverNodes ?? [])
      .filter(({ el }) => tags.includes(el.localName))
      .map(({ el, nodes }) => ({
        tag: el.localName,
        server: nodes.length,
        kept: nodes.filter((node) => node.isConnected && node.getRootNode() === el.shadowRoot).length,
        // Rendered states at the top of the shadow root: more than one is a second copy.
        tops: [...el.shadowRoot.children].filter((c) => c.hasAttribute('part')).length,
      }));
  }, tags);
}

/** Fails unless every element of `tags` had server nodes and kept each of them, once. */
export async function checkServerNodesKept(t, page, tags) {
  const result = await serverNodesKept(page, tags);
  for (const tag of tags) {
    const mine = result.filter((r) => r.tag === tag);
    t.check(mine.length > 0, `<${tag}> had no server-rendered shadow root when its tag was defined`);
    for (const r of mine) {
      t.check(r.server > 0 && r.kept === r.server, `<${tag}> kept ${r.kept} of its ${r.server} server nodes on hydration`);
      t.check(r.tops === 1, `<${tag}> shows ${r.tops} rendered states at the top of its shadow root`);
    }
  }
}

/** The text of the first `selector`'s shadow root (read in the page; works with JavaScript off). */
export function shadowText(page, selector) {
  return page.evaluate((selector) => {
    const el = document.querySelector(selector);
    if (!el) return `(no ${selector})`;
    if (!el.shadowRoot) return `(no shadow root in ${selector})`;
    return el.shadowRoot.textContent.replace(/\s+/g, ' ').trim();
  }, selector);
}

/** Plays the quiz `selector` as a person would, picking the `picks`-th answer of each question. */
export async function playQuiz(page, selector, picks) {
  const quiz = page.locator(selector);
  const button = quiz.locator('button[part~="button"]').first();
  if ((await quiz.locator('fieldset').count()) === 0) await button.click();
  for (const pick of picks) {
    await quiz.locator('input[type="radio"]').nth(pick).check();
    await button.click(); // check
    await button.click(); // the next question, or the result
  }
  return (await quiz.locator('[part~="result-heading"]').textContent())?.trim();
}
