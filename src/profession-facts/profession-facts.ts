import { html, nothing, type TemplateResult, type PropertyDeclarations } from 'lit';
import { BUILDING, CALENDAR, CLOCK, SCHOOL, icon } from '../core/icons.js';
import { ProfileSection } from '../core/profile-section.js';
import { formatDuration } from '../core/format.js';
import { occupation } from '../core/schema-org.js';
import type { Profile } from '../core/profile-schema.js';
import { strengths } from '../career-path/career-path.model.js';
import { factsStrings } from './profession-facts.strings.js';
import { factsStyles } from './profession-facts.styles.js';
import { sectionReader } from '../core/read-profile.js';
import { text } from '../core/schema/fields.js';
import { EducationRequirements, Skills } from '../core/schema/page.js';
import { Training } from '../core/schema/training.js';
import { TrainingV1 } from '../core/profile-schema-v1.js';
import * as v from 'valibot';

/** The sections this element shows, and only those (read-profile.ts). */
const readFacts = sectionReader({ educationalPath: v.optional(text), educationRequirements: v.optional(EducationRequirements), skills: Skills, training: v.optional(Training), occupationalCategory: v.optional(text) }, { training: v.optional(TrainingV1) });

/**
 * The key facts of one profession as a card, the first thing a pupil reads on a profession page:
 * the kind of training (Bildungsweg), the school certificate asked for, how long the training
 * takes, and the few strengths the profile highlights (all its skills when it highlights none).
 *
 * @summary The key facts of a profession at a glance: kind of training, school certificate, duration, strengths.
 * @tag profession-facts
 *
 * @fires {CustomEvent<ProfileLoadDetail>} profile-load - The sections this element shows were read and are valid. Detail: `{ profile }` (those sections, in format 2).
 * @fires {CustomEvent<ProfileErrorDetail>} profile-error - The profile could not be loaded or is invalid. Detail: `{ message, issues: [{ path, message }] }`.
 *
 * @cssprop {<color>} [--cw-color-accent=light-dark(#0b57d0, #a8c7fa)] - The ticks of the strengths and links (dark scheme: #a8c7fa).
 * @cssprop {<color>} [--cw-color-border=light-dark(#868e99, #767e8a)] - The card's and the chips' borders.
 * @cssprop {<color>} [--cw-color-subtle=rgb(127 127 127 / 0.1)] - The card's background.
 * @cssprop {<color>} [--cw-color-surface=transparent] - The chips' background.
 * @cssprop {<color>} [--cw-color-muted=light-dark(#5b6470, #b4bcc7)] - The labels of the facts and loading text.
 * @cssprop {<color>} [--cw-color-error=light-dark(#b3261e, #f2b8b5)] - The error state.
 * @cssprop {<color>} [--cw-color-text=inherit] - Text colour; the host page's by default.
 * @cssprop {*} [--cw-font-family=inherit] - Typeface; the host page's by default.
 * @cssprop {<length-percentage>} [--cw-font-size=1rem] - Base font size.
 * @cssprop {<length>} [--cw-radius=0.5rem] - Corner radius of the card and states.
 * @cssprop {<length>} [--cw-space=1rem] - Base spacing.
 * @cssprop {<length>} [--cw-min-block-size=12rem] - Height reserved while loading (12rem); also the least height of the error and empty states.
 *
 * @csspart base - The card (the ready state).
 * @csspart block - Each sub-section: its heading and what follows.
 * @csspart title - The title heading ("Auf einen Blick").
 * @csspart facts - The list of facts (`<dl>`).
 * @csspart fact - One fact: label and value.
 * @csspart strengths - The list of strengths.
 * @csspart subheading - The heading of the strengths.
 * @csspart loading - The loading state.
 * @csspart error - The error state (`role="status"`, polite).
 * @csspart empty - The state of a profile with none of these facts.
 */
export class ProfessionFacts extends ProfileSection {
  static override styles = [...ProfileSection.styles, factsStyles];
  static override properties: PropertyDeclarations = {
    structuredData: { type: Boolean, attribute: 'structured-data' },
  };
  protected readonly widget = 'profession-facts';
  protected readonly read = readFacts;

  /**
   * Also write what the element shows as schema.org JSON-LD into the page (a
   * `<script type="application/ld+json">` child): an `Occupation` with `educationRequirements` and `skills`.
   */
  override structuredData = false;

  get sectionTitle() {
    return this.i18n.pick(factsStrings).title;
  }

  /** Whether the profile has anything this element shows (also asked by `<profession-page>`). */
  static shows(profile: Profile) {
    return !!(profile.educationalPath || profile.training?.programType || profile.educationRequirements || profile.training?.timeToComplete || profile.skills?.length);
  }

  protected override jsonLd(profile: Profile): object {
    const skills = strengths(profile.skills).map((skill) => skill.name);
    return occupation(profile, {
      ...(profile.educationRequirements ? { educationRequirements: profile.educationRequirements.name } : {}),
      ...(skills.length ? { skills } : {}),
    });
  }

  protected renderProfile(profile: Profile): TemplateResult {
    const t = this.i18n.pick(factsStrings);
    if (!ProfessionFacts.shows(profile)) return this.renderMissingSection(t.section);
    const path = profile.educationalPath ?? profile.training?.programType;
    const time = profile.training?.timeToComplete;
    // Each fact with an icon of its kind, so a pupil finds the duration or the certificate at a glance.
    const facts = ([
      [t.path, BUILDING, path && this.text(path)],
      [t.certificate, SCHOOL, profile.educationRequirements && this.text(profile.educationRequirements.name)],
      [t.duration, CLOCK, time && formatDuration(time, this.i18n.lang.locale)],
      // A dual study's degree and ECTS (issue 25).
      [t.degree, SCHOOL, profile.training?.educationalCredentialAwarded && this.text(profile.training.educationalCredentialAwarded)],
      [t.credits, CALENDAR, profile.training?.numberOfCredits && `${profile.training.numberOfCredits.toLocaleString(this.i18n.lang.locale)} ECTS`],
    ] as [string, string, unknown][]).filter(([, , value]) => value);
    const skills = strengths(profile.skills);
    return this.frame(html`
      ${facts.length
        ? html`<dl part="facts" class="facts">
            ${facts.map(([label, path, value]) => html`<div part="fact" class="fact"><dt>${icon(path)}${label}</dt><dd>${value}</dd></div>`)}
          </dl>`
        : nothing}
      ${this.block(
        t.strengths,
        skills.length
          ? html`<ul part="strengths" class="strengths" role="list">
              ${skills.map((skill) => html`<li><span class="tick" aria-hidden="true">✓</span>${this.text(skill.name)}</li>`)}
            </ul>`
          : nothing,
        'strengths-block',
      )}
    `);
  }
}

// The types this element's properties, methods and events name, beside it (its manifest entry names them).
export type { ProfileData, Profile } from '../core/profile-schema.js';
export type { ProfileLoadDetail, ProfileErrorDetail } from '../core/events.js';
