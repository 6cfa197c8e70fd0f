import { html, nothing, type TemplateResult, type PropertyDeclarations } from 'lit';
import { ProfileSection } from '../core/profile-section.js';
import { occupation } from '../core/schema-org.js';
import type { Profile } from '../core/profile-schema.js';
import { suitabilityStrings } from './profession-suitability.strings.js';
import { suitabilityStyles } from './profession-suitability.styles.js';
import { sectionReader } from '../core/read-profile.js';
import { text } from '../core/schema/fields.js';
import { EducationRequirements, Qualifications, Skills, Suitability } from '../core/schema/page.js';
import * as v from 'valibot';

/** The sections this element shows, and only those (read-profile.ts). */
const readSuitability = sectionReader({ qualifications: v.optional(Qualifications), skills: Skills, educationRequirements: v.optional(EducationRequirements), suitability: v.optional(Suitability), occupationalCategory: v.optional(text) });

/**
 * What the profession asks of you and whether it suits you: the qualifications in the profile's
 * words, every strength with what it means, the school certificate with its alternatives, and the
 * two lists "suits you if …" and "suits you less if …".
 *
 * The two lists are plain lists under a visible label each, not headings: they are the two halves
 * of one question, and their heading is that question.
 *
 * @summary Whether a profession suits you: qualifications, strengths, school certificate, suits / suits less.
 * @tag profession-suitability
 *
 * @fires {CustomEvent<ProfileLoadDetail>} profile-load - The sections this element shows were read and are valid. Detail: `{ profile }` (those sections, in format 2).
 * @fires {CustomEvent<ProfileErrorDetail>} profile-error - The profile could not be loaded or is invalid. Detail: `{ message, issues: [{ path, message }] }`.
 *
 * @cssprop {<color>} [--cw-color-accent=light-dark(#0b57d0, #a8c7fa)] - The "suits" box and its ticks, card rules (dark scheme: #a8c7fa).
 * @cssprop {<color>} [--cw-color-border=light-dark(#868e99, #767e8a)] - Card and box borders.
 * @cssprop {<color>} [--cw-color-subtle=rgb(127 127 127 / 0.1)] - Background of the "suits" box and the note.
 * @cssprop {<color>} [--cw-color-surface=transparent] - Background of the cards.
 * @cssprop {<color>} [--cw-color-muted=light-dark(#5b6470, #b4bcc7)] - The dashes of "suits less" and loading text.
 * @cssprop {<color>} [--cw-color-error=light-dark(#b3261e, #f2b8b5)] - The error state.
 * @cssprop {<color>} [--cw-color-text=inherit] - Text colour; the host page's by default.
 * @cssprop {*} [--cw-font-family=inherit] - Typeface; the host page's by default.
 * @cssprop {<length-percentage>} [--cw-font-size=1rem] - Base font size.
 * @cssprop {<length>} [--cw-radius=0.5rem] - Corner radius of cards, boxes and states.
 * @cssprop {<length>} [--cw-space=1rem] - Base spacing.
 * @cssprop {<length>} [--cw-min-block-size=12rem] - Height reserved while loading (12rem); also the least height of the error and empty states.
 *
 * @csspart base - The wrapper of the ready state.
 * @csspart block - Each sub-section: its heading and what follows.
 * @csspart more - A sub-section a reader opens (`<details>`, its heading the summary; also part `block`): the strengths, who feels at home here.
 * @csspart title - The title heading.
 * @csspart subheading - The heading of strengths, school certificate and fit.
 * @csspart note - The note on the qualifications.
 * @csspart strengths - The list of strengths.
 * @csspart card - One strength.
 * @csspart card-title - The name of a strength.
 * @csspart suits - The "suits you if" box.
 * @csspart suits-less - The "suits you less if" box.
 * @csspart loading - The loading state.
 * @csspart error - The error state (`role="status"`, polite).
 * @csspart empty - The state of a profile with none of these.
 */
export class ProfessionSuitability extends ProfileSection {
  static override styles = [...ProfileSection.styles, suitabilityStyles];
  static override properties: PropertyDeclarations = {
    structuredData: { type: Boolean, attribute: 'structured-data' },
  };
  protected readonly widget = 'profession-suitability';
  protected readonly read = readSuitability;

  /**
   * Also write what the element shows as schema.org JSON-LD into the page (a
   * `<script type="application/ld+json">` child): an `Occupation` with `qualifications`, `skills` and `educationRequirements`.
   */
  override structuredData = false;

  get sectionTitle() {
    return this.i18n.pick(suitabilityStrings).title;
  }

  static shows(profile: Profile) {
    const s = profile.suitability;
    return !!(profile.qualifications?.description || profile.qualifications?.note || profile.skills?.length || profile.educationRequirements || s?.suitsIf?.length || s?.suitsLessIf?.length);
  }

  protected override jsonLd(profile: Profile): object {
    const skills = profile.skills?.map((skill) => skill.name) ?? [];
    const qualifications = profile.qualifications?.description;
    return occupation(profile, {
      ...(qualifications ? { qualifications } : {}),
      ...(skills.length ? { skills } : {}),
      ...(profile.educationRequirements ? { educationRequirements: profile.educationRequirements.name } : {}),
    });
  }

  protected renderProfile(profile: Profile): TemplateResult {
    const t = this.i18n.pick(suitabilityStrings);
    if (!ProfessionSuitability.shows(profile)) return this.renderMissingSection(t.section);
    const q = profile.qualifications;
    const school = profile.educationRequirements;
    const { suitsIf = [], suitsLessIf = [] } = profile.suitability ?? {};
    const side = (part: string, title: string, mark: string, items: string[]) =>
      items.length
        ? html`<div part=${part} class="side ${part}">
            <p class="side-title">${title}</p>
            <ul role="list">${items.map((item) => html`<li><span class="mark" aria-hidden="true">${mark}</span><span>${this.text(item)}</span></li>`)}</ul>
          </div>`
        : nothing;
    return this.frame(html`
      ${q?.description ? this.paragraphs(q.description, 'lead') : nothing}
      ${q?.note ? html`<p part="note" class="callout">${this.text(q.note)}</p>` : nothing}
      ${this.more(t.strengths, this.cards(profile.skills, 'strengths'), 'strengths-block')}
      ${this.block(
        t.certificate,
        school
          ? html`<p class="certificate">${this.text(school.name)}</p>
              ${school.alternatives?.length
                ? html`<p>${t.alternatives}: ${this.list(school.alternatives, 'disjunction')}</p>`
                : nothing}
              ${this.paragraphs(school.description)}`
          : nothing,
        'certificate-block',
      )}
      ${this.more(
        t.fit,
        suitsIf.length || suitsLessIf.length
          ? html`<div class="fit">${side('suits', t.suits, '✓', suitsIf)}${side('suits-less', t.suitsLess, '–', suitsLessIf)}</div>`
          : nothing,
        'fit-block',
      )}
    `);
  }
}

// The types this element's properties, methods and events name, beside it (its manifest entry names them).
export type { ProfileData, Profile } from '../core/profile-schema.js';
export type { ProfileLoadDetail, ProfileErrorDetail } from '../core/events.js';
