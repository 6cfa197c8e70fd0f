import { defineStrings } from '../core/strings.js';

export const factsStrings = defineStrings(
  {
    title: 'Auf einen Blick',
    section: 'Eckdaten',
    path: 'Bildungsweg',
    certificate: 'Schulabschluss',
    duration: 'Ausbildungsdauer',
    degree: 'Akademischer Abschluss',
    credits: 'Leistungspunkte',
    strengths: 'Deine Stärken',
  },
  {
    title: 'At a glance',
    section: 'key facts',
    path: 'Type of training',
    certificate: 'School certificate',
    duration: 'Duration of training',
    degree: 'Academic degree',
    credits: 'Credits',
    strengths: 'Your strengths',
  },
);
