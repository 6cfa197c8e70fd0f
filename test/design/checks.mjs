// The design checks of issue 27, shared by the suite (test/design/run.mjs) and its self-tests
// (test/node/design-checks.test.mjs). `inspect` runs in the page (Playwright serialises it: it must use
// nothing from outside its own body) and measures what a reader sees inside every shadow root of the
// page; `judge` turns those measurements into findings, in Node.
//
// Thresholds, and why:
// - title sizes: one computed font-size per heading tag (±0.5 px: rounding of em sizes), and a
//   higher level never smaller than a lower one — the design language's single type scale by tag.
// - empty area in a card: the strip below a card's lowest content (inside its padding) at most
//   max(24 px, 15 % of the card's height) — a margin or one line of slack beside a taller neighbour is
//   fine, a card stretched by a row of longer ones is not.
// - holes in a grid of cards (part~="cards", or a grid of two or more columns holding cards): at a
//   row's end, room for more than half a column track left empty (a one-column stack has no holes).
// - horizontal overflow: the document no wider than the window; nothing of a shadow root beyond its
//   host's left or right edge (1 px for rounding) unless inside a scroll container, which must then
//   be reachable by keyboard (tabindex) when it does scroll.

export const LIMITS = { fontTolerance: 0.5, cardEmptyPx: 24, cardEmptyShare: 0.15, holeShare: 0.5, overflowPx: 1 };

