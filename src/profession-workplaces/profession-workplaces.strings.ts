import { defineStrings } from '../core/strings.js';

export const workplacesStrings = defineStrings(
  {
    title: 'Wo du arbeitest',
    section: 'Arbeitsorte',
    employers: 'Arbeitgeber',
    places: 'Arbeitsorte',
    facts: 'Gut zu wissen',
  },
  {
    title: 'Where you work',
    section: 'workplaces',
    employers: 'Employers',
    places: 'Places of work',
    facts: 'Good to know',
  },
);
