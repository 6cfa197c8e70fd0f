import { defineStrings, englishOrdinal } from '../core/strings.js';
import type { ExamForm, PayKind, PeriodKind } from '../core/profile-schema.js';

const number = (n: number, locale: string) => n.toLocaleString(locale);
/** German plural of our own words: profile text is never inflected, only what we write. */
const months = (n: number) => `${n} ${n === 1 ? 'Monat' : 'Monaten'}`;

export const careerPathStrings = defineStrings(
  {
    section: 'Karriereweg',
    /** Frames the profession's name in the title: "Karriereweg: Koch / Köchin" (the name keeps the profile's language). */
    label: 'Karriereweg',
    entry: 'Einstieg',
    certificate: 'Schulabschluss',
    alternatives: 'Auch möglich',
    moreCertificate: 'Mehr zum Schulabschluss',
    strengths: 'Deine Stärken',
    training: 'Ausbildung',
    duration: 'Dauer',
    learningPlaces: 'Lernorte',
    hours: (theory: number | undefined, practice: number | undefined) =>
      `Stunden: ${[theory === undefined ? '' : `${number(theory, 'de')} Theorie`, practice === undefined ? '' : `${number(practice, 'de')} Praxis`].filter(Boolean).join(', ')}`,
    moreTraining: 'Mehr zur Ausbildung',
    // `study`: a dual study counts years of study (salary.kind 'study-salary').
    trainingYear: (year: number, study?: boolean) => `${year}. ${study ? 'Studienjahr' : 'Ausbildungsjahr'}`,
    trainingYears: (first: number, last: number, study?: boolean) => `${first === last ? first : `${first}.–${last}`}. ${study ? 'Studienjahr' : 'Ausbildungsjahr'}`,
    pay: (money: string, perMonth: boolean) => `${money} ${perMonth ? 'pro Monat' : 'pro Jahr'}`,
    // Times are whole months from the start of the training (format 2's `at`).
    timing: (at: number, total: number | undefined) =>
      at === 0 ? 'Zu Beginn der Ausbildung'
      : at === total ? 'Am Ende der Ausbildung'
      : at * 2 === total ? 'Nach der Hälfte der Ausbildung'
      : at % 12 === 0 ? `Am Ende des ${at / 12}. Ausbildungsjahres`
      : `Nach ${months(at)}, im ${Math.floor(at / 12) + 1}. Ausbildungsjahr`,
    // Our word frames the body's name; no sentence is built around it ("vor der zuständige Landesbehörde").
    examiningBody: 'Prüfung',
    weight: (percent: number) => `Anteil an der Note: ${number(percent, 'de')} %`,
    credential: 'Abschluss',
    moreExam: 'Mehr zur Prüfung',
    moreSpecialization: 'Mehr zu dieser Vertiefung',
    period: (kind: PeriodKind) => ({ dual: 'Betrieb und Berufsschule', company: 'Betrieb', school: 'Schule', practical: 'Praxis', university: 'Hochschule' })[kind],
    learningPlace: 'Lernort',
    shortening: 'Kürzerer Weg',
    prerequisite: 'Voraussetzung',
    credited: 'Angerechnet',
    remaining: 'Verbleibende Ausbildungszeit',
    moreShortening: 'Mehr zum kürzeren Weg',
    route: 'Anderer Weg',
    schedule: (partTime: boolean) => (partTime ? 'Teilzeit' : 'Vollzeit'),
    moreRoute: 'Mehr zu diesem Weg',
    specializations: 'Vertiefung zur Wahl',
    from: (at: number) => `Wahl im ${Math.floor(at / 12) + 1}. Ausbildungsjahr`,
    jobEntry: 'Berufseinstieg',
    profession: 'Dein Beruf',
    entrySalary: 'Einstiegsgehalt',
    after: 'Danach',
    furtherTraining: 'Weiterbildung',
    study: 'Studium',
    prospects: 'Zukunftsaussichten',
    // Issue 25: a window, a second body, what an exam is made of, a dual study's degree, a civil servant's pay.
    window: (from: number, to: number) => `Zwischen dem ${from}. und ${to}. Monat`,
    conductingBody: 'Durchführung',
    form: (form: ExamForm) => ({ written: 'schriftlich', oral: 'mündlich', practical: 'praktisch' })[form],
    components: 'Besteht aus',
    areas: 'Prüfungsbereiche',
    examsAt: 'Prüfungen auf diesem Weg',
    degree: 'Akademischer Abschluss',
    credits: (n: number) => `Leistungspunkte: ${number(n, 'de')} ECTS`,
    conditions: 'Weitere Voraussetzungen',
    additionalQualifications: 'Zusatzqualifikationen',
    practiceBreakdown: 'Praxisstunden nach Ort',
    // What the pay is called: Anwärterbezüge are no Ausbildungsvergütung, and no Gehalt.
    payKind: (kind: PayKind) => ({ 'training-salary': 'Ausbildungsvergütung', 'candidate-salary': 'Anwärterbezüge', 'study-salary': 'Vergütung im dualen Studium' })[kind],
    payKindLabel: 'Bezahlung',
    besoldung: 'Besoldung nach der Ausbildung',
    allowances: 'Zulagen',
  },
  {
    section: 'career path',
    label: 'Career path',
    entry: 'Getting in',
    certificate: 'School certificate',
    alternatives: 'Also possible',
    moreCertificate: 'More about the school certificate',
    strengths: 'Your strengths',
    training: 'Training',
    duration: 'Duration',
    learningPlaces: 'Where you learn',
    hours: (theory, practice) =>
      `Hours: ${[theory === undefined ? '' : `${number(theory, 'en')} theory`, practice === undefined ? '' : `${number(practice, 'en')} practice`].filter(Boolean).join(', ')}`,
    moreTraining: 'More about the training',
    trainingYear: (year, study) => `${englishOrdinal(year)} year of ${study ? 'study' : 'training'}`,
    trainingYears: (first, last, study) => (first === last ? `${englishOrdinal(first)} year of ${study ? 'study' : 'training'}` : `Years ${first}–${last} of ${study ? 'study' : 'training'}`),
    pay: (money, perMonth) => `${money} ${perMonth ? 'a month' : 'a year'}`,
    timing: (at, total) =>
      at === 0 ? 'At the start of the training'
      : at === total ? 'At the end of the training'
      : at * 2 === total ? 'At half time'
      : at % 12 === 0 ? `At the end of the ${englishOrdinal(at / 12)} year`
      : `After ${at} month${at === 1 ? '' : 's'}, in the ${englishOrdinal(Math.floor(at / 12) + 1)} year`,
    examiningBody: 'Examined by',
    weight: (percent) => `Share of the final grade: ${number(percent, 'en')}%`,
    credential: 'Certificate',
    moreExam: 'More about the exam',
    moreSpecialization: 'More about this specialisation',
    period: (kind) => ({ dual: 'Company and vocational school', company: 'Company', school: 'School', practical: 'Practical placement', university: 'University' })[kind],
    learningPlace: 'Where',
    shortening: 'A shorter way',
    prerequisite: 'Requires',
    credited: 'Credited',
    remaining: 'Training time left',
    moreShortening: 'More about the shorter way',
    route: 'Another way',
    schedule: (partTime) => (partTime ? 'Part-time' : 'Full-time'),
    moreRoute: 'More about this way',
    specializations: 'Specialisation to choose',
    from: (at) => `Chosen in the ${englishOrdinal(Math.floor(at / 12) + 1)} year`,
    jobEntry: 'Job entry',
    profession: 'Your profession',
    entrySalary: 'Entry salary',
    after: 'After that',
    furtherTraining: 'Further training',
    study: 'Study',
    prospects: 'Prospects',
    window: (from, to) => `Between month ${from} and ${to}`,
    conductingBody: 'Conducted by',
    form: (form) => ({ written: 'written', oral: 'oral', practical: 'practical' })[form],
    components: 'Consists of',
    areas: 'Exam areas',
    examsAt: 'Exams on this way',
    degree: 'Academic degree',
    credits: (n) => `Credits: ${number(n, 'en')} ECTS`,
    conditions: 'Further requirements',
    additionalQualifications: 'Additional qualifications',
    practiceBreakdown: 'Practice hours by place',
    payKind: (kind) => ({ 'training-salary': 'Training pay', 'candidate-salary': 'Pay as a civil-service trainee (Anwärterbezüge)', 'study-salary': 'Pay during dual study' })[kind],
    payKindLabel: 'Pay',
    besoldung: 'Pay as a civil servant after the training',
    allowances: 'Allowances',
  },
);

export type CareerPathStrings = (typeof careerPathStrings)['de'];