/** In the page: the measurements. Only boxes a reader sees count (no closed <details> content, no 1 px screen-reader text). */
export function inspect(limits) {
  const round = (n) => Math.round(n * 10) / 10;
  /** The first words of what `node` shows (innerText: textContent would run "Title" and "Text" together). */
  const snippet = (node) => {
    if ('innerText' in node) return node.innerText.replace(/\s+/g, ' ').trim().slice(0, 60);
    const words = [];
    const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
    while (walker.nextNode() && words.join(' ').length < 60) if (walker.currentNode.parentElement?.localName !== 'style') words.push(walker.currentNode.nodeValue.trim());
    return words.filter(Boolean).join(' ').replace(/\s+/g, ' ').replace(/ ([:,.;!?])/g, '$1').slice(0, 60);
  };
  /** The element's host chain, e.g. "profession-page > profession-tasks". */
  const hostsOf = (node) => {
    const chain = [];
    for (let root = node.getRootNode(); root instanceof ShadowRoot; root = root.host.getRootNode()) chain.unshift(root.host.localName);
    return chain.join(' > ');
  };
  // Each element a finding may name gets a data-design-id, so that the suite can take its picture
  // (Playwright's CSS locators pierce open shadow roots).
  let ids = 0;
  const mark = (el) => (el.dataset.designId ??= String(++ids));
  const where = (el) => {
    const part = el.getAttribute('part');
    const cls = typeof el.className === 'string' && el.className ? `.${el.className.trim().split(/\s+/).join('.')}` : '';
    return `${hostsOf(el)}: ${el.localName}${part ? `[part="${part}"]` : cls}`;
  };
  // checkVisibility: no box, or skipped content (a closed <details>: content-visibility), or hidden, or transparent.
  const shown = (el) => el.checkVisibility({ visibilityProperty: true, opacityProperty: true });
  const visible = (el) => {
    const rect = el.getBoundingClientRect();
    return rect.width > 1 && rect.height > 1 && shown(el);
  };
  /** Every element in the composed tree under `root` (shadow roots and slotted nodes included once). */
  const all = [];
  const walk = (node) => {
    for (const child of node.children ?? []) {
      all.push(child);
      if (child.shadowRoot) walk(child.shadowRoot);
      walk(child);
    }
  };
  walk(document);
  const inShadow = all.filter((el) => el.getRootNode() instanceof ShadowRoot);

  // Title sizes.
  const headings = inShadow
    .filter((el) => /^h[1-6]$/.test(el.localName) && visible(el))
    .map((el) => ({ tag: el.localName, size: round(parseFloat(getComputedStyle(el).fontSize)), where: where(el), text: snippet(el) }));

  // Cards: the lowest visible content inside each.
  const px = (value) => parseFloat(value) || 0;
  const REPLACED = new Set(['img', 'svg', 'video', 'canvas', 'input', 'button', 'select', 'textarea', 'progress', 'meter', 'iframe', 'hr', 'picture']);
  const isCard = (el) => (el.getAttribute('part') ?? '').split(/\s+/).includes('card') || el.classList.contains('card');
  /** Bottom of what is drawn inside `el`: text, replaced elements, boxes with a border or background. */
  const contentBottom = (el) => {
    let bottom = -Infinity;
    const visit = (node) => {
      for (const child of node.childNodes) {
        if (child.nodeType === Node.TEXT_NODE) {
          if (!child.nodeValue.trim()) continue;
          const range = document.createRange();
          range.selectNodeContents(child);
          // A text rect is the glyphs' box; its line reaches half the leading lower (rounded up, as the engine lays out whole pixels).
          const style = getComputedStyle(child.parentElement ?? el);
          const lineHeight = style.lineHeight === 'normal' ? 1.2 * px(style.fontSize) : px(style.lineHeight);
          for (const r of range.getClientRects()) if (r.width > 0) bottom = Math.max(bottom, r.bottom + Math.max(0, Math.ceil((lineHeight - r.height) / 2)));
        } else if (child.nodeType === Node.ELEMENT_NODE) {
          if (child.localName === 'style' || child.localName === 'script') continue;
          const rect = child.getBoundingClientRect();
          if (rect.width === 0 && rect.height === 0 && child.localName !== 'slot' && getComputedStyle(child).display !== 'contents') continue;
          const style = getComputedStyle(child);
          if (style.display !== 'contents' && !shown(child)) continue;
          const boxed = px(style.borderBottomWidth) > 0 || style.backgroundColor !== 'rgba(0, 0, 0, 0)' || style.backgroundImage !== 'none';
          if ((REPLACED.has(child.localName) || boxed) && rect.height > 1) bottom = Math.max(bottom, rect.bottom);
          if (child.localName === 'slot') for (const n of child.assignedNodes({ flatten: true })) visit({ childNodes: [n] });
          if (child.shadowRoot) visit(child.shadowRoot);
          visit(child);
        }
      }
    };
    visit(el);
    return bottom;
  };
  const cards = inShadow.filter((el) => isCard(el) && visible(el)).map((el) => {
    const rect = el.getBoundingClientRect();
    const style = getComputedStyle(el);
    const inner = rect.bottom - px(style.borderBottomWidth) - px(style.paddingBottom);
    const bottom = contentBottom(el);
    return { id: mark(el), where: where(el), text: snippet(el), height: round(rect.height), empty: round(bottom === -Infinity ? inner - rect.top : inner - bottom) };
  });

  // Grids of cards: rows and their empty end.
  const itemsOf = (el) => [...el.children].flatMap((c) => (c.localName === 'slot' ? c.assignedElements({ flatten: true }) : [c])).filter(visible);
  const containers = inShadow.filter((el) => {
    if (!visible(el)) return false;
    if ((el.getAttribute('part') ?? '').split(/\s+/).includes('cards')) return true;
    return /grid/.test(getComputedStyle(el).display) && itemsOf(el).some(isCard);
  });
  const grids = containers.map((el) => {
    const style = getComputedStyle(el);
    const rect = el.getBoundingClientRect();
    const left = rect.left + px(style.borderLeftWidth) + px(style.paddingLeft);
    const right = rect.right - px(style.borderRightWidth) - px(style.paddingRight);
    const items = itemsOf(el).map((c) => c.getBoundingClientRect());
    const tracks = /grid/.test(style.display) ? style.gridTemplateColumns.split(' ').map(px).filter((n) => n > 0) : [];
    // A one-column grid (a stack) has no track to leave empty; a container marked "cards" is checked however it lays out.
    const marked = (el.getAttribute('part') ?? '').split(/\s+/).includes('cards');
    // Without grid tracks (flex-wrap), a track is as wide as the widest card.
    const track = tracks.length ? Math.max(...tracks) : Math.max(0, ...items.map((r) => r.width));
    const gap = px(style.columnGap);
    const rows = [];
    for (const r of [...items].sort((a, b) => a.top - b.top)) {
      const row = rows.at(-1);
      if (row && r.top < row.bottom - 1) {
        row.right = Math.max(row.right, r.right);
        row.bottom = Math.min(row.bottom, r.bottom);
        row.count++;
      } else rows.push({ top: r.top, bottom: r.bottom, right: r.right, count: 1 });
    }
    if (!marked && tracks.length < 2) return undefined;
    return {
      id: mark(el),
      where: where(el),
      text: snippet(el),
      track: round(track),
      tracks: tracks.length,
      rows: rows.map((row) => ({ count: row.count, empty: round(right - row.right - gap) })),
      width: round(right - left),
    };
  }).filter(Boolean);

  // Horizontal overflow: the document, and every box or text of a shadow root against its outermost host.
  const scrollers = (el) => {
    for (let node = el.parentNode ?? el.host; node; node = node.parentNode ?? node.host) {
      if (node.nodeType !== Node.ELEMENT_NODE) continue;
      if (node.shadowRoot && node.getRootNode() === document) return { host: node };
      const x = getComputedStyle(node).overflowX;
      if (x !== 'visible') return { scroller: node };
    }
    return {};
  };
  const overflow = [];
  const seen = new Set();
  const outside = (el, rect, label) => {
    const { host, scroller } = scrollers(el);
    if (scroller) {
      const scrolls = scroller.scrollWidth > scroller.clientWidth + 1 && /auto|scroll/.test(getComputedStyle(scroller).overflowX);
      if (scrolls && scroller.tabIndex < 0 && !seen.has(scroller)) {
        seen.add(scroller);
        overflow.push({ id: mark(scroller), where: where(scroller), text: snippet(scroller), px: round(scroller.scrollWidth - scroller.clientWidth), kind: 'scroll container not focusable' });
      }
      return;
    }
    if (!host) return;
    const h = host.getBoundingClientRect();
    const beyond = Math.max(rect.right - h.right, h.left - rect.left);
    if (beyond > limits.overflowPx) overflow.push({ id: mark(el), where: label, text: snippet(el), px: round(beyond), kind: `beyond <${host.localName}>` });
  };
  for (const el of inShadow) {
    if (el.localName === 'style' || !visible(el)) continue;
    outside(el, el.getBoundingClientRect(), where(el));
    for (const child of el.childNodes) {
      if (child.nodeType !== Node.TEXT_NODE || !child.nodeValue.trim() || !el.checkVisibility({ visibilityProperty: true })) continue;
      const range = document.createRange();
      range.selectNodeContents(child);
      const r = range.getBoundingClientRect();
      if (r.width > 0) outside(el, r, `${where(el)} (its text)`);
    }
  }
  // Each case's height (the host pages' `section[data-case]`): a figure to compare, not a check.
  const heights = Object.fromEntries([...document.querySelectorAll('section[data-case]')].map((s) => [s.dataset.case, Math.round(s.firstElementChild.getBoundingClientRect().height)]));
  const page = { scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth, heights };
  return { headings, cards, grids, overflow, page };
}

