// The React server-render page (issues 14, 24): an app of `career-widgets/react/<tag>` wrappers,
// rendered to HTML on the server by react-dom/server (test/interop/run.mjs, in Node: the wrappers
// write each element's declarative shadow DOM and inline profile) and hydrated in the browser with
// hydrateRoot (test/interop/react-ssr-page.mjs). React 19 drops a custom element's properties and
// on… handlers while hydrating (react#35446); the wrappers set them in an effect, so the handlers
// fire. Plain createElement, so Node runs it as it is.
import { createElement as h } from 'react';
import { SalaryTable } from 'career-widgets/react/salary-table';
import { CareerPath } from 'career-widgets/react/career-path';
import { ProfessionQuiz } from 'career-widgets/react/profession-quiz';
import { CareerQuiz } from 'career-widgets/react/career-quiz';
import { VacancyTeaser } from 'career-widgets/react/vacancy-teaser';

/** Handlers record into window.__record (test/interop/record.js); on the server they are never called. */
const record = (entry) => () => globalThis.window?.__record.handled.push(entry);

export function App({ profile }) {
  const common = (tag) => ({ id: tag, profile, onProfileLoad: record(`${tag}:profile-load`), onProfileError: record(`${tag}:profile-error`) });
  return h(
    'main',
    null,
    h(SalaryTable, { ...common('salary-table'), view: 'both' }),
    h(CareerPath, common('career-path')),
    h(ProfessionQuiz, {
      ...common('profession-quiz'),
      onQuizAnswer: record('profession-quiz:quiz-answer'),
      onQuizComplete: (event) => globalThis.window?.__record.handled.push(`profession-quiz:quiz-complete:${event.detail.score}`),
    }),
    h(CareerQuiz, {
      ...common('career-quiz'),
      lang: 'en',
      onQuizComplete: (event) => globalThis.window?.__record.handled.push(`career-quiz:quiz-complete:${event.detail.score}`),
    }),
    h(VacancyTeaser, common('vacancy-teaser')),
  );
}
