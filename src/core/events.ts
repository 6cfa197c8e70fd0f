import type { Profile } from './profile-schema.js';
import type { ValidationIssue } from './check.js';
import { withoutQuery } from './privacy.js';
import type { Area } from './schema/catalog.js';

/** Which element fired a `cta-click`. */
export type WidgetName =
  | 'salary-table'
  | 'career-path'
  | 'profession-quiz'
  | 'career-quiz'
  | 'vacancy-teaser'
  | 'profession-facts'
  | 'profession-tasks'
  | 'profession-workplaces'
  | 'profession-suitability'
  | 'training-contents'
  | 'profession-application'
  | 'profession-page'
  | 'similar-professions';

// The detail of each event, by name: the manifest's `@fires {CustomEvent<…>}` tags and the
// framework types generated from it name these.
/** `profile-load`: the sections the element shows, in format 2. */
export interface ProfileLoadDetail {
  profile: Profile;
}
/** `profile-error`: what went wrong, and where in the profile. */
export interface ProfileErrorDetail {
  message: string;
  /** The first 100 issues (`MAX_REPORTED_ISSUES`), each with its JSON path. */
  issues: ValidationIssue[];
  /** How many issues there were in all: more than `issues.length` when the list was cut. */
  issueCount: number;
}
/** `quiz-answer`: `answerIndex` is the option's index in the profile, also when shuffled. */
export interface QuizAnswerDetail {
  questionIndex: number;
  answerIndex: number;
  correct: boolean;
}
/** `quiz-complete`: the score and the result shown. */
export interface QuizCompleteDetail {
  score: number;
  total: number;
  result: { minScore: number; maxScore: number; text: string };
}
/** `cta-click`: the link followed, and which element it was in. */
export interface CtaClickDetail {
  href: string;
  label: string;
  widget: WidgetName;
}
/** `vacancy-click`: the posting's `identifier` (else its URL) and its URL. */
export interface VacancyClickDetail {
  id: string;
  url: string;
}

/** `finder-complete`: the pupil's six area scores (0–1) and the catalog's top 20 by fit, before any filter. Nothing personal. */
export interface FinderCompleteDetail {
  interests: Record<Area, number>;
  ranking: { slug: string; name: string; score: number }[];
}

/** Every event our elements fire, with its detail. One place, so names and types never drift. */
export interface CareerWidgetEvents {
  'profile-load': ProfileLoadDetail;
  'profile-error': ProfileErrorDetail;
  'quiz-answer': QuizAnswerDetail;
  'quiz-complete': QuizCompleteDetail;
  'cta-click': CtaClickDetail;
  'vacancy-click': VacancyClickDetail;
  'finder-complete': FinderCompleteDetail;
}

export type CareerWidgetEvent<K extends keyof CareerWidgetEvents> = CustomEvent<CareerWidgetEvents[K]>;

declare global {
  interface HTMLElementEventMap {
    'profile-load': CareerWidgetEvent<'profile-load'>;
    'profile-error': CareerWidgetEvent<'profile-error'>;
    'quiz-answer': CareerWidgetEvent<'quiz-answer'>;
    'quiz-complete': CareerWidgetEvent<'quiz-complete'>;
    'cta-click': CareerWidgetEvent<'cta-click'>;
    'vacancy-click': CareerWidgetEvent<'vacancy-click'>;
    'finder-complete': CareerWidgetEvent<'finder-complete'>;
  }
}

/** The page's opt-in to the analytics bridge for every element: `window.careerWidgets = { dataLayer: true }`. */
export interface CareerWidgetsGlobal {
  /** `true`: push to `window.dataLayer`; a name: push to `window[name]` (a renamed GTM data layer). */
  dataLayer?: boolean | string;
  /**
   * Events that carry what a reader did and are left out of the data layer unless named here
   * (or in the element's `data-layer-include`): today `quiz-answer`, which answer was chosen.
   */
  dataLayerInclude?: string[];
}

declare global {
  interface Window {
    careerWidgets?: CareerWidgetsGlobal;
  }
}

/** What goes into the data layer for one event (see `pushToDataLayer`). */
export interface DataLayerEntry {
  /** `career_widgets_` and the event's name in snake case: `career_widgets_quiz_complete`. */
  event: string;
  /** The element's tag name: `salary-table`, `career-quiz`, … */
  widget: string;
  /** The `id` of the element, when it has one: tells two of the same kind apart. */
  widgetId?: string;
  /** The `name` of the profession the element shows, once its profile has loaded. */
  profession?: string;
  [key: string]: unknown;
}

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

/** The profession each element shows, from its last `profile-load`, for the data layer. */
const professions = new WeakMap<EventTarget, string>();

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
function pushToDataLayer(target: EventTarget, name: string, detail: object) {
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
      ...(professions.has(target) ? { profession: professions.get(target) } : {}),
    };
    const w = window as unknown as Record<string, unknown>;
    const layer = (w[layerName] ??= []) as { push?: (entry: DataLayerEntry) => unknown };
    if (typeof layer.push === 'function') layer.push(entry);
  } catch {
    // Analytics must never break the element.
  }
}

/** Fires one of our events: bubbling and composed, so a page can listen on any ancestor. */
export function emit<K extends keyof CareerWidgetEvents>(target: EventTarget, name: K, detail: CareerWidgetEvents[K]) {
  if (name === 'profile-load') {
    const profession = (detail as CareerWidgetEvents['profile-load']).profile.name;
    professions.set(target, profession);
  } else if (name === 'profile-error') {
    professions.delete(target);
  }
  const result = target.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
  pushToDataLayer(target, name, detail);
  return result;
}
