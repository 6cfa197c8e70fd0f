import { html } from 'lit';
import '../src/profession-finder/define.js';
import type { ProfessionFinder } from '../src/profession-finder/profession-finder.js';
import type { StoryContext } from '@storybook/web-components-vite';
import { elementMeta, renderElement, type ElementStory } from './helpers.js';
import catalog from '../profiles/catalog.json';
import bank from '../profiles/finder-items.json';

/** Our catalog and item bank over HTTP (the static build mounts profiles/ there). */
const CATALOG_URL = './profiles/catalog.json';
const ITEMS_URL = './profiles/finder-items.json';

export default {
  title: 'Elements/Profession finder',
  ...elementMeta('profession-finder', {
    args: { catalog: CATALOG_URL, items: ITEMS_URL, 'href-pattern': '/berufe/{slug}' },
    // No profile: the toolbar's profile does not apply.
    parameters: { cw: { toolbarProfile: false } },
  }),
};

const finderIn = (canvas: HTMLElement) => canvas.querySelector<ProfessionFinder>('profession-finder')!;

/**
 * Plays the check by clicking, as a pupil would: the answer of each item from `answer` (0 "Mag ich",
 * 1 "Weiß nicht", 2 "Mag ich nicht"; `undefined` skips it), for `pages` pages (all without it).
 */
async function play(el: ProfessionFinder, answer: (area: string) => number | undefined, pages = Infinity) {
  await el.settled;
  const root = el.shadowRoot!;
  root.querySelector<HTMLButtonElement>('[part~="intro"] button')?.click();
  await el.updateComplete;
  for (let page = 0; page < pages && root.querySelector('form'); page++) {
    for (const fieldset of root.querySelectorAll('fieldset[part~="item"]')) {
      const radios = fieldset.querySelectorAll<HTMLInputElement>('input');
      const position = answer(bank.items.find((item) => item.id === radios[0].name)?.area ?? '');
      if (position !== undefined) radios[position].click();
    }
    await el.updateComplete;
    if (page + 1 < pages) root.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await el.updateComplete;
  }
  await el.settled;
}
const playing = (answer: (area: string) => number | undefined, pages?: number): Pick<ElementStory, 'play'> => ({
  play: async ({ canvasElement }) => play(finderIn(canvasElement), answer, pages),
});
/** Likes helping and organising, dislikes the rest. */
const social = (area: string) => (area === 'S' || area === 'C' ? 0 : area === 'I' ? 1 : 2);

/** A school's career-orientation page with the finder, as a teacher would paste it. */
export const SchoolPage: ElementStory = {
  name: 'School page',
  render: (args, context: StoryContext) => html`<article>
    <p><small>Gesamtschule Musterstadt · Berufsorientierung · Klasse 9</small></p>
    <h1>Welche Ausbildung passt zu mir?</h1>
    <p>Mach den Interessen-Check im Unterricht. Danach sprechen wir über deine Ergebnisse.</p>
    ${renderElement(args, context)}
  </article>`,
};
/** The first screen: needs neither document. */
export const Intro: ElementStory = { name: 'Intro' };
/** The second page, a few items answered, focus on its heading. */
export const Questions: ElementStory = { name: 'Questions', ...playing((area) => (area === 'R' ? 0 : area === 'A' ? 2 : undefined), 2) };
export const QuestionsEnglish: ElementStory = { name: 'Questions: English', globals: { lang: 'en' }, ...playing(() => 1, 1) };
/** The result: interests, the ranked professions with why and key facts. */
export const Result: ElementStory = { name: 'Result', ...playing(social) };
export const ResultEnglish: ElementStory = { name: 'Result: English', globals: { lang: 'en' }, ...playing(social) };
export const ResultDark: ElementStory = { name: 'Result: dark page', globals: { scheme: 'dark' }, ...playing(social) };
/** All "Weiß nicht": no clear interest, every profession from A to Z. */
export const ResultUnclear: ElementStory = { name: 'Result: no clear interest', ...playing(() => 1) };
/** Filters that leave nothing: the empty state and its way back. */
export const ResultFilteredEmpty: ElementStory = {
  name: 'Result: no profession after the filters',
  play: async ({ canvasElement }) => {
    const el = finderIn(canvasElement);
    await play(el, social);
    const [certificate, kind] = el.shadowRoot!.querySelectorAll('select');
    certificate.value = 'hauptschulabschluss';
    certificate.dispatchEvent(new Event('change'));
    kind.value = 'civil-service';
    kind.dispatchEvent(new Event('change'));
    await el.updateComplete;
  },
};
/** A catalog without professions: the interests, and a message in place of the list. */
export const EmptyCatalog: ElementStory = {
  name: 'Empty: a catalog without professions',
  args: { catalog: undefined, catalogData: { ...catalog, professions: [] } },
  ...playing(social),
};
/** The item bank never answers: the intro waits for the count; started, the loading state. */
export const Loading: ElementStory = {
  name: 'Loading',
  args: { items: './never-answers/finder-items.json', timeout: 86_400_000 },
  tags: ['loading'],
};
/** The catalog answers 404. */
export const ErrorCatalog404: ElementStory = { name: 'Error: catalog not found', args: { catalog: './profiles/no-such-catalog.json' }, tags: ['http-error'] };
/** An item bank with an area without items: the check cannot be scored. */
export const ErrorAreaWithoutItems: ElementStory = {
  name: 'Error: an area without items',
  args: { items: undefined, itemsData: { ...bank, items: bank.items.filter((item) => item.area !== 'A') } },
};
