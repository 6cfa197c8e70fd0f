import { html, isServer, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { ProfileElement } from '../core/profile-element.js';
import { emit } from '../core/events.js';
import { formatDate } from '../core/format.js';
import { safeUrl } from '../core/safe-url.js';
import { referrerPolicy, urlForMessage, withoutQuery } from '../core/privacy.js';
import { pageBase } from '../core/page.js';
import { writeJsonLd } from '../core/json-ld.js';
import type { Profile, ProfileJobPosting, ProfileLink } from '../core/profile-schema.js';
import { isAbort, ProfileLoadError } from '../core/load-profile.js';
import { DocumentRequest } from '../core/document-request.js';
import { clampNumber, numberAttribute, TIMEOUT, type NumberRule } from '../core/number-attribute.js';
import { MAX_RENDERED_ITEMS } from '../core/limits.js';
import { warn } from '../core/warn.js';
import { loadFeed } from './feed.js';
import { currentPostings, day, jsonLd, localToday, postingId } from './postings.js';
import { vacancyStrings } from './vacancy-teaser.strings.js';
import { sectionReader } from '../core/read-profile.js';
import { Vacancies } from '../core/schema/vacancies.js';
import * as v from 'valibot';

import { vacancyTeaserStyles } from './vacancy-teaser.styles.js';
import { icon, BUILDING, CALENDAR, MAP_PIN } from '../core/icons.js';

/** The teaser validates its own section only. */
const readVacancies = sectionReader({ vacancies: v.optional(Vacancies) });

type Words = typeof vacancyStrings.de;

/** `limit`: 3 unless a whole number from 1 up is given; at most `MAX_RENDERED_ITEMS`. */
const LIMIT: NumberRule = { fallback: 3, min: 1, max: MAX_RENDERED_ITEMS, integer: true };

/**
 * A few open apprenticeships for the profession, from a JSON feed of
 * schema.org `JobPosting`s (`feed`) or, without one, from the profile's
 * `vacancies.items`; when none is open, the profile's empty text and its
 * job-alert call to action. Postings past their `validThrough` are never shown.
 *
 * The profile is still needed with a feed: it gives the heading, the empty
 * text, the job alert and the "show all" link. A feed that fails (HTTP error,
 * not JSON, not a feed, timeout) shows the empty state with a short notice and
 * one `console.warn`; it is not a profile error.
 *
 * @summary Open apprenticeship vacancies from a feed, or a job-alert call to action.
 * @tag vacancy-teaser
 *
 * @fires {CustomEvent<ProfileLoadDetail>} profile-load - The sections this element shows were read and are valid. Detail: `{ profile }` (those sections, in format 2).
 * @fires {CustomEvent<ProfileErrorDetail>} profile-error - The profile could not be loaded or is invalid (never for the feed). Detail: `{ message, issues: [{ path, message }] }`.
 * @fires {CustomEvent<VacancyClickDetail>} vacancy-click - A vacancy's link was followed. Detail: `{ id, url }` (`id` is the posting's `identifier`, else its URL; the URL without query and fragment).
 * @fires {CustomEvent<CtaClickDetail>} cta-click - The job-alert or the "show all" link was followed. Detail: `{ href, label, widget }`.
 *
 * @cssprop {<color>} [--cw-color-accent=light-dark(#0b57d0, #a8c7fa)] - Links, the job-alert button and the focus ring.
 * @cssprop {<color>} [--cw-color-on-accent=light-dark(#ffffff, #062e6f)] - Text on the job-alert button.
 * @cssprop {<color>} [--cw-color-border=light-dark(#868e99, #767e8a)] - Borders between vacancies and around the job alert.
 * @cssprop {<color>} [--cw-color-muted=light-dark(#5b6470, #b4bcc7)] - Employer, place, start date, the notice and the loading text.
 * @cssprop {<color>} [--cw-color-error=light-dark(#b3261e, #f2b8b5)] - The error state.
 * @cssprop {<color>} [--cw-color-surface=transparent] - Background of the element.
 * @cssprop {<color>} [--cw-color-text=inherit] - Text colour; the host page's by default.
 * @cssprop {*} [--cw-font-family=inherit] - Typeface; the host page's by default.
 * @cssprop {<length-percentage>} [--cw-font-size=1rem] - Base font size.
 * @cssprop {<length>} [--cw-radius=0.5rem] - Corner radius of the vacancies, the job alert and the states.
 * @cssprop {<length>} [--cw-space=1rem] - Base spacing.
 * @cssprop {<length>} [--cw-min-block-size=25.5rem] - Height reserved while loading, so the page does not jump; by default the ready height (25.5rem to 20.25rem; with a feed 49rem to 20.5rem, by width). Also the least height of the error and empty states (12rem).
 * @cssprop {<color>} [--cw-vacancy-background=light-dark(rgb(127 127 127 / 0.06), rgb(255 255 255 / 0.06))] - Background of one vacancy and of the job alert.
 *
 * @csspart base - The wrapper of the list of vacancies.
 * @csspart heading - The title above the list or the empty state (`<h2>`, or the `heading-level`).
 * @csspart list - The list of vacancies.
 * @csspart cards - The list of vacancies (also `list`), a row of cards that wraps.
 * @csspart vacancy - One vacancy.
 * @csspart card - A vacancy or the job-alert box (also `vacancy`, `job-alert`).
 * @csspart title - The title of a vacancy (a heading one level below; holds the link).
 * @csspart link - The link of a vacancy.
 * @csspart employer - The employer of a vacancy.
 * @csspart place - The postal code and place of a vacancy.
 * @csspart start - The start date of a vacancy.
 * @csspart more - The "show all" link.
 * @csspart no-vacancies - The empty state: no vacancy is open.
 * @csspart empty-text - The profile's text of the empty state.
 * @csspart notice - The note that the feed could not be loaded.
 * @csspart job-alert - The job-alert box of the empty state.
 * @csspart job-alert-title - The job alert's title (a heading one level below).
 * @csspart cta - The job-alert link ("Suchbot erstellen").
 * @csspart loading - The loading state (profile or feed).
 * @csspart error - The error state of the profile (`role="status"`).
 * @csspart empty - The state of a profile without a `vacancies` section and no feed.
 */
export class VacancyTeaser extends ProfileElement {
  static override styles = [...ProfileElement.styles, vacancyTeaserStyles];
  static override properties: PropertyDeclarations = {
    feed: { reflect: true },
    limit: { converter: numberAttribute(LIMIT) },
    location: {},
    target: {},
    structuredData: { type: Boolean, attribute: 'structured-data' },
  };

  /** URL of a JSON feed of schema.org `JobPosting`s, fetched without credentials. Without it, the profile's `vacancies.items`. */
  feed?: string;

  /**
   * How many vacancies to show at most (3 unless a whole number from 1 to 200 is given); more make a "show all" link appear.
   * @default 3
   */
  limit: number = LIMIT.fallback;

  /** Only vacancies in this place (the locality, ignoring case) or, when all digits, with this postal-code prefix. */
  location?: string;

  /** The `target` of the vacancy links (e.g. `_blank`); same tab without it. A new window gets `rel="noopener noreferrer"`. */
  target?: string;

  /** Writes the shown vacancies as JSON-LD (`<script type="application/ld+json">`) into the element's light DOM. */
  structuredData = false;

  protected readonly widget = 'vacancy-teaser';
  protected readonly read = readVacancies;

  /** What the last render showed, for the JSON-LD. */
  private shown?: { postings: ProfileJobPosting[]; base: string };

  /** The feed, beside the profile: a new `feed` aborts the old request, the newest wins; removal aborts it, coming back starts it again. */
  protected readonly feedRequest = new DocumentRequest(
    this,
    () => this.feed,
    () => String(clampNumber(this.timeout, TIMEOUT)),
    async (feed, signal) => {
      try {
        return await loadFeed(feed, signal, clampNumber(this.timeout, TIMEOUT), (message) => this.warn(message));
      } catch (error) {
        // The feed named without its query, and our own message (a platform's may quote the URL): privacy.ts.
        if (!isAbort(error)) this.warn(`the feed ${urlForMessage(feed)} could not be loaded; showing the empty state.\n${ProfileLoadError.describe(error)}`);
        throw error;
      }
    },
  );

  override get settled(): Promise<void> {
    return (async () => {
      await super.settled;
      await this.feedRequest.settled;
      await this.updateComplete;
    })();
  }

  private warn(message: string) {
    warn(`<${this.localName}>: ${message}`);
  }

  protected override render(): TemplateResult {
    this.shown = undefined;
    return super.render();
  }

  protected renderProfile(profile: Profile): TemplateResult {
    const t = this.i18n.pick(vacancyStrings);
    let postings: readonly ProfileJobPosting[] = [];
    // On the server there is no page: relative URLs stay unresolved (not linked) until hydration.
    let base = isServer ? '' : pageBase();
    let listUrl: string | undefined;
    let notice: string | undefined;
    if (this.feed) {
      const request = this.feedRequest;
      if (request.status === 'done' && request.value) {
        ({ postings, base } = request.value);
        listUrl = safeUrl(request.value.url, base);
      } else if (request.status === 'failed') {
        // A feed past `MAX_FEED_BYTES` says so: "try later" would not help.
        notice = request.error instanceof ProfileLoadError && request.error.kind === 'too-large' ? t.feedTooLarge : t.feedFailed;
      } else {
        return this.renderLoading();
      }
    } else if (profile.vacancies) {
      postings = profile.vacancies.items ?? [];
    } else {
      return this.renderMissingSection(t.section);
    }

    // "Now" is the reader's today, read at each render.
    const current = currentPostings(postings, this.location, localToday());
    const limit = clampNumber(this.limit, LIMIT);
    const shown = current.slice(0, limit);
    if (shown.length === 0) return this.renderEmpty(profile, t, notice);
    this.shown = { postings: shown, base };

    // "Show all": the profile's `vacancies.moreLink`; else the feed's own `url` (a page listing every
    // vacancy, schema.org `ItemList.url`). Never the feed's JSON address: that is no page for a reader.
    const more: ProfileLink | undefined =
      current.length > limit ? (profile.vacancies?.moreLink ?? (listUrl ? { label: t.showAll(current.length), href: listUrl } : undefined)) : undefined;
    return html`
      <div part="base" class="base">
        ${this.heading(t.heading(profile.name), 'heading')}
        <ul part="list cards" class="list">
          ${shown.map((posting) => this.renderPosting(posting, base, t))}
        </ul>
        ${more ? this.renderCta(more, 'more', 'button secondary') : nothing}
      </div>
    `;
  }

  private renderPosting(posting: ProfileJobPosting, base: string, t: Words) {
    const { locale } = this.i18n.lang;
    const href = safeUrl(posting.url, base);
    const address = posting.jobLocation?.address;
    const place = [address?.postalCode, address?.addressLocality].filter(Boolean).join(' ');
    const target = this.target?.trim() || undefined;
    // `_self`, `_parent` and `_top` stay in this browsing context; anything else may open a new one.
    const newContext = !!target && !['_self', '_parent', '_top'].includes(target.toLowerCase());
    return html`<li part="vacancy card" class="vacancy">
      ${this.heading(html`${href
          ? html`<a
              part="link"
              href=${href}
              target=${target ?? nothing}
              rel=${newContext ? 'noopener noreferrer' : nothing}
              referrerpolicy=${referrerPolicy()}
              @click=${() => emit(this, 'vacancy-click', { id: postingId(posting, withoutQuery(href)), url: withoutQuery(href) })}
              >${posting.title}${newContext ? html`<span class="visually-hidden"> ${t.newWindow}</span>` : nothing}</a
            >`
          : posting.title}`, 'title', 1)}
      ${posting.hiringOrganization ? html`<p part="employer" class="detail">${icon(BUILDING)}${posting.hiringOrganization.name}</p>` : nothing}
      ${place ? html`<p part="place" class="detail">${icon(MAP_PIN)}${place}</p>` : nothing}
      ${posting.jobStartDate
        ? html`<p part="start" class="detail">${icon(CALENDAR)}${t.start}: ${formatDate(day(posting.jobStartDate), locale)}</p>`
        : nothing}
    </li>`;
  }

  /** No vacancy to show: the profile's text and job alert, and a notice when the feed failed. */
  private renderEmpty(profile: Profile, t: Words, notice: string | undefined) {
    const vacancies = profile.vacancies;
    const alert = vacancies?.jobAlert;
    // The same title as above a list of vacancies: the heading a reader navigates to, in every state.
    return html`<div part="no-vacancies" class="base no-vacancies">
      ${this.heading(t.heading(profile.name), 'heading')}
      <p part="empty-text" class="empty-text">${vacancies?.emptyText ? this.text(vacancies.emptyText) : t.noVacancies}</p>
      ${notice ? html`<p part="notice" class="notice">${notice}</p>` : nothing}
      ${alert
        ? html`<div part="job-alert card" class="job-alert">
            ${alert.title ? this.heading(this.text(alert.title), 'job-alert-title', 1) : nothing}
            ${alert.description ? html`<p>${this.text(alert.description)}</p>` : nothing}
            ${this.renderCta(alert.cta, 'cta', 'button')}
          </div>`
        : nothing}
    </div>`;
  }

  protected override updated(changed: PropertyValues<this>) {
    super.updated(changed);
    this.writeStructuredData();
  }

  /**
   * Keeps one `<script type="application/ld+json">` child in step with the
   * shown vacancies: replaced when they change, removed when there are none
   * or the attribute goes (the core's `writeJsonLd`).
   */
  private writeStructuredData() {
    writeJsonLd(this, this.structuredData && this.shown ? jsonLd(this.shown.postings, this.shown.base) : undefined);
  }
}

// The types this element's properties, methods and events name, beside it (its manifest entry names them).
export type { ProfileData } from '../core/profile-schema.js';
export type { ProfileLoadDetail, ProfileErrorDetail, VacancyClickDetail, CtaClickDetail } from '../core/events.js';
