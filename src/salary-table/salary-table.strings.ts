import { defineStrings, englishOrdinal } from '../core/strings.js';

export const salaryStrings = defineStrings(
  {
    section: 'Gehalt',
    caption: 'Ausbildungs- und Einstiegsgehalt',
    period: 'Zeitraum',
    amount: (perMonth: boolean) => (perMonth ? 'Gehalt pro Monat' : 'Gehalt pro Jahr'),
    trainingYear: (year: number) => `${year}. Ausbildungsjahr`,
    trainingYearShort: (year: number) => `${year}. Jahr`,
    entry: 'Einstiegsgehalt',
    entryShort: 'Einstieg',
    source: 'Quelle',
    referenceDate: 'Stand',
    route: 'Gehalt auf dem Weg',
  },
  {
    section: 'salary',
    caption: 'Training and entry salary',
    period: 'Period',
    amount: (perMonth) => (perMonth ? 'Pay per month' : 'Pay per year'),
    trainingYear: (year) => `${englishOrdinal(year)} year of training`,
    trainingYearShort: (year) => `Year ${year}`,
    entry: 'Entry salary',
    entryShort: 'Entry',
    source: 'Source',
    referenceDate: 'As of',
    route: 'Pay on the way',
  },
);

export type SalaryStrings = (typeof salaryStrings)['de'];
