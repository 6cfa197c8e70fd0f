import { html } from 'lit';
import '../src/similar-professions/define.js';
import { MISSING_URL, NEVER_ANSWERS_URL, SEED_URL, elementMeta, renderElement, states, type ElementStory } from './helpers.js';

/**
 * The profile comes from `src` in every story: its relative `catalog` field resolves against the
 * profile's URL (the toolbar's profile is an object without one, so it could not find its catalog).
 */
export default { title: 'Elements/Similar professions', ...elementMeta('similar-professions', { args: { src: SEED_URL, limit: 4 } }) };

/** Our catalog, as the static Storybook serves it from profiles/. */
const CATALOG_URL = './profiles/catalog.json';
const PATTERNS = { 'href-pattern': '/berufe/{slug}', 'theme-href-pattern': '/themenwelten/{id}' };

/** Without the portal's patterns: each Themenwelt opens to list its professions; names link to their profiles. */
export const Ready: ElementStory = { name: 'Ready: from the profile’s catalog' };
/** With the portal's patterns: every Themenwelt and every similar profession is a link to the portal's page. */
export const Patterns: ElementStory = { name: 'Ready: the portal’s links', args: PATTERNS };
export const English: ElementStory = { ...states.english, name: 'Ready: English (catalog text marked German)', args: PATTERNS };
export const Dark: ElementStory = { ...states.dark, name: 'Ready: dark scheme', args: PATTERNS };
export const Narrow: ElementStory = { ...states.narrow, name: 'Ready: narrow container', args: PATTERNS };
/** Anwärterbezüge (never called Ausbildungsvergütung), an unpaid start, Schulgeld. */
export const PublicService: ElementStory = { name: 'Ready: public service (Anwärterbezüge)', args: { src: './profiles/verwaltungsfachangestellter.json', limit: 6 } };
/** The English dental assistant's profile: found in the German catalog by its URL. */
export const EnglishProfile: ElementStory = { name: 'Ready: an English profile in a German catalog', args: { src: './profiles/dental-assistant-en.json' } };
/** The catalog named by the page, for a profile without a catalog field (or to override it). */
export const CatalogAttribute: ElementStory = { name: 'Ready: catalog attribute', args: { catalog: CATALOG_URL, src: './profiles/tischler.json' } };

/** A portal's profession page: the site's own header and text, then the element with the portal's patterns. */
export const PortalPage: ElementStory = {
  name: 'Portal page with similar professions',
  args: PATTERNS,
  render: (args, context) => html`<div style="max-inline-size: 64rem; margin: auto; font-family: system-ui, sans-serif">
    <p style="margin: 0; color: #5b6470">Berufe-Portal › Wirtschaft & Verwaltung</p>
    <h1 style="margin: 0.25em 0 0.5em">Kaufmann / Kauffrau für Dialogmarketing</h1>
    <p style="max-inline-size: 40em">Du berätst Kundinnen und Kunden am Telefon, per Chat und E-Mail und planst Kampagnen. Diese Berufe liegen nah daran:</p>
    ${renderElement(args, context)}
  </div>`,
};

export const Loading: ElementStory = { name: 'Loading: catalog', args: { catalog: NEVER_ANSWERS_URL, timeout: 86_400_000 }, tags: ['loading'] };
/** The catalog answers 404: the error state, with one console.warn naming it. */
export const CatalogHttp404: ElementStory = { name: 'Error: catalog answers 404', args: { catalog: MISSING_URL }, tags: ['http-error'] };
/** A profession neither in the catalog nor with Themenwelten of its own. */
export const NotInCatalog: ElementStory = {
  name: 'Error: not in the catalog',
  args: { src: undefined, catalog: CATALOG_URL, profile: { schemaVersion: 2, name: 'Bestattungsfachkraft', identifier: 'bestattungsfachkraft' } },
};
export const ErrorHttp404: ElementStory = { ...states.http404, name: 'Error: profile answers 404' };
