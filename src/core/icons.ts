import { html } from 'lit';

/**
 * Small inline icons where they help a pupil scan (key facts, kinds of cards, calls to action):
 * outlines on a 24-unit grid in the text's colour, sized by the shared `.icon` class (styles.ts).
 * Each is only its path data, exported on its own, so a bundle holds the icons its element draws
 * and no others. Hidden from screen readers: the text beside an icon says what it means.
 *
 *   html`<span>${icon(CLOCK)} 3 Jahre</span>`
 */
export const icon = (path: string) =>
  html`<svg class="icon" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true"><path d=${path}></path></svg>`;

/** Duration. */
export const CLOCK = 'M12 7v5l3 2M21 12a9 9 0 1 1-18 0 9 9 0 0 1 18 0';
/** Pay. */
export const EURO = 'M17.5 6.5a7 7 0 1 0 0 11M4 10h9M4 14h9';
/** School, qualification. */
export const SCHOOL = 'M2 9l10-5 10 5-10 5zM6 11v5c3 2 9 2 12 0v-5M22 9v6';
/** Company, workplace. */
export const BUILDING = 'M4 21V5l8-3v19M12 8h8v13M2 21h20M8 7v0M8 11v0M8 15v0M16 12v0M16 16v0';
/** Place. */
export const MAP_PIN = 'M12 22s7-6.5 7-12a7 7 0 0 0-14 0c0 5.5 7 12 7 12zM12 12.5a2.5 2.5 0 1 0 0-5 2.5 2.5 0 0 0 0 5z';
/** Dates, start of training. */
export const CALENDAR = 'M4 6h16v15H4zM4 10h16M8 3v4M16 3v4';
/** Done, a requirement met. */
export const CHECK = 'M5 12.5l4.5 4.5L19 7';
/** A link that leads on. */
export const ARROW_RIGHT = 'M5 12h14M13 6l6 6-6 6';
/** Open and close (details). */
export const CHEVRON_DOWN = 'M6 9l6 6 6-6';
/** A tip, an idea. */
export const LIGHTBULB = 'M9 18h6M10 21h4M12 3a6 6 0 0 0-3.5 10.9c.6.5 1 1.2 1 2.1h5c0-.9.4-1.6 1-2.1A6 6 0 0 0 12 3z';
/** A strength, a highlight. */
export const STAR = 'M12 3l2.8 5.8 6.2.9-4.5 4.4 1.1 6.2L12 17.4l-5.6 2.9 1.1-6.2L3 9.7l6.2-.9z';
/** Vacancies, work. */
export const BRIEFCASE = 'M3 7h18v13H3zM8 7V4h8v3M3 12h18';
/** Search. */
export const SEARCH = 'M11 18a7 7 0 1 0 0-14 7 7 0 0 0 0 14zM20 20l-4-4';
