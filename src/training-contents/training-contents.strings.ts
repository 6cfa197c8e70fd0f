import { defineStrings } from '../core/strings.js';

export const contentsStrings = defineStrings(
  {
    title: 'Was du in der Ausbildung lernst',
    section: 'Ausbildungsinhalte',
    company: 'Im Ausbildungsbetrieb',
    school: 'In der Berufsschule',
    highlights: 'Highlights der Ausbildung',
  },
  {
    title: 'What you learn in the training',
    section: 'training contents',
    company: 'In the company',
    school: 'At vocational school',
    highlights: 'Highlights of the training',
  },
);
