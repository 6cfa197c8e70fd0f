import { defineStrings } from '../core/strings.js';
import type { TRAINING_KINDS, TRAINING_PAY_KINDS } from '../core/schema/catalog.js';

type Kind = (typeof TRAINING_KINDS)[number];
type PayKind = (typeof TRAINING_PAY_KINDS)[number];

export const similarStrings = defineStrings(
  {
    title: 'Ähnliche Berufe',
    themes: 'Themenwelten',
    // The seed page's own line, now followed by its links.
    themesIntro: 'In diesen Themenwelten findest du ähnliche Berufe:',
    professionCount: (n: number) => (n === 1 ? '1 Beruf' : `${n.toLocaleString('de')} Berufe`),
    similar: 'Das könnte dich auch interessieren',
    duration: 'Dauer',
    kind: 'Art',
    kinds: (kind: Kind) => ({ dual: 'Duale Ausbildung', school: 'Schulische Ausbildung', health: 'Ausbildung in einem Gesundheitsberuf', 'civil-service': 'Beamtenausbildung', 'dual-study': 'Duales Studium' })[kind],
    // Anwärterbezüge are no Ausbildungsvergütung: each kind of pay under its own name.
    pay: (kind: PayKind) => ({ 'training-salary': 'Ausbildungsvergütung', 'candidate-salary': 'Anwärterbezüge', 'study-salary': 'Vergütung im dualen Studium', unpaid: 'Vergütung' })[kind],
    about: (amount: string) => `ca. ${amount}`,
    unpaid: (fee: string | undefined) => (fee ? `unbezahlt · Schulgeld ${fee}` : 'unbezahlt'),
    unpaidThen: (years: number, amount: string) => `${years === 1 ? '1. Jahr' : `1.–${years}. Jahr`} unbezahlt, danach ${amount}`,
    payNote: 'Beträge brutto im Monat, vom ersten bis zum letzten Ausbildungsjahr; „ca.“: gerundet oder geschätzt.',
    noSimilar: 'Im Katalog stehen keine weiteren Berufe dieser Themenwelten.',
    // One message a reader needs for every failure; the console names the cause (no catalog, not in it, HTTP, invalid).
    notFound: 'Zu diesem Beruf sind keine ähnlichen Berufe hinterlegt.',
    failed: (status: number) => `Die ähnlichen Berufe konnten nicht geladen werden${status ? ` (HTTP ${status})` : ''}.`,
  },
  {
    title: 'Similar professions',
    themes: 'Fields of work',
    themesIntro: 'You will find similar professions in these fields of work:',
    professionCount: (n) => (n === 1 ? '1 profession' : `${n.toLocaleString('en')} professions`),
    similar: 'You might also like',
    duration: 'Duration',
    kind: 'Type',
    kinds: (kind) => ({ dual: 'Dual training', school: 'School-based training', health: 'Training in a health profession', 'civil-service': 'Civil-service training', 'dual-study': 'Dual study programme' })[kind],
    pay: (kind) => ({ 'training-salary': 'Training pay', 'candidate-salary': 'Civil-service trainee pay', 'study-salary': 'Pay during dual study', unpaid: 'Pay' })[kind],
    about: (amount) => `about ${amount}`,
    unpaid: (fee) => (fee ? `unpaid · school fees ${fee}` : 'unpaid'),
    unpaidThen: (years, amount) => `${years === 1 ? 'Year 1' : `Years 1–${years}`} unpaid, then ${amount}`,
    payNote: 'Gross amounts per month, from the first to the last year of training; “about”: rounded or estimated.',
    noSimilar: 'The catalog has no other professions in these fields of work.',
    notFound: 'No similar professions are listed for this profession.',
    failed: (status) => `The similar professions could not be loaded${status ? ` (HTTP ${status})` : ''}.`,
  },
);
