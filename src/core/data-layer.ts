/**
 * The analytics bridge (`data-layer`, `window.careerWidgets.dataLayer`): loaded by events.ts only on
 * a page that opts in, so that the others never fetch it (issue 26: about 0.4 KB brotli).
 */
import type { DataLayerEntry } from './events.js';
import { withoutQuery } from './privacy.js';

/**
 * Events that say what one reader answered: pushed only when the embedder names them, on the
 * element (`data-layer-include="quiz-answer"`) or for the page (`careerWidgets.dataLayerInclude`).
 * A quiz at school is answered by pupils; which answer each chose is theirs, not an analytics
 * fact (the score and result of `quiz-complete` go in without asking).
 */
const ASK_BY_NAME: ReadonlySet<string> = new Set(['quiz-answer']);

function included(target: EventTarget, name: string): boolean {
  if (!ASK_BY_NAME.has(name)) return true;
  const attribute = target instanceof Element ? target.getAttribute('data-layer-include') : null;
  const names = attribute !== null ? attribute.split(/[\s,]+/) : window.careerWidgets?.dataLayerInclude;
  return Array.isArray(names) && names.includes(name);
}

/**
 * No query or fragment of a URL goes into the data layer: a link's `#anchor` resolves against the
 * host page's address, query and all (`…/klasse-7b.html?schueler=anna.mueller#quiz`).
 */
function withoutQueries(value: unknown, key = ''): unknown {
  if (typeof value === 'string') return key === 'href' || key === 'url' ? withoutQuery(value) : value;
  if (Array.isArray(value)) return value.map((item) => withoutQueries(item));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withoutQueries(v, k)]));
  return value;
}

/**
 * Which array the element's events go to, or none. Off by default: the element's `data-layer`
 * attribute turns it on for that element (its value, if any, names the array), else the page's
 * `window.careerWidgets.dataLayer`, read at the time of each event.
 */
function dataLayerName(target: EventTarget): string | undefined {
  const attribute = target instanceof Element ? target.getAttribute('data-layer') : null;
  const setting = attribute !== null ? attribute.trim() || true : window.careerWidgets?.dataLayer;
  const name = setting === true ? 'dataLayer' : setting || undefined;
  // A plain identifier only. A global that exists but has no `push` (`location`, `__proto__`) is skipped below.
  return name && /^[A-Za-z_$][\w$]*$/.test(name) ? name : undefined;
}

/**
 * The analytics bridge: when the page opted in, the event is also pushed to its Google Tag Manager
 * data layer, as GTM expects: `{ event, …variables }`. The event name is snake case
 * (`career_widgets_quiz_complete`), which Google Analytics 4 takes as it is, should a tag pass
 * `{{Event}}` on. The detail goes in flat beside it, as a plain copy, without the profile object:
 * a profile is large, and it is the embedder's content, not an analytics fact. We send nothing
 * anywhere: what GTM does with the entry is the page's business. Never throws. Privacy: `href` and
 * `url` go in without query or fragment, messages never carry a `src` query (load-profile.ts),
 * and `quiz-answer` only when asked for by name (`ASK_BY_NAME`).
 */
export function pushToDataLayer(target: EventTarget, name: string, detail: object, profession: string | undefined) {
  try {
    const layerName = dataLayerName(target);
    if (!layerName || !included(target, name)) return;
    const { profile: _profile, ...rest } = detail as { profile?: unknown };
    const widget = target instanceof Element ? target.localName : '';
    const entry: DataLayerEntry = {
      event: `career_widgets_${name.replace(/-/g, '_')}`,
      // A copy, so that nothing in the data layer is a live part of the element or its profile.
      ...(withoutQueries(JSON.parse(JSON.stringify(rest))) as object),
      widget,
      ...(target instanceof Element && target.id ? { widgetId: target.id } : {}),
      ...(profession !== undefined ? { profession } : {}),
    };
    const w = window as unknown as Record<string, unknown>;
    const layer = (w[layerName] ??= []) as { push?: (entry: DataLayerEntry) => unknown };
    if (typeof layer.push === 'function') layer.push(entry);
  } catch {
    // Analytics must never break the element.
  }
}

