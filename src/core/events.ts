import type { Profile } from './profile-schema.js';
import type { ValidationIssue } from './check.js';
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

/** The profession each element shows, from its last `profile-load`, for the data layer. */
const professions = new WeakMap<EventTarget, string>();

type Bridge = typeof import('./data-layer.js');
let bridge: Bridge | undefined;
let loading: Promise<Bridge | undefined> | undefined;

/**
 * Whether `target`'s events go to a data layer too (its `data-layer` attribute, else the page's
 * `window.careerWidgets.dataLayer`); when they do, starts loading the bridge (data-layer.ts), which
 * reads the settings in full. Elements call it when connected, so that it is there by their first event.
 */
export function dataLayerWanted(target: EventTarget): boolean {
  const wanted = (target instanceof Element && target.hasAttribute('data-layer')) || Boolean(window.careerWidgets?.dataLayer);
  // A failed load (offline, a blocked chunk) leaves the events as they are: analytics must never break the element.
  if (wanted) loading ??= import('./data-layer.js').then((module) => (bridge = module), () => undefined);
  return wanted;
}

/** Settles once every push queued before the bridge loaded is done (an element's `settled` waits for it). */
export const dataLayerPushed = () => loading;

/** Fires one of our events: bubbling and composed, so a page can listen on any ancestor. */
export function emit<K extends keyof CareerWidgetEvents>(target: EventTarget, name: K, detail: CareerWidgetEvents[K]) {
  if (name === 'profile-load') {
    const profession = (detail as CareerWidgetEvents['profile-load']).profile.name;
    professions.set(target, profession);
  } else if (name === 'profile-error') {
    professions.delete(target);
  }
  const result = target.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
  if (dataLayerWanted(target)) {
    const profession = professions.get(target);
    // Before the bridge has loaded, in order after it (the first `.then` sets `bridge`).
    if (bridge) bridge.pushToDataLayer(target, name, detail, profession);
    else void loading!.then((module) => module?.pushToDataLayer(target, name, detail, profession));
  }
  return result;
}
