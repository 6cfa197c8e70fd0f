import { warn } from './warn.js';

/**
 * A document the server inlined beside the profile (`career-widgets/ssr`:
 * `<script type="application/json" data-catalog>`, `data-items`), so that the element in the browser
 * starts from the state the server rendered. Read when the element connects; `undefined` when there is
 * none, or (with one warning) when it is not JSON.
 */
export function inlineDocument(el: HTMLElement, name: 'catalog' | 'items'): object | undefined {
  const text = el.querySelector(`:scope > script[type="application/json"][data-${name}]`)?.textContent;
  if (text == null) return undefined;
  try {
    return JSON.parse(text) as object;
  } catch (error) {
    warn(`<${el.localName}>: the inline ${name} (script data-${name}) is not JSON: ${(error as Error).message}`);
    return undefined;
  }
}
