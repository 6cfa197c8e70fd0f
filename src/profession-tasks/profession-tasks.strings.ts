import { defineStrings } from '../core/strings.js';

export const tasksStrings = defineStrings(
  {
    title: 'Infos zum Beruf',
    section: 'Aufgaben und Berufsalltag',
    about: 'Was du machst',
    tasks: 'Typische Aufgaben',
    day: 'Dein Arbeitstag',
  },
  {
    title: 'About the job',
    section: 'tasks and the working day',
    about: 'What you do',
    tasks: 'Typical tasks',
    day: 'A working day',
  },
);
