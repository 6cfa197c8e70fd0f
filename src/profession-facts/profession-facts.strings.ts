import { defineStrings } from '../core/strings.js';

export const factsStrings = defineStrings(
  {
    title: 'Auf einen Blick',
    section: 'Eckdaten',
    path: 'Bildungsweg',
    certificate: 'Schulabschluss',
    duration: 'Ausbildungsdauer',
    strengths: 'Deine Stärken',
  },
  {
    title: 'At a glance',
    section: 'key facts',
    path: 'Type of training',
    certificate: 'School certificate',
    duration: 'Duration of training',
    strengths: 'Your strengths',
  },
);
