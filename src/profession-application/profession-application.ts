import { html, nothing, type TemplateResult } from 'lit';
import { LIGHTBULB, icon } from '../core/icons.js';
import { ProfileSection } from '../core/profile-section.js';
import type { Profile } from '../core/profile-schema.js';
import { applicationStrings } from './profession-application.strings.js';
import { applicationStyles } from './profession-application.styles.js';
import { sectionReader } from '../core/read-profile.js';
import { Application } from '../core/schema/page.js';
import * as v from 'valibot';

/** The sections this element shows, and only those (read-profile.ts). */
const readApplication = sectionReader({ application: v.optional(Application) });

/**
 * How to apply for the training: the documents an application consists of, in order, how to
 * send it, tips, and what to wear to the interview.
 *
 * @summary How to apply: documents, how to send them, tips, what to wear.
 * @tag profession-application
 *
 * @fires {CustomEvent<ProfileLoadDetail>} profile-load - The sections this element shows were read and are valid. Detail: `{ profile }` (those sections, in format 2).
 * @fires {CustomEvent<ProfileErrorDetail>} profile-error - The profile could not be loaded or is invalid. Detail: `{ message, issues: [{ path, message }] }`.
 *
 * @cssprop {<color>} [--cw-color-accent=light-dark(#0b57d0, #a8c7fa)] - The documents' numbers, card rules, the submission box (dark scheme: #a8c7fa).
 * @cssprop {<color>} [--cw-color-on-accent=light-dark(#ffffff, #062e6f)] - The documents' numbers' text.
 * @cssprop {<color>} [--cw-color-border=light-dark(#868e99, #767e8a)] - Card borders.
 * @cssprop {<color>} [--cw-color-subtle=rgb(127 127 127 / 0.1)] - Background of the submission box.
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
 * @csspart more - A sub-section a reader opens (`<details>`, its heading the summary; also part `block`): the documents, the tips, what to wear.
 * @csspart title - The title heading.
 * @csspart subheading - The heading of documents, submission, tips and attire.
 * @csspart documents - The ordered list of documents.
 * @csspart tips - The list of tips.
 * @csspart attire - The list of recommendations on what to wear.
 * @csspart card - One document, tip or recommendation.
 * @csspart card-title - Its name.
 * @csspart submission - The box on how to send the application.
 * @csspart loading - The loading state.
 * @csspart error - The error state (`role="status"`, polite).
 * @csspart empty - The state of a profile without an application section.
 */
export class ProfessionApplication extends ProfileSection {
  static override styles = [...ProfileSection.styles, applicationStyles];
  protected readonly widget = 'profession-application';
  protected readonly read = readApplication;

  get sectionTitle() {
    return this.i18n.pick(applicationStrings).title;
  }

  static shows(profile: Profile) {
    const a = profile.application;
    return !!(a && (a.introduction || a.documents?.length || a.submission || a.tips?.length || a.attire));
  }

  protected renderProfile(profile: Profile): TemplateResult {
    const t = this.i18n.pick(applicationStrings);
    if (!ProfessionApplication.shows(profile)) return this.renderMissingSection(t.section);
    const a = profile.application!;
    const attire = a.attire;
    return this.frame(html`
      ${this.paragraphs(a.introduction, 'lead')}
      ${this.more(t.documents, this.cards(a.documents, 'documents', true), 'documents-block')}
      ${a.submission
        ? html`<div part="submission" class="callout">${this.heading(t.submission, 'subheading', 1, { className: 'subheading' })}${this.paragraphs(a.submission)}</div>`
        : nothing}
      ${this.more(t.tips, this.cards(a.tips, 'tips', false, icon(LIGHTBULB)), 'tips-block')}
      ${this.more(
        t.attire,
        attire?.introduction || attire?.recommendations?.length
          ? html`${this.paragraphs(attire.introduction)}${this.cards(attire.recommendations, 'attire')}`
          : nothing,
        'attire-block',
      )}
    `);
  }
}

// The types this element's properties, methods and events name, beside it (its manifest entry names them).
export type { ProfileData, Profile } from '../core/profile-schema.js';
export type { ProfileLoadDetail, ProfileErrorDetail } from '../core/events.js';
