import { defineStrings } from '../core/strings.js';

export const vacancyStrings = defineStrings(
  {
    section: 'Freie Lehrstellen',
    heading: (profession: string) => `Freie Lehrstellen: ${profession}`,
    start: 'Beginn',
    newWindow: '(öffnet in neuem Fenster)',
    noVacancies: 'Derzeit sind leider keine freien Lehrstellen verfügbar.',
    feedFailed: 'Die aktuellen Stellenangebote konnten gerade nicht geladen werden.',
    feedTooLarge: 'Die Stellenangebote sind zu umfangreich, um sie hier anzuzeigen.',
    showAll: (count: number) => `Alle ${count.toLocaleString('de')} Stellen anzeigen`,
  },
  {
    section: 'open apprenticeships',
    heading: (profession) => `Open apprenticeships: ${profession}`,
    start: 'Start',
    newWindow: '(opens in a new window)',
    noVacancies: 'There are no open apprenticeships at the moment.',
    feedFailed: 'The current vacancies could not be loaded just now.',
    feedTooLarge: 'The list of vacancies is too large to show here.',
    showAll: (count) => `Show all ${count.toLocaleString('en')} vacancies`,
  },
);
