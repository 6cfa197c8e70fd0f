import { executeServerCommand } from '@web/test-runner-commands';
// WCAG contrast from computed colours, inside shadow roots: every text node, bar, marker, border
// and focus ring of an element, against what is painted behind it (the backgrounds of its
// ancestors in the flat tree, composited, over the page's canvas). Returns one line per failure.
type Rgba = [number, number, number, number];

/** `rgb(1, 2, 3)`, `rgba(1, 2, 3, 0.5)`, `color(srgb 0.1 0.2 0.3 / 0.5)`. */
export function parseColor(value: string): Rgba {
  const srgb = value.match(/^color\(srgb ([\d.e-]+) ([\d.e-]+) ([\d.e-]+)(?: \/ ([\d.e-]+))?\)$/);
  if (srgb) return [Number(srgb[1]) * 255, Number(srgb[2]) * 255, Number(srgb[3]) * 255, srgb[4] === undefined ? 1 : Number(srgb[4])];
  const rgb = value.match(/^rgba?\(([\d.]+),? ([\d.]+),? ([\d.]+)(?:,? \/? ?([\d.]+))?\)$/);
  if (!rgb) throw new Error(`unknown colour ${value}`);
  return [Number(rgb[1]), Number(rgb[2]), Number(rgb[3]), rgb[4] === undefined ? 1 : Number(rgb[4])];
}

/** `top` painted over the opaque `bottom`. */
const over = (top: Rgba, bottom: Rgba): Rgba => [0, 1, 2].map((i) => top[i] * top[3] + bottom[i] * (1 - top[3])).concat(1) as Rgba;

