import { defineStrings } from '../core/strings.js';

export const suitabilityStrings = defineStrings(
  {
    title: 'Voraussetzungen',
    section: 'Voraussetzungen und Eignung',
    strengths: 'Stärken, die dir helfen',
    certificate: 'Schulabschluss',
    alternatives: 'Auch möglich',
    fit: 'Passt der Beruf zu dir?',
    suits: 'Passt gut zu dir, wenn …',
    suitsLess: 'Passt weniger zu dir, wenn …',
  },
  {
    title: 'What it takes',
    section: 'requirements and suitability',
    strengths: 'Strengths that help',
    certificate: 'School certificate',
    alternatives: 'Also possible',
    fit: 'Does the profession suit you?',
    suits: 'Suits you if …',
    suitsLess: 'Suits you less if …',
  },
);
