import { html, nothing, type TemplateResult } from 'lit';

export interface HeadingAttributes {
  id?: string;
  /** Focused by script (`tabindex="-1"`), e.g. the quiz's result. */
  focusable?: boolean;
  /** The id of what a screen reader announces with the heading when it is focused. */
  describedBy?: string;
  /** A class for the element's own styles. */
  className?: string;
}
type HeadingArgs = { content: unknown; part: string; id: unknown; tabindex: unknown; describedBy: unknown; className: unknown };
const HEADINGS: ((a: HeadingArgs) => TemplateResult)[] = [
  (a) => html`<h1 part=${a.part} class=${a.className} id=${a.id} tabindex=${a.tabindex} aria-describedby=${a.describedBy}>${a.content}</h1>`,
  (a) => html`<h2 part=${a.part} class=${a.className} id=${a.id} tabindex=${a.tabindex} aria-describedby=${a.describedBy}>${a.content}</h2>`,
  (a) => html`<h3 part=${a.part} class=${a.className} id=${a.id} tabindex=${a.tabindex} aria-describedby=${a.describedBy}>${a.content}</h3>`,
  (a) => html`<h4 part=${a.part} class=${a.className} id=${a.id} tabindex=${a.tabindex} aria-describedby=${a.describedBy}>${a.content}</h4>`,
  (a) => html`<h5 part=${a.part} class=${a.className} id=${a.id} tabindex=${a.tabindex} aria-describedby=${a.describedBy}>${a.content}</h5>`,
  (a) => html`<h6 part=${a.part} class=${a.className} id=${a.id} tabindex=${a.tabindex} aria-describedby=${a.describedBy}>${a.content}</h6>`,
];

/**
 * A real heading (`<h1>`–`<h6>`) at `headingLevel` (an element's `heading-level`: 1–6, else 2), or
 * `below` levels under it (never past 6). Exported for elements without a profile (the finder).
 */
export function headingAt(headingLevel: unknown, content: unknown, part: string, below = 0, attrs: HeadingAttributes = {}) {
  const chosen = Math.round(Number(headingLevel));
  const level = Math.min(6, (Number.isFinite(chosen) ? Math.max(1, chosen) : 2) + below);
  return HEADINGS[level - 1]({ content, part, id: attrs.id ?? nothing, tabindex: attrs.focusable ? '-1' : nothing, describedBy: attrs.describedBy ?? nothing, className: attrs.className ?? nothing });
}
