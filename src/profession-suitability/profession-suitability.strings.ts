import { defineStrings } from '../core/strings.js';

export const suitabilityStrings = defineStrings(
  {
    title: 'Voraussetzungen',
    section: 'Voraussetzungen und Eignung',
    strengths: 'Stärken, die dir helfen',
    certificate: 'Schulabschluss',
    alternatives: 'Auch möglich',
    // Not the quiz's title ("Passt der Beruf zu dir?"), which follows on the page.
    fit: 'Wer sich hier wohlfühlt',
    suits: 'Passt gut zu dir, wenn …',
    suitsLess: 'Passt weniger zu dir, wenn …',
  },
  {
    title: 'What it takes',
    section: 'requirements and suitability',
    strengths: 'Strengths that help',
    certificate: 'School certificate',
    alternatives: 'Also possible',
    fit: 'Who feels at home here',
    suits: 'Suits you if …',
    suitsLess: 'Suits you less if …',
  },
);
