import { defineStrings, englishOrdinal } from '../core/strings.js';

const percent = (share: number, locale: string) => share.toLocaleString(locale, { style: 'percent', maximumFractionDigits: 0 });

export const careerPathStrings = defineStrings(
  {
    section: 'Karriereweg',
    label: (name: string) => `Karriereweg: ${name}`,
    entry: 'Einstieg',
    certificate: 'Schulabschluss',
    alternatives: 'Auch möglich',
    moreCertificate: 'Mehr zum Schulabschluss',
    strengths: 'Deine Stärken',
    training: 'Ausbildung',
    duration: 'Dauer',
    learningPlaces: 'Lernorte',
    moreTraining: 'Mehr zur Ausbildung',
    trainingYear: (year: number) => `${year}. Ausbildungsjahr`,
    pay: (money: string, perMonth: boolean) => `${money} ${perMonth ? 'pro Monat' : 'pro Jahr'}`,
    // 0.5 is how the profile says "half time"; other shares are said as a percentage.
    timing: (share: number) =>
      share === 0 ? 'Zu Beginn der Ausbildung'
      : share === 0.5 ? 'Nach der Hälfte der Ausbildung'
      : share === 1 ? 'Am Ende der Ausbildung'
      : `Nach ${percent(share, 'de')} der Ausbildung`,
    // German exam bodies are chambers and offices ("die IHK", "die Handwerkskammer", "die zuständige Stelle"): feminine.
    conductedBy: (body: string) => `Prüfung vor der ${body}`,
    credential: 'Abschluss',
    shortening: 'Kürzerer Weg',
    prerequisite: 'Voraussetzung',
    credited: 'Angerechnet',
    remaining: 'Verbleibende Ausbildungszeit',
    moreShortening: 'Mehr zum kürzeren Weg',
    jobEntry: 'Berufseinstieg',
    profession: 'Dein Beruf',
    entrySalary: 'Einstiegsgehalt',
    after: 'Danach',
    furtherTraining: 'Weiterbildung',
    study: 'Studium',
  },
  {
    section: 'career path',
    label: (name) => `Career path: ${name}`,
    entry: 'Getting in',
    certificate: 'School certificate',
    alternatives: 'Also possible',
    moreCertificate: 'More about the school certificate',
    strengths: 'Your strengths',
    training: 'Training',
    duration: 'Duration',
    learningPlaces: 'Where you learn',
    moreTraining: 'More about the training',
    trainingYear: (year) => `${englishOrdinal(year)} year of training`,
    pay: (money, perMonth) => `${money} ${perMonth ? 'a month' : 'a year'}`,
    timing: (share) =>
      share === 0 ? 'At the start of the training'
      : share === 0.5 ? 'At half time'
      : share === 1 ? 'At the end of the training'
      : `After ${percent(share, 'en')} of the training`,
    conductedBy: (body) => `Exam held by the ${body}`,
    credential: 'Certificate',
    shortening: 'A shorter way',
    prerequisite: 'Requires',
    credited: 'Credited',
    remaining: 'Training time left',
    moreShortening: 'More about the shorter way',
    jobEntry: 'Job entry',
    profession: 'Your profession',
    entrySalary: 'Entry salary',
    after: 'After that',
    furtherTraining: 'Further training',
    study: 'Study',
  },
);

export type CareerPathStrings = (typeof careerPathStrings)['de'];
