import { html, nothing, type TemplateResult } from 'lit';
import { ProfileSection } from '../core/profile-section.js';
import type { Profile } from '../core/profile-schema.js';
import { workplacesStrings } from './profession-workplaces.strings.js';
import { workplacesStyles } from './profession-workplaces.styles.js';
import { sectionReader } from '../core/read-profile.js';
import { texts } from '../core/schema/fields.js';
import { Workplaces } from '../core/schema/page.js';
import * as v from 'valibot';

/** The sections this element shows, and only those (read-profile.ts). */
const readWorkplaces = sectionReader({ workplaces: v.optional(Workplaces), facts: v.optional(texts) });

/**
 * Where you work in the profession: the kinds of employers, the places of work as cards (each
 * with its description), and, as the profession page has them right there, its few facts worth
 * knowing ("Gut zu wissen").
 *
 * @summary Where a profession works: employers, places of work, and facts worth knowing.
 * @tag profession-workplaces
 *
 * @fires {CustomEvent<ProfileLoadDetail>} profile-load - The sections this element shows were read and are valid. Detail: `{ profile }` (those sections, in format 2).
 * @fires {CustomEvent<ProfileErrorDetail>} profile-error - The profile could not be loaded or is invalid. Detail: `{ message, issues: [{ path, message }] }`.
 *
 * @cssprop {<color>} [--cw-color-accent=light-dark(#0b57d0, #a8c7fa)] - Rules of the employers, cards and facts (dark scheme: #a8c7fa).
 * @cssprop {<color>} [--cw-color-border=light-dark(#868e99, #767e8a)] - Card borders.
 * @cssprop {<color>} [--cw-color-subtle=rgb(127 127 127 / 0.1)] - Background of the employers and the facts box.
 * @cssprop {<color>} [--cw-color-surface=transparent] - Background of the cards.
 * @cssprop {<color>} [--cw-color-muted=light-dark(#5b6470, #b4bcc7)] - Loading text.
 * @cssprop {<color>} [--cw-color-error=light-dark(#b3261e, #f2b8b5)] - The error state.
 * @cssprop {<color>} [--cw-color-text=inherit] - Text colour; the host page's by default.
 * @cssprop {*} [--cw-font-family=inherit] - Typeface; the host page's by default.
 * @cssprop {<length-percentage>} [--cw-font-size=1rem] - Base font size.
 * @cssprop {<length>} [--cw-radius=0.5rem] - Corner radius of the cards and states.
 * @cssprop {<length>} [--cw-space=1rem] - Base spacing.
 * @cssprop {<length>} [--cw-min-block-size=12rem] - Height reserved while loading (12rem); also the least height of the error and empty states.
 *
 * @csspart base - The wrapper of the ready state.
 * @csspart block - Each sub-section: its heading and what follows.
 * @csspart more - A sub-section a reader opens (`<details>`, its heading the summary; also part `block`): the places of work, the facts worth knowing.
 * @csspart title - The title heading.
 * @csspart subheading - The heading of employers, places and facts.
 * @csspart employers - The list of employers.
 * @csspart places - The list of places of work.
 * @csspart card - One place of work.
 * @csspart card-title - The name of a place of work.
 * @csspart loading - The loading state.
 * @csspart error - The error state (`role="status"`, polite).
 * @csspart empty - The state of a profile with neither workplaces nor facts.
 */
export class ProfessionWorkplaces extends ProfileSection {
  static override styles = [...ProfileSection.styles, workplacesStyles];
  protected readonly widget = 'profession-workplaces';
  protected readonly read = readWorkplaces;

  get sectionTitle() {
    return this.i18n.pick(workplacesStrings).title;
  }

  static shows(profile: Profile) {
    const w = profile.workplaces;
    return !!(w?.employers?.length || w?.places?.length || profile.facts?.length);
  }

  protected renderProfile(profile: Profile): TemplateResult {
    const t = this.i18n.pick(workplacesStrings);
    if (!ProfessionWorkplaces.shows(profile)) return this.renderMissingSection(t.section);
    const w = profile.workplaces ?? {};
    const intro = (text?: string) => (text ? html`<p>${this.text(text)}</p>` : nothing);
    return this.frame(html`
      ${this.block(
        t.employers,
        w.employers?.length
          ? html`${intro(w.employersIntroduction)}
              <ul part="employers" class="employers" role="list">${w.employers.map((item) => html`<li>${this.text(item)}</li>`)}</ul>`
          : nothing,
        'employers-block',
      )}
      ${this.more(t.places, w.places?.length ? html`${intro(w.placesIntroduction)}${this.cards(w.places, 'places')}` : nothing, 'places-block')}
      ${this.more(t.facts, profile.facts?.length ? this.bullets(profile.facts) : nothing, 'facts')}
    `);
  }
}

// The types this element's properties, methods and events name, beside it (its manifest entry names them).
export type { ProfileData, Profile } from '../core/profile-schema.js';
export type { ProfileLoadDetail, ProfileErrorDetail } from '../core/events.js';