/**
 * In Node: the findings per check, `{ titles, cards, grids, overflow }`, each a list of
 * `{ message, key?, id? }` (empty = pass; `key`: the same finding on another profile, whose texts differ;
 * `id`: the data-design-id of the element to look at), plus `sizes` (the sizes found per tag) and `worstCard`.
 */
export function judge(m, limits = LIMITS) {
  const titles = [];
  const byTag = {};
  for (const h of m.headings) (byTag[h.tag] ??= []).push(h);
  const sizes = {};
  for (const [tag, list] of Object.entries(byTag).sort()) {
    const distinct = [...new Set(list.map((h) => h.size))].sort((a, b) => b - a);
    sizes[tag] = distinct;
    if (distinct[0] - distinct.at(-1) > limits.fontTolerance) {
      const example = (size) => list.find((h) => h.size === size);
      titles.push({
        message: `${tag} in ${distinct.length} sizes: ${distinct.map((s) => `${s}px (${example(s).where} "${example(s).text}")`).join(', ')}`,
        key: `${tag} ${distinct.map((s) => `${s} ${example(s).where}`)}`,
      });
    }
  }
  const tags = Object.keys(sizes).sort();
  for (const [i, tag] of tags.entries()) {
    for (const lower of tags.slice(i + 1)) {
      const big = Math.min(...sizes[tag]);
      const small = Math.max(...sizes[lower]);
      if (small > big + limits.fontTolerance) {
        const a = byTag[tag].find((h) => h.size === big);
        const b = byTag[lower].find((h) => h.size === small);
        titles.push({ message: `${lower} (${small}px, ${b.where} "${b.text}") larger than ${tag} (${big}px, ${a.where} "${a.text}")`, key: `${lower} ${small} ${b.where} > ${tag} ${big} ${a.where}` });
      }
    }
  }

  const cards = [];
  let worstCard;
  for (const c of m.cards) {
    const allowed = Math.max(limits.cardEmptyPx, limits.cardEmptyShare * c.height);
    const share = c.empty / Math.max(allowed, 1);
    if (!worstCard || share > worstCard.share) worstCard = { ...c, allowed: Math.round(allowed), share };
    if (c.empty > allowed) cards.push({ id: c.id, message: `${c.where} "${c.text}": ${Math.round(c.empty)}px empty of ${Math.round(c.height)}px (allowed ${Math.round(allowed)})` });
  }

  const grids = [];
  for (const g of m.grids) {
    for (const [i, row] of g.rows.entries()) {
      if (row.empty > limits.holeShare * g.track) {
        grids.push({ id: g.id, message: `${g.where} "${g.text}": row ${i + 1} of ${g.rows.length} (${row.count} item${row.count === 1 ? '' : 's'}) leaves ${Math.round(row.empty)}px empty, a track is ${Math.round(g.track)}px` });
      }
    }
  }

  const overflow = [];
  if (m.page.scrollWidth > m.page.innerWidth) overflow.push({ message: `the page scrolls sideways: ${m.page.scrollWidth}px wide in a ${m.page.innerWidth}px window` });
  for (const o of m.overflow) overflow.push({ id: o.id, message: `${o.where} "${o.text}": ${o.kind} by ${o.px}px` });

  return { titles, cards, grids, overflow, sizes, worstCard };
}