const luminance = ([r, g, b]: Rgba) => {
  const f = (c: number) => ((c /= 255) <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
};

export function ratio(a: Rgba, b: Rgba) {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
  return (x + 0.05) / (y + 0.05);
}

const hex = (c: Rgba) => `#${c.slice(0, 3).map((v) => Math.round(v).toString(16).padStart(2, '0')).join('')}`;

/** The page's canvas colour in its used colour scheme (a page that declares none is light). */
function canvas(): Rgba {
  const probe = document.createElement('div');
  probe.style.cssText = 'background: Canvas; position: absolute;';
  document.documentElement.append(probe);
  const colour = parseColor(getComputedStyle(probe).backgroundColor);
  probe.remove();
  return colour;
}

const parentOf = (node: Element): Element | null => node.parentElement ?? ((node.getRootNode() as ShadowRoot).host as Element | undefined) ?? null;

/** What is painted behind `node`'s content: its own and its ancestors' backgrounds over the canvas. */
export function backgroundOf(node: Element | null, pseudo?: string): Rgba {
  const layers: Rgba[] = [];
  if (node && pseudo) layers.push(parseColor(getComputedStyle(node, pseudo).backgroundColor));
  for (let n = node; n; n = parentOf(n)) layers.push(parseColor(getComputedStyle(n).backgroundColor));
  // The root's background paints the canvas; an opaque layer hides everything below it.
  let colour = canvas();
  for (const layer of layers.reverse()) colour = over(layer, colour);
  return colour;
}

/** Shown to a sighted reader: rendered, and not inside our visually hidden helper. */
function isShown(node: Element) {
  if (!node.checkVisibility({ checkVisibilityCSS: true, checkOpacity: true })) return false;
  return !node.closest('.visually-hidden');
}

const label = (node: Element) => {
  const part = node.getAttribute('part');
  return `<${node.localName}${part ? ` part="${part}"` : ''}${node.className && typeof node.className === 'string' ? ` class="${node.className}"` : ''}>`;
};

/** What a region of the page (document px) looks like: a screenshot through cw-screenshot, as pixels. */
export async function screenshotPixels(clip: { x: number; y: number; width: number; height: number }): Promise<ImageData> {
  const png = (await executeServerCommand('cw-screenshot', clip)) as string;
  const image = new Image();
  image.src = `data:image/png;base64,${png}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  [canvas.width, canvas.height] = [image.width, image.height];
  const context = canvas.getContext('2d')!;
  context.drawImage(image, 0, 0);
  return context.getImageData(0, 0, image.width, image.height);
}

/** The colours painted at fractions of `node`'s width, on its middle row. */
export async function pixels(node: Element, fractions: number[]): Promise<Rgba[]> {
  // A screenshot shows the viewport only.
  node.scrollIntoView({ block: 'center' });
  const box = node.getBoundingClientRect();
  const clip = { x: Math.floor(box.left + scrollX), y: Math.floor(box.top + scrollY), width: Math.ceil(box.width), height: Math.max(1, Math.ceil(box.height)) };
  const { width, height, data } = await screenshotPixels(clip);
  const y = Math.floor(height / 2);
  return fractions.map((f) => {
    const i = (y * width + Math.min(width - 1, Math.floor(width * f))) * 4;
    return [data[i], data[i + 1], data[i + 2], 1] as Rgba;
  });
}

export interface ContrastReport {
  failures: string[];
  /** How many things were measured: text nodes, bars, markers, borders, focus rings. */
  counts: Record<'text' | 'bar' | 'marker' | 'border' | 'focus', number>;
}

const SIDES = ['Top', 'Right', 'Bottom', 'Left'] as const;

export async function contrastReport(el: Element): Promise<ContrastReport> {
  const root = el.shadowRoot!;
  const failures: string[] = [];
  const counts = { text: 0, bar: 0, marker: 0, border: 0, focus: 0 };
  const need = (kind: keyof typeof counts, what: string, fg: Rgba, bg: Rgba, min: number) => {
    counts[kind]++;
    const r = ratio(over(fg, bg), bg);
    if (r < min - 0.005) failures.push(`${kind} ${what}: ${hex(over(fg, bg))} on ${hex(bg)} is ${r.toFixed(2)}:1 (needs ${min}:1)`);
  };

  // Text: every non-blank text node, in its parent's colour, over what is behind the parent.
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let text = walker.nextNode(); text; text = walker.nextNode()) {
    const parent = text.parentElement;
    if (!parent || !text.textContent!.trim() || !isShown(parent) || parent.closest('style')) continue;
    need('text', `"${text.textContent!.trim().slice(0, 40)}" in ${label(parent)}`, parseColor(getComputedStyle(parent).color), backgroundOf(parent), 4.5);
  }

  const all = [...root.querySelectorAll('*')].filter(isShown);
  for (const node of all) {
    const style = getComputedStyle(node);
    // Borders: against what is around the element (its parent's background).
    for (const side of SIDES) {
      if (parseFloat(style[`border${side}Width`]) === 0 || ['none', 'hidden'].includes(style[`border${side}Style`])) continue;
      need('border', `${side.toLowerCase()} of ${label(node)}`, parseColor(style[`border${side}Color`]), backgroundOf(parentOf(node)), 3);
    }
    // Markers drawn by ::after (the career path's stages, steps and exams): fill, else border.
    const after = getComputedStyle(node, '::after');
    if (after.content !== 'none' && after.display !== 'none' && parseFloat(after.width) > 0) {
      const fill = parseColor(after.backgroundColor);
      const colour = fill[3] > 0 ? fill : parseColor(after.borderTopColor);
      need('marker', `::after of ${label(node)}`, colour, backgroundOf(node), 3);
    }
  }
  // Bars: a bar against its track.
  for (const rect of root.querySelectorAll<SVGRectElement>('.bar rect')) {
    if (!isShown(rect.parentElement!)) continue;
    need('bar', `${label(rect.closest('.bar-row') ?? rect)}`, parseColor(getComputedStyle(rect).fill), backgroundOf(rect.parentElement), 3);
  }
  // The progress bar's value and track are pseudo-elements that getComputedStyle cannot read:
  // their painted pixels, from a screenshot, at a tenth (the value) and at the end (the track).
  for (const progress of root.querySelectorAll('progress')) {
    const [value, track] = await pixels(progress, [0.1, 0.97]);
    need('bar', `progress value (${progress.value} of ${progress.max})`, value, track, 3);
  }

  // Focus rings: every element a reader can Tab to, focused, against what is around it.
  const tabbable = all.filter((node) => node.matches('a[href], button:not(:disabled), input:not(:disabled), summary, [tabindex="0"]')) as HTMLElement[];
  for (const node of tabbable) {
    node.focus({ focusVisible: true } as FocusOptions);
    const style = getComputedStyle(node);
    counts.focus++;
    if (!node.matches(':focus-visible')) failures.push(`focus ${label(node)}: not :focus-visible after focus()`);
    else if (style.outlineStyle === 'none' || parseFloat(style.outlineWidth) < 2) failures.push(`focus ${label(node)}: no outline of 2px or more`);
    else {
      counts.focus--;
      need('focus', label(node), parseColor(style.outlineColor), backgroundOf(parentOf(node)), 3);
    }
    node.blur();
  }
  return { failures, counts };
}
