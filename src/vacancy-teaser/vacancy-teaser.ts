import { html, isServer, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { Task, TaskStatus } from '@lit/task';
import { ProfileElement } from '../core/profile-element.js';
import { emit } from '../core/events.js';
import { formatDate } from '../core/format.js';
import { safeUrl } from '../core/safe-url.js';
import { writeJsonLd } from '../core/json-ld.js';
import type { Profile, ProfileJobPosting, ProfileLink } from '../core/profile-schema.js';
import { isAbort, requireConnected } from '../core/load-profile.js';
import { AbortOnRemoval } from '../core/abort-on-removal.js';
import { loadFeed } from './feed.js';
import { currentPostings, day, jsonLd, localToday, postingId } from './postings.js';
import { vacancyStrings } from './vacancy-teaser.strings.js';
import { vacancyTeaserStyles } from './vacancy-teaser.styles.js';

type Words = typeof vacancyStrings.de;

const DEFAULT_LIMIT = 3;

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
 * @fires profile-load - The profile was read and is valid. Detail: `{ profile }`.
 * @fires profile-error - The profile could not be loaded or is invalid (never for the feed). Detail: `{ message, issues: [{ path, message }] }`.
 * @fires vacancy-click - A vacancy's link was followed. Detail: `{ id, url }` (`id` is the posting's `identifier`, else its URL).
 * @fires cta-click - The job-alert or the "show all" link was followed. Detail: `{ href, label, widget }`.
 *
 * @cssprop [--cw-color-accent=#0b57d0] - Links, the job-alert button and the focus ring (dark scheme: #a8c7fa).
 * @cssprop [--cw-color-on-accent=#ffffff] - Text on the job-alert button (dark scheme: #062e6f).
 * @cssprop [--cw-color-border=#c9ced6] - Borders between vacancies and around the job alert.
 * @cssprop [--cw-color-muted=#5b6470] - Employer, place, start date, the notice and the loading text.
 * @cssprop [--cw-color-error=#b3261e] - The error state.
 * @cssprop [--cw-color-surface=transparent] - Background of the element.
 * @cssprop [--cw-color-text=inherit] - Text colour; the host page's by default.
 * @cssprop [--cw-font-family=inherit] - Typeface; the host page's by default.
 * @cssprop [--cw-font-size=1rem] - Base font size.
 * @cssprop [--cw-radius=0.5rem] - Corner radius of the vacancies, the job alert and the states.
 * @cssprop [--cw-space=1rem] - Base spacing.
 * @cssprop [--cw-min-block-size] - Height reserved while loading, so the page does not jump; by default the ready height (16.5rem to 12.125rem; with a feed 36.25rem to 14.125rem, by width). Also the least height of the error and empty states (12rem).
 * @cssprop [--cw-vacancy-background=rgb(127 127 127 / 0.06)] - Background of one vacancy and of the job alert (dark scheme: rgb(255 255 255 / 0.06)).
 *
 * @csspart base - The wrapper of the list of vacancies.
 * @csspart heading - The line above the list.
 * @csspart list - The list of vacancies.
 * @csspart vacancy - One vacancy.
 * @csspart title - The title of a vacancy (holds the link).
 * @csspart link - The link of a vacancy.
 * @csspart employer - The employer of a vacancy.
 * @csspart place - The postal code and place of a vacancy.
 * @csspart start - The start date of a vacancy.
 * @csspart more - The "show all" link.
 * @csspart no-vacancies - The empty state: no vacancy is open.
 * @csspart empty-text - The profile's text of the empty state.
 * @csspart notice - The note that the feed could not be loaded.
 * @csspart job-alert - The job-alert box of the empty state.
 * @csspart cta - The job-alert link ("Suchbot erstellen").
 * @csspart loading - The loading state (profile or feed).
 * @csspart error - The error state of the profile (`role="alert"`).
 * @csspart empty - The state of a profile without a `vacancies` section and no feed.
 */
export class VacancyTeaser extends ProfileElement {
  static override styles = [...ProfileElement.styles, vacancyTeaserStyles];

  /** URL of a JSON feed of schema.org `JobPosting`s, fetched without credentials. Without it, the profile's `vacancies.items`. */
  @property({ reflect: true }) feed?: string;

  /** How many vacancies to show at most; more make a "show all" link appear. */
  @property({ type: Number }) limit = DEFAULT_LIMIT;

  /** Only vacancies in this place (the locality, ignoring case) or, when all digits, with this postal-code prefix. */
  @property() location?: string;

  /** The `target` of the vacancy links (e.g. `_blank`); same tab without it. A new window gets `rel="noopener"`. */
  @property() target?: string;

  /** Writes the shown vacancies as JSON-LD (`<script type="application/ld+json">`) into the element's light DOM. */
  @property({ type: Boolean, attribute: 'structured-data' }) structuredData = false;

  protected readonly widget = 'vacancy-teaser';

  /** What the last render showed, for the JSON-LD. */
  private shown?: { postings: ProfileJobPosting[]; base: string };

  /** The feed, beside the profile: a new `feed` aborts the old request, the newest wins. */
  protected readonly feedTask = new Task(this, {
    args: () => [this.feed, this.timeout] as const,
    task: async ([feed, timeoutMs], { signal }) => {
      if (!feed) return undefined;
      requireConnected(this);
      try {
        return await loadFeed(feed, signal, timeoutMs, (message) => this.warn(message));
      } catch (error) {
        if (!isAbort(error)) this.warn(`the feed ${feed} could not be loaded; showing the empty state.\n${(error as Error).message}`);
        throw error;
      }
    },
  });

  override get settled(): Promise<void> {
    return (async () => {
      await super.settled;
      await this.feedTask.taskComplete.catch(() => undefined);
      await this.updateComplete;
    })();
  }

  /** A feed request is aborted by removal and starts again when the element comes back (also after a move), as the profile's does. */
  protected readonly feedAbort = new AbortOnRemoval(this, this.feedTask);

  private warn(message: string) {
    console.warn(`[career-widgets] <${this.localName}>: ${message}`);
  }

  protected override render(): TemplateResult {
    this.shown = undefined;
    return super.render();
  }

  protected renderProfile(profile: Profile): TemplateResult {
    const t = this.i18n.pick(vacancyStrings);
    let postings: readonly ProfileJobPosting[] = [];
    // On the server there is no page: relative URLs stay unresolved (not linked) until hydration.
    let base = isServer ? '' : document.baseURI;
    let listUrl: string | undefined;
    let failed = false;
    if (this.feed) {
      const task = this.feedTask;
      if (task.status === TaskStatus.COMPLETE && task.value) {
        ({ postings, base } = task.value);
        listUrl = safeUrl(task.value.url, base);
      } else if (task.status === TaskStatus.ERROR && !isAbort(task.error)) {
        failed = true;
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
    const limit = Number.isFinite(this.limit) && this.limit >= 1 ? Math.floor(this.limit) : DEFAULT_LIMIT;
    const shown = current.slice(0, limit);
    if (shown.length === 0) return this.renderEmpty(profile, t, failed);
    this.shown = { postings: shown, base };

    // "Show all": the profile's `vacancies.moreLink`; else the feed's own `url` (a page listing every
    // vacancy, schema.org `ItemList.url`). Never the feed's JSON address: that is no page for a reader.
    const more: ProfileLink | undefined =
      current.length > limit ? (profile.vacancies?.moreLink ?? (listUrl ? { label: t.showAll(current.length), href: listUrl } : undefined)) : undefined;
    return html`
      <div part="base" class="base">
        <p part="heading" class="heading" id="heading">${t.heading(profile.name)}</p>
        <ul part="list" class="list" aria-labelledby="heading">
          ${shown.map((posting) => this.renderPosting(posting, base, t))}
        </ul>
        ${more ? this.renderCta(more, 'more') : nothing}
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
    return html`<li part="vacancy" class="vacancy">
      <p part="title" class="title">
        ${href
          ? html`<a
              part="link"
              href=${href}
              target=${target ?? nothing}
              rel=${newContext ? 'noopener' : nothing}
              @click=${() => emit(this, 'vacancy-click', { id: postingId(posting, href), url: href })}
              >${posting.title}${newContext ? html`<span class="visually-hidden"> ${t.newWindow}</span>` : nothing}</a
            >`
          : posting.title}
      </p>
      ${posting.hiringOrganization ? html`<p part="employer" class="detail">${posting.hiringOrganization.name}</p>` : nothing}
      ${place ? html`<p part="place" class="detail">${place}</p>` : nothing}
      ${posting.jobStartDate
        ? html`<p part="start" class="detail">${t.start}: ${formatDate(day(posting.jobStartDate), locale)}</p>`
        : nothing}
    </li>`;
  }

  /** No vacancy to show: the profile's text and job alert, and a notice when the feed failed. */
  private renderEmpty(profile: Profile, t: Words, failed: boolean) {
    const vacancies = profile.vacancies;
    const alert = vacancies?.jobAlert;
    return html`<div part="no-vacancies" class="base no-vacancies">
      <p part="empty-text" class="empty-text">${vacancies?.emptyText ?? t.noVacancies}</p>
      ${failed ? html`<p part="notice" class="notice">${t.feedFailed}</p>` : nothing}
      ${alert
        ? html`<div part="job-alert" class="job-alert">
            ${alert.title ? html`<p class="job-alert-title">${alert.title}</p>` : nothing}
            ${alert.description ? html`<p>${alert.description}</p>` : nothing}
            ${this.renderCta(alert.cta)}
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
