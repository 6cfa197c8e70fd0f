import { html, nothing, type TemplateResult, type PropertyDeclarations } from 'lit';
import { ProfileSection } from '../core/profile-section.js';
import { occupation } from '../core/schema-org.js';
import type { Profile } from '../core/profile-schema.js';
import { tasksStrings } from './profession-tasks.strings.js';
import { tasksStyles } from './profession-tasks.styles.js';
import { sectionReader } from '../core/read-profile.js';
import { namedTexts, text } from '../core/schema/fields.js';
import { Responsibilities } from '../core/schema/page.js';
import * as v from 'valibot';

/** The sections this element shows, and only those (read-profile.ts). */
const readTasks = sectionReader({ description: v.optional(text), responsibilities: v.optional(Responsibilities), dailyRoutine: v.optional(namedTexts), occupationalCategory: v.optional(text) });

/**
 * What the profession is and what you do in it: the description, the typical tasks as cards (with
 * the profile's note on them), and a working day from morning to evening as a timeline, every
 * part of the day with its whole text.
 *
 * @summary What a profession is: description, typical tasks, a working day from morning to evening.
 * @tag profession-tasks
 *
 * @fires {CustomEvent<ProfileLoadDetail>} profile-load - The sections this element shows were read and are valid. Detail: `{ profile }` (those sections, in format 2).
 * @fires {CustomEvent<ProfileErrorDetail>} profile-error - The profile could not be loaded or is invalid. Detail: `{ message, issues: [{ path, message }] }`.
 *
 * @cssprop {<color>} [--cw-color-accent=light-dark(#0b57d0, #a8c7fa)] - The cards' top rule and the day's markers (dark scheme: #a8c7fa).
 * @cssprop {<color>} [--cw-color-border=light-dark(#868e99, #767e8a)] - Card borders and the day's line.
 * @cssprop {<color>} [--cw-color-muted=light-dark(#5b6470, #b4bcc7)] - The note on the tasks and loading text.
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
 * @csspart more - A sub-section a reader opens (`<details>`, its heading the summary; also part `block`): the typical tasks, the working day.
 * @csspart title - The title heading.
 * @csspart subheading - The heading of each part: what you do, typical tasks, a working day.
 * @csspart tasks - The list of typical tasks.
 * @csspart card - One task.
 * @csspart card-title - The heading of a task or of a part of the day.
 * @csspart note - The note on the tasks.
 * @csspart day - The working day (an ordered list).
 * @csspart day-part - One part of the day.
 * @csspart loading - The loading state.
 * @csspart error - The error state (`role="status"`, polite).
 * @csspart empty - The state of a profile with no description, tasks or working day.
 */
export class ProfessionTasks extends ProfileSection {
  static override styles = [...ProfileSection.styles, tasksStyles];
  static override properties: PropertyDeclarations = {
    structuredData: { type: Boolean, attribute: 'structured-data' },
  };
  protected readonly widget = 'profession-tasks';
  protected readonly read = readTasks;

  /**
   * Also write what the element shows as schema.org JSON-LD into the page (a
   * `<script type="application/ld+json">` child): an `Occupation` with `description` and `responsibilities`.
   */
  override structuredData = false;

  get sectionTitle() {
    return this.i18n.pick(tasksStrings).title;
  }

  static shows(profile: Profile) {
    return !!(profile.description || profile.responsibilities?.items.length || profile.dailyRoutine?.length);
  }

  protected override jsonLd(profile: Profile): object {
    const tasks = profile.responsibilities?.items.map((item) => item.name) ?? [];
    return occupation(profile, {
      ...(profile.description ? { description: profile.description } : {}),
      ...(tasks.length ? { responsibilities: tasks } : {}),
    });
  }

  protected renderProfile(profile: Profile): TemplateResult {
    const t = this.i18n.pick(tasksStrings);
    if (!ProfessionTasks.shows(profile)) return this.renderMissingSection(t.section);
    const tasks = profile.responsibilities;
    const day = profile.dailyRoutine ?? [];
    return this.frame(html`
      ${this.block(t.about, profile.description ? this.paragraphs(profile.description, 'lead') : nothing, 'about')}
      ${this.more(
        t.tasks,
        tasks?.items.length
          ? html`${this.cards(tasks.items, 'tasks')}${tasks.note ? html`<p part="note" class="note">${this.text(tasks.note)}</p>` : nothing}`
          : nothing,
        'tasks-block',
      )}
      ${this.more(
        t.day,
        day.length
          ? html`<ol part="day" class="day" role="list">
              ${day.map(
                (part) => html`<li part="day-part" class="part">
                  ${this.heading(this.text(part.name), 'card-title', 2, { className: 'card-title' })}${this.paragraphs(part.description)}
                </li>`,
              )}
            </ol>`
          : nothing,
        'day-block',
      )}
    `);
  }
}

// The types this element's properties, methods and events name, beside it (its manifest entry names them).
export type { ProfileData, Profile } from '../core/profile-schema.js';
export type { ProfileLoadDetail, ProfileErrorDetail } from '../core/events.js';
