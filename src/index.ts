/**
 * career-widgets: importing this module registers every element.
 * For one element only, import `career-widgets/salary-table` (registers it)
 * or `career-widgets/salary-table/class` (the class, registers nothing).
 */
// First, before Lit itself: Lit's hydration support (pre-rendered elements; see core/hydration.ts).
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import './salary-table/define.js';
import './vacancy-teaser/define.js';
import './career-path/define.js';
import './profession-quiz/define.js';
import './profession-quiz/career-quiz.define.js';
import './profession-facts/define.js';
import './profession-tasks/define.js';
import './profession-workplaces/define.js';
import './profession-suitability/define.js';
import './training-contents/define.js';
import './profession-application/define.js';
import './profession-page/define.js';
import './similar-professions/define.js';
import './profession-finder/define.js';

export { SalaryTable, type SalaryView } from './salary-table/salary-table.js';
export { CareerPath } from './career-path/career-path.js';
export { ProfessionQuiz, type QuizStep } from './profession-quiz/profession-quiz.js';
export { CareerQuiz } from './profession-quiz/career-quiz.js';
export { VacancyTeaser } from './vacancy-teaser/vacancy-teaser.js';
export { ProfessionFacts } from './profession-facts/profession-facts.js';
export { ProfessionTasks } from './profession-tasks/profession-tasks.js';
export { ProfessionWorkplaces } from './profession-workplaces/profession-workplaces.js';
export { ProfessionSuitability } from './profession-suitability/profession-suitability.js';
export { TrainingContents } from './training-contents/training-contents.js';
export { ProfessionApplication } from './profession-application/profession-application.js';
export { ProfessionPage } from './profession-page/profession-page.js';
export { SimilarProfessions } from './similar-professions/similar-professions.js';
export { ProfessionFinder } from './profession-finder/profession-finder.js';
export { ProfileSection } from './core/profile-section.js';
export { ProfileElement } from './core/profile-element.js';
export { defineElement, VERSION } from './core/define.js';
export { validateProfile, type ValidationIssue, type ValidationResult } from './core/validate.js';
export { safeUrl } from './core/safe-url.js';
export { SCHEMA_VERSION } from './core/profile-schema.js';
export type * from './core/profile-schema.js';
export type {
  CareerWidgetEvents,
  CareerWidgetEvent,
  WidgetName,
  ProfileLoadDetail,
  ProfileErrorDetail,
  QuizAnswerDetail,
  QuizCompleteDetail,
  CtaClickDetail,
  VacancyClickDetail,
  FinderCompleteDetail,
} from './core/events.js';
