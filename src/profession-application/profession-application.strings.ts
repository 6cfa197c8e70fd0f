import { defineStrings } from '../core/strings.js';

export const applicationStrings = defineStrings(
  {
    title: 'Bewerbung',
    section: 'Bewerbung',
    documents: 'Deine Bewerbungsunterlagen',
    submission: 'So schickst du sie ab',
    tips: 'Tipps für deine Bewerbung',
    attire: 'Kleidung im Vorstellungsgespräch',
  },
  {
    title: 'How to apply',
    section: 'application',
    documents: 'Your application documents',
    submission: 'How to send it',
    tips: 'Tips for your application',
    attire: 'What to wear to the interview',
  },
);
