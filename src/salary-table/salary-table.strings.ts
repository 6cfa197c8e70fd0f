import { defineStrings, englishOrdinal } from '../core/strings.js';
import type { PayKind } from '../core/profile-schema.js';

export const salaryStrings = defineStrings(
  {
    section: 'Gehalt',
    caption: 'Ausbildungs- und Einstiegsgehalt',
    period: 'Zeitraum',
    amount: (perMonth: boolean) => (perMonth ? 'Gehalt pro Monat' : 'Gehalt pro Jahr'),
    trainingYear: (year: number) => `${year}. Ausbildungsjahr`,
    studyYear: (year: number) => `${year}. Studienjahr`,
    trainingYearShort: (year: number) => `${year}. Jahr`,
    entry: 'Einstiegsgehalt',
    entryShort: 'Einstieg',
    source: 'Quelle',
    referenceDate: 'Stand',
    // A route's table names the pay as the profile does (issue 25): Anwärterbezüge are no Gehalt.
    route: (kind: PayKind) => ({ 'training-salary': 'Gehalt auf dem Weg', 'candidate-salary': 'Anwärterbezüge auf dem Weg', 'study-salary': 'Vergütung auf dem Weg' })[kind],
    // Issue 25: Anwärterbezüge and a dual student's pay are no "Gehalt"; a civil servant's pay after the training is Besoldung.
    kindCaption: (kind: PayKind) => ({ 'training-salary': '', 'candidate-salary': 'Anwärterbezüge und Besoldung', 'study-salary': 'Vergütung im dualen Studium und Einstiegsgehalt' })[kind],
    kindAmount: (kind: PayKind, perMonth: boolean) => `${kind === 'candidate-salary' ? 'Anwärterbezüge' : 'Vergütung'} ${perMonth ? 'pro Monat' : 'pro Jahr'}`,
    besoldung: 'Besoldung nach der Ausbildung',
    besoldungShort: 'Besoldung',
    scale: 'Tarif',
    allowances: 'Zulagen nach der Ausbildung',
    notes: 'Hinweise zur Bezahlung',
  },
  {
    section: 'salary',
    caption: 'Training and entry salary',
    period: 'Period',
    amount: (perMonth) => (perMonth ? 'Pay per month' : 'Pay per year'),
    trainingYear: (year) => `${englishOrdinal(year)} year of training`,
    studyYear: (year) => `${englishOrdinal(year)} year of study`,
    trainingYearShort: (year) => `Year ${year}`,
    entry: 'Entry salary',
    entryShort: 'Entry',
    source: 'Source',
    referenceDate: 'As of',
    route: () => 'Pay on the way',
    kindCaption: (kind) => ({ 'training-salary': '', 'candidate-salary': 'Civil-service trainee pay (Anwärterbezüge) and pay after the training', 'study-salary': 'Pay during dual study and entry salary' })[kind],
    kindAmount: (kind, perMonth) => `${kind === 'candidate-salary' ? 'Trainee pay' : 'Pay'} ${perMonth ? 'per month' : 'per year'}`,
    besoldung: 'Pay as a civil servant after the training',
    besoldungShort: 'After training',
    scale: 'Pay scale',
    allowances: 'Allowances after the training',
    notes: 'Notes on pay',
  },
);

export type SalaryStrings = (typeof salaryStrings)['de'];
