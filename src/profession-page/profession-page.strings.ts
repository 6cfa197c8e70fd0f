import { defineStrings, type Language } from '../core/strings.js';

export const pageStrings = defineStrings(
  {
    kicker: 'Ausbildung & Beruf',
    contents: 'Inhalt',
    salary: 'Gehalt',
    career: 'Karriereweg',
    quiz: 'Quiz',
    vacancies: 'Freie Lehrstellen',
    related: 'Mehr zum Beruf',
  },
  {
    kicker: 'Training & career',
    contents: 'Contents',
    salary: 'Pay',
    career: 'Career path',
    quiz: 'Quiz',
    vacancies: 'Open apprenticeships',
    related: 'More about the profession',
  },
);

/**
 * The fragment of each section (`#bewerbung`), in the page's language: a German portal links
 * `…#bewerbung`, not `…#application`.
 */
export const sectionIds: Record<Language, Record<string, string>> = {
  de: {
    facts: 'ueberblick',
    salary: 'gehalt',
    tasks: 'beruf',
    workplaces: 'arbeitsorte',
    suitability: 'voraussetzungen',
    contents: 'ausbildungsinhalte',
    career: 'karriereweg',
    application: 'bewerbung',
    quiz: 'quiz',
    vacancies: 'lehrstellen',
    similar: 'aehnliche-berufe',
  },
  en: {
    facts: 'overview',
    salary: 'pay',
    tasks: 'the-job',
    workplaces: 'workplaces',
    suitability: 'requirements',
    contents: 'training-contents',
    career: 'career-path',
    application: 'application',
    quiz: 'quiz',
    vacancies: 'vacancies',
    similar: 'similar-professions',
  },
};
