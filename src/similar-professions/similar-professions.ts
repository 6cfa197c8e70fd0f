import { html, isServer, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import * as v from 'valibot';
import { ProfileElement } from '../core/profile-element.js';
import type { Profile } from '../core/profile-schema.js';
import { sectionReader } from '../core/read-profile.js';
import { InterestCode, list, slug, text, url } from '../core/schema/fields.js';
import type { CatalogData, CatalogDocument, CatalogEntry, CatalogTheme } from '../core/schema/catalog.js';
import { entryOf, inlineDocument, loadCatalog, professionHref, readCatalog, similarProfessions, type LoadedCatalog } from '../core/catalog.js';
import { DocumentRequest } from '../core/document-request.js';
import { isAbort, ProfileLoadError } from '../core/load-profile.js';
import { clampNumber, numberAttribute, TIMEOUT, type NumberRule } from '../core/number-attribute.js';
import { MAX_RENDERED_ITEMS, MAX_WARNING_DETAILS, renderable } from '../core/limits.js';
import { formatDuration, formatMoneyRange } from '../core/format.js';
import { safeUrl } from '../core/safe-url.js';
import { emit } from '../core/events.js';
import { referrerPolicy, urlForMessage, withoutQuery } from '../core/privacy.js';
import { summarize, warn } from '../core/warn.js';
import { similarStrings } from './similar-professions.strings.js';
import { similarStyles } from './similar-professions.styles.js';
import { icon, BUILDING, CLOCK, EURO } from '../core/icons.js';

/** What this element reads of a profile: where the profession belongs. */
const readPlace = sectionReader({ identifier: v.optional(text), interests: v.optional(InterestCode), themes: v.optional(list(slug)), catalog: v.optional(url) });

type Words = typeof similarStrings.de;

/** `limit`: 4 unless a whole number from 1 up is given. */
const LIMIT: NumberRule = { fallback: 4, min: 1, max: MAX_RENDERED_ITEMS, integer: true };

/** One collator per catalog language: making one costs far more than comparing with it. */
const collators = new Map<string, Intl.Collator>();
const collator = (lang: string) => collators.get(lang) ?? collators.set(lang, new Intl.Collator(lang)).get(lang)!;

/** An `http(s)` URL, or nothing: a catalog is fetched, never opened as `mailto:`. */
const httpUrl = (raw: string, base: string) => {
  const href = safeUrl(raw, base);
  return href && /^https?:/.test(href) ? href : undefined;
};

/**
 * The profession's Themenwelten and a few similar professions, from the portal's catalog
 * (docs/catalog-format.md): each Themenwelt with its description, and up to `limit` professions that
 * share one with it, the nearest interest code first (`similarProfessions` in core/catalog.ts), each
 * with its duration, kind of training, pay range and one sentence.
 *
 * **The catalog**: the `catalog` attribute (relative to the page), else the profile's own `catalog`
 * field, relative to the URL the profile was fetched from (`src`; for a profile given as property or
 * inline, `profile-url`). The profession's entry is the one whose slug is the profile's `identifier`,
 * else the one whose `profileUrl` leads to the profile; a profession not in the catalog shows the
 * profile's own `themes`, without similar professions.
 *
 * **Links**: a profession links to `href-pattern` (`/berufe/{slug}`) when it is set, else to its
 * `profileUrl` (resolved against the catalog's URL), else its name is plain text. A Themenwelt links to
 * `theme-href-pattern` (`/themenwelten/{id}`) when it is set. Without that pattern a Themenwelt is a
 * disclosure (`<details>`) that lists its professions, each linked as above: a portal without
 * Themenwelt pages still lets a reader go from a Themenwelt to its professions, and the closed list
 * keeps the section short.
 *
 * A catalog that cannot be loaded or is invalid, no catalog at all, or a profession neither in the
 * catalog nor with Themenwelten of its own, shows the error state (`role="status"`) and one
 * `console.warn` with the details; it is no `profile-error` (the profile is fine), as for the vacancy
 * teaser's feed.
 *
 * @summary The profession's Themenwelten and similar professions from a catalog, each a link.
 * @tag similar-professions
 *
 * @fires {CustomEvent<ProfileLoadDetail>} profile-load - The profile's place (identifier, interests, themes, catalog) was read and is valid. Detail: `{ profile }`.
 * @fires {CustomEvent<ProfileErrorDetail>} profile-error - The profile could not be loaded or is invalid (never for the catalog). Detail: `{ message, issues: [{ path, message }] }`.
 * @fires {CustomEvent<CtaClickDetail>} cta-click - A link to a profession or a Themenwelt was followed. Detail: `{ href, label, widget }` (`href` without query and fragment).
 *
 * @cssprop {<color>} [--cw-color-accent=light-dark(#0b57d0, #a8c7fa)] - Links, the professions' top rule and the focus ring.
 * @cssprop {<color>} [--cw-color-border=light-dark(#868e99, #767e8a)] - Borders of the Themenwelten and the professions.
 * @cssprop {<color>} [--cw-color-subtle=rgb(127 127 127 / 0.1)] - Background of the Themenwelten.
 * @cssprop {<color>} [--cw-color-surface=transparent] - Background of the professions.
 * @cssprop {<color>} [--cw-color-muted=light-dark(#5b6470, #b4bcc7)] - Labels, counts, the pay note and the loading text.
 * @cssprop {<color>} [--cw-color-error=light-dark(#b3261e, #f2b8b5)] - The error state.
 * @cssprop {<color>} [--cw-color-text=inherit] - Text colour; the host page's by default.
 * @cssprop {*} [--cw-font-family=inherit] - Typeface; the host page's by default.
 * @cssprop {<length-percentage>} [--cw-font-size=1rem] - Base font size.
 * @cssprop {<length>} [--cw-radius=0.5rem] - Corner radius of the boxes and states.
 * @cssprop {<length>} [--cw-space=1rem] - Base spacing.
 * @cssprop {<length>} [--cw-min-block-size=12rem] - Height reserved while loading (by default the seed profile's ready height: 100rem to 46rem, by width); also the least height of the error state.
 *
 * @csspart base - The section (the ready state).
 * @csspart title - The title heading ("Ähnliche Berufe").
 * @csspart block - Each sub-section: the Themenwelten, the similar professions.
 * @csspart subheading - The heading of a sub-section.
 * @csspart themes - The list of Themenwelten.
 * @csspart theme - One Themenwelt (a `<details>` without `theme-href-pattern`).
 * @csspart theme-name - A Themenwelt's name: its link, or the disclosure's `<summary>`.
 * @csspart theme-description - A Themenwelt's description.
 * @csspart theme-professions - The professions listed in a Themenwelt's disclosure.
 * @csspart professions - The list of similar professions.
 * @csspart profession - One similar profession.
 * @csspart cards - The list of Themenwelten and that of similar professions (also `themes`, `professions`): rows of cards that wrap.
 * @csspart card - One Themenwelt or similar profession.
 * @csspart profession-name - A similar profession's name (a heading two levels below the title; holds the link).
 * @csspart link - A link to a profession.
 * @csspart summary - A similar profession's one sentence.
 * @csspart facts - A similar profession's duration, kind of training and pay (`<dl>`).
 * @csspart note - What the amounts mean (gross per month, "ca.").
 * @csspart no-similar - The text shown instead of similar professions when there are none.
 * @csspart loading - The loading state (profile or catalog).
 * @csspart error - The error state (`role="status"`, polite): the profile's, or the catalog's.
 */
export class SimilarProfessions extends ProfileElement {
  // Not a ProfileSection: that base and its JSON-LD are 1 KB more on a page through the loader (scripts/size.mjs).
  static override styles = [...ProfileElement.styles, similarStyles];
  static override properties: PropertyDeclarations = {
    catalog: {},
    catalogData: { attribute: false },
    profileUrl: { attribute: 'profile-url' },
    hrefPattern: { attribute: 'href-pattern' },
    themeHrefPattern: { attribute: 'theme-href-pattern' },
    limit: { converter: numberAttribute(LIMIT) },
  };

  /** URL of the catalog (relative to the page). Without it, the profile's own `catalog` field. `catalogData` wins over both. */
  catalog?: string;

  /**
   * The catalog as an object (validated like a fetched one), e.g. the one a server rendered with
   * (`career-widgets/ssr` inlines it as `<script type="application/json" data-catalog>`, read when the
   * element connects): the content of `catalog`, whose URL its relative `profileUrl`s resolve against
   * (without `catalog` they are not linked; on the server only against an absolute URL).
   */
  catalogData?: CatalogData;

  /**
   * Where a profile given as property or inline is published (relative to the page): its `catalog`
   * field resolves against it, and it finds its catalog entry by it. A `src` profile uses its own URL.
   */
  profileUrl?: string;

  /** A profession's link: `{slug}` is replaced by its URL-encoded slug (`/berufe/{slug}`). Without it, the profession's `profileUrl`. */
  hrefPattern?: string;

  /** A Themenwelt's link: `{id}` is replaced by its URL-encoded id (`/themenwelten/{id}`). Without it, each Themenwelt opens to list its professions. */
  themeHrefPattern?: string;

  /**
   * How many similar professions to show at most (4 unless a whole number from 1 to 200 is given).
   * @default 4
   */
  limit: number = LIMIT.fallback;

  protected readonly widget = 'similar-professions';
  protected readonly read = readPlace;

  /** The catalog beside the profile: a new URL aborts the old request, the newest wins (core/document-request.ts). */
  protected readonly catalogRequest = new DocumentRequest<LoadedCatalog>(
    this,
    () => (this.catalogData ? undefined : this.catalogUrl()),
    () => String(clampNumber(this.timeout, TIMEOUT)),
    async (catalog, signal) => {
      try {
        return await loadCatalog(catalog, signal, clampNumber(this.timeout, TIMEOUT));
      } catch (error) {
        // Named without its query (privacy.ts); the first issues and a count of the rest, as for a profile.
        if (!isAbort(error)) {
          const issues = error instanceof ProfileLoadError ? error.issues : [{ path: '$', message: ProfileLoadError.describe(error) }];
          this.warn(`the catalog ${urlForMessage(catalog)} could not be loaded.\n${summarize(issues.slice(0, MAX_WARNING_DETAILS).map((i) => `${i.path}: ${i.message}`), issues.length)}`);
        }
        throw error;
      }
    },
  );

  override connectedCallback() {
    super.connectedCallback();
    this.catalogData ??= inlineDocument(this, 'catalog') as CatalogData | undefined;
  }

  /** The last `catalogData` read, and what it read as: read once per object. */
  private given?: [object, ReturnType<typeof readCatalog>];

  override get settled(): Promise<void> {
    return (async () => {
      await super.settled;
      await this.catalogRequest.settled;
      await this.updateComplete;
    })();
  }

  /** The URL the shown profile is published at: where `src` fetched it from, else `profile-url`. */
  private profileHome(): string | undefined {
    return this.fetchedFrom ?? (this.profileUrl && !isServer ? safeUrl(this.profileUrl) : undefined);
  }

  /** The catalog's URL: the page's attribute as written (loadCatalog resolves it against the page), else the profile's field against the profile's URL. */
  private catalogUrl(): string | undefined {
    if (this.catalog?.trim()) return this.catalog.trim();
    const own = this.shownProfile?.catalog;
    // Never against the page: a profile's relative URL is relative to the profile (docs/catalog-format.md).
    return own ? httpUrl(own, this.profileHome() ?? '') : undefined;
  }

  /** Warnings already given, so a re-render (a `lang` change) does not repeat them. */
  private warned = '';
  private warn(message: string) {
    if (message === this.warned) return;
    this.warned = message;
    warn(`<${this.localName}>: ${message}`);
  }

  protected renderProfile(profile: Profile): TemplateResult {
    const t = this.i18n.pick(similarStrings);
    const data = this.catalogData;
    if (data && this.given?.[0] !== data) this.given = [data, readCatalog(data)];
    const read = data && this.given![1];
    // A catalog given as an object is as good as one loaded, or fails as an invalid one does.
    const request = read ? (read.ok ? { status: 'done', value: { catalog: read.value, base: safeUrl(this.catalog) ?? '' } } : { status: 'failed', error: undefined }) : this.catalogRequest;
    const catalogUrl = read ? 'catalogData' : this.catalogUrl();
    if (read && !read.ok) this.warn(`the catalogData is not a valid catalog: ${read.issues[0].path}: ${read.issues[0].message}`);
    if (!catalogUrl) {
      this.warn(profile.catalog
        ? `the profile's catalog "${urlForMessage(profile.catalog)}" is relative, and the profile was given without its URL: set src, profile-url or catalog.`
        : 'no catalog: set the catalog attribute, or give the profile a catalog field.');
      return this.renderFailure(t, t.notFound);
    }
    if (request.status === 'failed') {
      const { error } = request;
      return this.renderFailure(t, t.failed(error instanceof ProfileLoadError && error.kind === 'http' ? error.status : 0));
    }
    // Requested, or on the server (which fetches nothing): space reserved until it is there.
    if (request.status !== 'done' || !request.value) return this.renderLoading();

    const { catalog, base } = request.value;
    const entry = entryOf(catalog, profile, this.profileHome(), base);
    const themes = renderable(entry?.themes ?? profile.themes)
      .map((id) => catalog.themes.find((theme) => theme.id === id))
      .filter((theme): theme is CatalogTheme => !!theme);
    if (!themes.length) {
      this.warn(`the catalog ${urlForMessage(base || catalogUrl)} has no entry for the profile "${profile.identifier ?? profile.name}", and the profile names no Themenwelt of it.`);
      return this.renderFailure(t, t.notFound);
    }
    const similar = entry ? similarProfessions(catalog, entry, clampNumber(this.limit, LIMIT), collator(catalog.lang)) : [];
    return html`<section part="base" class="base">
      ${this.heading(t.title, 'title')}
      <div part="block" class="block themes-block">
        ${this.heading(t.themes, 'subheading', 1)}
        <p>${t.themesIntro}</p>
        <ul part="themes cards" class="themes" role="list">${themes.map((theme) => this.renderTheme(theme, catalog, base, entry, t))}</ul>
      </div>
      <div part="block" class="block">
        ${this.heading(t.similar, 'subheading', 1)}
        ${similar.length
          ? html`<ul part="professions cards" class="professions" role="list">${similar.map((p) => this.renderProfession(p, catalog, base, t))}</ul>
              <p part="note" class="muted">${t.payNote}</p>`
          : html`<p part="no-similar" class="muted">${entry ? t.noSimilar : t.notFound}</p>`}
      </div>
    </section>`;
  }

  /** The error state of the catalog: the title stays (a reader navigates to it), the message in a polite live region. */
  private renderFailure(t: Words, message: string) {
    return html`<section part="base" class="base">${this.heading(t.title, 'title')}<p part="error" class="state error" role="status">${message}</p></section>`;
  }

  /** Catalog text, marked with the catalog's language where it differs from the element's. */
  private ctext(catalog: CatalogDocument, value: string) {
    return this.text(value, catalog.lang);
  }

  /** A link of ours, firing `cta-click` without the URL's query (an event goes on to the data layer). */
  private link(href: string, label: string, content: unknown, part: string, hreflang?: string) {
    const onClick = () => emit(this, 'cta-click', { href: withoutQuery(href), label, widget: this.widget });
    return html`<a part=${part} href=${href} hreflang=${hreflang ?? nothing} referrerpolicy=${referrerPolicy()} @click=${onClick}>${content}</a>`;
  }

  /** A profession's name, a link where it has one; `hreflang` where the linked page is not in the element's language. */
  private professionName(entry: CatalogEntry, catalog: CatalogDocument, base: string) {
    const name = this.ctext(catalog, entry.name);
    const href = professionHref(entry, base, this.hrefPattern);
    if (!href) return name;
    const lang = entry.profileLang ?? catalog.lang;
    return this.link(href, entry.name, name, 'link', lang.split('-')[0].toLowerCase() === this.i18n.lang.language ? undefined : lang);
  }

  private renderTheme(theme: CatalogTheme, catalog: CatalogDocument, base: string, entry: CatalogEntry | undefined, t: Words) {
    const description = html`<p part="theme-description" class="muted">${this.ctext(catalog, theme.description)}</p>`;
    const href = this.themeHrefPattern ? safeUrl(this.themeHrefPattern.replaceAll('{id}', encodeURIComponent(theme.id))) : undefined;
    if (href) return html`<li part="theme card" class="theme">${this.link(href, theme.name, this.ctext(catalog, theme.name), 'theme-name')}${description}</li>`;
    const members = catalog.professions
      .filter((p) => p.slug !== entry?.slug && p.themes.includes(theme.id))
      .sort((a, b) => collator(catalog.lang).compare(a.name, b.name));
    return html`<li part="card" class="theme">
      <details part="theme">
        <summary part="theme-name">${this.ctext(catalog, theme.name)} <span class="count">(${t.professionCount(members.length)})</span></summary>
        ${description}
        <ul part="theme-professions" class="theme-professions">
          ${renderable(members).map((p) => html`<li>${this.professionName(p, catalog, base)}</li>`)}
        </ul>
      </details>
    </li>`;
  }

  private renderProfession(entry: CatalogEntry, catalog: CatalogDocument, base: string, t: Words) {
    const { locale } = this.i18n.lang;
    const facts: [string, string, string][] = [
      [CLOCK, t.duration, formatDuration(entry.duration, locale)],
      [BUILDING, t.kind, t.kinds(entry.trainingKind)],
      [EURO, t.pay(entry.trainingPay.kind), this.pay(entry, t)],
    ];
    return html`<li part="profession card" class="profession">
      ${this.heading(this.professionName(entry, catalog, base), 'profession-name', 2)}
      <p part="summary">${this.ctext(catalog, entry.summary)}</p>
      <dl part="facts" class="facts">${facts.map(([path, label, value]) => html`<div><dt>${icon(path)}${label}</dt><dd>${value}</dd></div>`)}</dl>
    </li>`;
  }

  /** The pay during the training as a range ("ca. 1.000–1.200 €"), never "0 €" (docs/catalog-format.md, "Pay"). */
  private pay({ trainingPay: pay }: CatalogEntry, t: Words) {
    const { locale } = this.i18n.lang;
    const range = (min: number, max: number, estimate?: boolean) => {
      const amount = formatMoneyRange(min, max, 'EUR', locale);
      return estimate ? t.about(amount) : amount;
    };
    if (pay.kind === 'unpaid' || pay.min === undefined || pay.max === undefined) {
      return t.unpaid(pay.schoolFee && range(pay.schoolFee.min, pay.schoolFee.max, pay.schoolFee.estimate));
    }
    const amount = range(pay.min, pay.max, pay.estimate);
    return pay.unpaidYears ? t.unpaidThen(pay.unpaidYears, amount) : amount;
  }
}

// The types this element's properties, methods and events name, beside it (its manifest entry names them).
export type { ProfileData } from '../core/profile-schema.js';
export type { CatalogData } from '../core/schema/catalog.js';
export type { ProfileLoadDetail, ProfileErrorDetail, CtaClickDetail } from '../core/events.js';
