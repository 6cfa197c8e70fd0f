/**
 * React wrappers (`career-widgets/react`), made with `@lit/react`: they set the `profile` property
 * and add the event listeners in an effect, so both survive React 19's server rendering and
 * hydration, which drop a custom element's properties and `on…` handlers (react#35446).
 * Importing this module registers the tags it wraps, as Web Awesome's wrappers do.
 *
 * ```tsx
 * import { ProfessionQuiz } from 'career-widgets/react';
 * <ProfessionQuiz profile={profile} onQuizComplete={(e) => console.log(e.detail.score)} />
 * ```
 */
// First, before Lit itself: Lit's hydration support (pre-rendered elements; see core/hydration.ts).
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import '../index.js';
import { SalaryTable as SalaryTableElement } from '../salary-table/salary-table.js';
import { CareerPath as CareerPathElement } from '../career-path/career-path.js';
import { ProfessionQuiz as ProfessionQuizElement } from '../profession-quiz/profession-quiz.js';
import { CareerQuiz as CareerQuizElement } from '../profession-quiz/career-quiz.js';
import { VacancyTeaser as VacancyTeaserElement } from '../vacancy-teaser/vacancy-teaser.js';
import { SimilarProfessions as SimilarProfessionsElement } from '../similar-professions/similar-professions.js';
import { ProfessionFinder as ProfessionFinderElement } from '../profession-finder/profession-finder.js';
import type { CareerWidgetEvent } from '../core/events.js';

/** The events every element fires, as `@lit/react` event props. */
const profileEvents = {
  onProfileLoad: 'profile-load' as EventName<CareerWidgetEvent<'profile-load'>>,
  onProfileError: 'profile-error' as EventName<CareerWidgetEvent<'profile-error'>>,
  onCtaClick: 'cta-click' as EventName<CareerWidgetEvent<'cta-click'>>,
};
const quizEvents = {
  ...profileEvents,
  onQuizAnswer: 'quiz-answer' as EventName<CareerWidgetEvent<'quiz-answer'>>,
  onQuizComplete: 'quiz-complete' as EventName<CareerWidgetEvent<'quiz-complete'>>,
};

export const SalaryTable = createComponent({ tagName: 'salary-table', elementClass: SalaryTableElement, react: React, events: profileEvents });
export const CareerPath = createComponent({ tagName: 'career-path', elementClass: CareerPathElement, react: React, events: profileEvents });
export const ProfessionQuiz = createComponent({ tagName: 'profession-quiz', elementClass: ProfessionQuizElement, react: React, events: quizEvents });
export const CareerQuiz = createComponent({ tagName: 'career-quiz', elementClass: CareerQuizElement, react: React, events: quizEvents });
export const VacancyTeaser = createComponent({
  tagName: 'vacancy-teaser',
  elementClass: VacancyTeaserElement,
  react: React,
  events: { ...profileEvents, onVacancyClick: 'vacancy-click' as EventName<CareerWidgetEvent<'vacancy-click'>> },
});
export const SimilarProfessions = createComponent({ tagName: 'similar-professions', elementClass: SimilarProfessionsElement, react: React, events: profileEvents });
// The finder has no profile: only its own events.
export const ProfessionFinder = createComponent({
  tagName: 'profession-finder',
  elementClass: ProfessionFinderElement,
  react: React,
  events: {
    onFinderComplete: 'finder-complete' as EventName<CareerWidgetEvent<'finder-complete'>>,
    onProfileError: 'profile-error' as EventName<CareerWidgetEvent<'profile-error'>>,
  },
});
