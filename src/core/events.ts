import type { Profile } from './profile-schema.js';
import type { ValidationIssue } from './validate.js';

/** Which element fired a `cta-click`. */
export type WidgetName = 'salary-table' | 'career-path' | 'profession-quiz' | 'career-quiz' | 'vacancy-teaser';

/** Every event our elements fire, with its detail. One place, so names and types never drift. */
export interface CareerWidgetEvents {
  'profile-load': { profile: Profile };
  'profile-error': { message: string; issues: ValidationIssue[] };
  'quiz-answer': { questionIndex: number; answerIndex: number; correct: boolean };
  'quiz-complete': { score: number; total: number; result: { minScore: number; maxScore: number; text: string } };
  'cta-click': { href: string; label: string; widget: WidgetName };
  'vacancy-click': { id: string; url: string };
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
  }
}

/** Fires one of our events: bubbling and composed, so a page can listen on any ancestor. */
export function emit<K extends keyof CareerWidgetEvents>(target: EventTarget, name: K, detail: CareerWidgetEvents[K]) {
  return target.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
}
