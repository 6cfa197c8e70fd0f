import { html, nothing, type TemplateResult } from 'lit';
import { BUILDING, SCHOOL, icon } from '../core/icons.js';
import { ProfileSection } from '../core/profile-section.js';
import type { Profile } from '../core/profile-schema.js';
import { contentsStrings } from './training-contents.strings.js';
import { contentsStyles } from './training-contents.styles.js';
import { sectionReader } from '../core/read-profile.js';
import { TrainingContents as TrainingContentsSection } from '../core/schema/page.js';
import * as v from 'valibot';

/** The sections this element shows, and only those (read-profile.ts). */
const readContents = sectionReader({ trainingContents: v.optional(TrainingContentsSection) });

/**
 * What the training teaches: what the company teaches and what the vocational school teaches,
 * each subject as a card with its description, and the highlights of the training. How the
 * training runs (duration, exams, a shorter way) is `<career-path>`'s.
 *
 * @summary What the training teaches: in the company, at vocational school, and its highlights.
 * @tag training-contents
 *
 * @fires {CustomEvent<ProfileLoadDetail>} profile-load - The sections this element shows were read and are valid. Detail: `{ profile }` (those sections, in format 2).
 * @fires {CustomEvent<ProfileErrorDetail>} profile-error - The profile could not be loaded or is invalid. Detail: `{ message, issues: [{ path, message }] }`.
 *
 * @cssprop {<color>} [--cw-color-accent=light-dark(#0b57d0, #a8c7fa)] - The company cards' rule and the highlights' marks (dark scheme: #a8c7fa).
 * @cssprop {<color>} [--cw-color-muted=light-dark(#5b6470, #b4bcc7)] - The school cards' rule and loading text.
 * @cssprop {<color>} [--cw-color-border=light-dark(#868e99, #767e8a)] - Card borders.
 * @cssprop {<color>} [--cw-color-subtle=rgb(127 127 127 / 0.1)] - Background of the highlights box.
 * @cssprop {<color>} [--cw-color-surface=transparent] - Background of the cards.
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
 * @csspart more - A sub-section a reader opens (`<details>`, its heading the summary; also part `block`): what the company teaches, what school teaches.
 * @csspart title - The title heading.
 * @csspart subheading - The heading of company, school and highlights.
 * @csspart company - The list of what the company teaches.
 * @csspart school - The list of what the vocational school teaches.
 * @csspart card - One subject.
 * @csspart card-title - The name of a subject.
 * @csspart highlights - The box of highlights.
 * @csspart loading - The loading state.
 * @csspart error - The error state (`role="status"`, polite).
 * @csspart empty - The state of a profile without training contents.
 */
export class TrainingContents extends ProfileSection {
  static override styles = [...ProfileSection.styles, contentsStyles];
  protected readonly widget = 'training-contents';
  protected readonly read = readContents;

  get sectionTitle() {
    return this.i18n.pick(contentsStrings).title;
  }

  static shows(profile: Profile) {
    const c = profile.trainingContents;
    return !!(c?.company?.length || c?.school?.length || c?.highlights?.length);
  }

  protected renderProfile(profile: Profile): TemplateResult {
    const t = this.i18n.pick(contentsStrings);
    if (!TrainingContents.shows(profile)) return this.renderMissingSection(t.section);
    const c = profile.trainingContents!;
    return this.frame(html`
      ${this.more(t.company, this.cards(c.company, 'company', false, icon(BUILDING)), 'company-block')}
      ${this.more(t.school, this.cards(c.school, 'school', false, icon(SCHOOL)), 'school-block')}
      ${c.highlights?.length
        ? html`<div part="highlights" class="callout">
            ${this.heading(t.highlights, 'subheading', 1, { className: 'subheading' })}
            <ul class="highlights" role="list">
              ${c.highlights.map((item) => html`<li><span class="star" aria-hidden="true">★</span><span>${this.text(item)}</span></li>`)}
            </ul>
          </div>`
        : nothing}
    `);
  }
}

// The types this element's properties, methods and events name, beside it (its manifest entry names them).
export type { ProfileData, Profile } from '../core/profile-schema.js';
export type { ProfileLoadDetail, ProfileErrorDetail } from '../core/events.js';
