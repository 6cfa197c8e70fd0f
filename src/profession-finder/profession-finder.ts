import { LitElement, html, isServer, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { VERSION } from '../core/define.js';
import { emit } from '../core/events.js';
import { LanguageController } from '../core/language.js';
import { baseStyles } from '../core/styles.js';
import { DocumentRequest } from '../core/document-request.js';
import { headingAt } from '../core/profile-element.js';
import {
  inlineDocument,
  areaScores,
  loadCatalog,
  loadItemBank,
  professionHref,
  rankProfessions,
  readCatalog,
  readItemBank,
  reasons,
  type Answer,
  type AreaScores,
  type Ranked,
} from '../core/catalog.js';
import { AREAS, NO_PROFESSIONS, SCHOOL_CERTIFICATES, TRAINING_KINDS } from '../core/schema/catalog.js';
import type { CatalogData, CatalogEntry, ItemBankData, ItemBankDocument } from '../core/schema/catalog.js';
import type { ValidationResult } from '../core/check.js';
import { ProfileLoadError } from '../core/load-profile.js';
import { clampNumber, numberAttribute, TIMEOUT, type NumberRule } from '../core/number-attribute.js';
import { formatListParts } from '../core/format.js';
import { summarize, warn } from '../core/warn.js';
import { MAX_RENDERED_ITEMS, MAX_REPORTED_ISSUES, MAX_WARNING_DETAILS } from '../core/limits.js';
import { referrerPolicy, urlForMessage } from '../core/privacy.js';
import { safeUrl } from '../core/safe-url.js';
import { dropServerMarkup, hydrateOrReplace, updateOrRender } from '../core/hydration.js';
import { finderStrings } from './profession-finder.strings.js';
import { finderStyles } from './profession-finder.styles.js';
import { failureMessage, keyFacts } from './facts.js';
import { icon, BUILDING, CLOCK, EURO, SCHOOL } from '../core/icons.js';

/** The key facts' icons, in keyFacts' order: duration, kind, school certificate, pay. */
const FACT_ICONS = [CLOCK, BUILDING, SCHOOL, EURO];

type Words = typeof finderStrings.de;
type Certificate = (typeof SCHOOL_CERTIFICATES)[number];
type Kind = (typeof TRAINING_KINDS)[number];
/** A catalog as the finder uses it: its professions, their language, and the base of their relative links. */
interface Professions {
  professions: readonly CatalogEntry[];
  lang: string;
  base: string;
}
/** A document's state: its value, or why there is none; neither while it loads. */
interface Doc<T> {
  value?: T;
  error?: unknown;
}

/** One collator per language: the ranking keeps its name order per collator (core/catalog.ts). */
const collators = new Map<string, Intl.Collator>();
const collator = (lang: string) => collators.get(lang) ?? collators.set(lang, new Intl.Collator(lang)).get(lang)!;

/** Items on one page: one of each area with our interleaved bank. */
const PAGE = 6;
/** How many professions `finder-complete` carries. */
const REPORTED = 20;
/** `limit`: 10 unless a whole number from 1 up is given; at most `MAX_RENDERED_ITEMS`. */
const LIMIT: NumberRule = {
  fallback: 10,
  min: 1,
  max: MAX_RENDERED_ITEMS,
  integer: true,
};

/**
 * An interest check for pupils: short activities answered "Mag ich / Weiß nicht / Mag ich nicht", a
 * few at a time, then the pupil's interests over the six RIASEC areas and the catalog's professions
 * ranked by fit (docs/catalog-format.md, "The finder's ranking"), each with why, its key facts and a
 * link; filters by school certificate and kind of training, which never change the scores.
 *
 * It extends `LitElement`, not `ProfileElement`: it has no profile, and ProfileElement's input
 * contract (the `profile` property, an inline script, `src`, "no profile" after a grace time) would be
 * wrong for it. It takes the core's pieces instead: `LanguageController`, `baseStyles`, the loading
 * and error states' markup and classes, `headingAt` for `heading-level`, `DocumentRequest` for its two
 * documents, `emit`, `warn` and the hydration helpers.
 *
 * Its answers live in the element, by item id: they survive re-renders, a `lang` change and a new
 * item bank. Nothing is stored, no cookie is set, no request is made but `catalog` and `items`. The
 * intro needs neither document, so it is the first render, also on the server.
 *
 * @summary An interest check for pupils, then the catalog's professions ranked by fit, each with why, its key facts and a link.
 * @tag profession-finder
 *
 * @fires {CustomEvent<FinderCompleteDetail>} finder-complete - The result is shown, once per completed check. Detail: `{ interests, ranking: [{ slug, name, score }] }`: the six area scores (0–1) and the top 20 of the full ranking, before any filter. Nothing personal.
 * @fires {CustomEvent<ProfileErrorDetail>} profile-error - The catalog or the item bank could not be loaded or is invalid. Detail: `{ message, issues: [{ path, message }], issueCount }`.
 *
 * @cssprop {<color>} [--cw-color-accent=light-dark(#0b57d0, #a8c7fa)] - Buttons, links, the chosen answer, the bars and the focus ring.
 * @cssprop {<color>} [--cw-color-on-accent=light-dark(#ffffff, #062e6f)] - Text on the main buttons.
 * @cssprop {<color>} [--cw-color-border=light-dark(#868e99, #767e8a)] - Borders of answers, professions and the states.
 * @cssprop {<color>} [--cw-color-muted=light-dark(#5b6470, #b4bcc7)] - Progress, area descriptions, facts' labels, the loading text.
 * @cssprop {<color>} [--cw-color-error=light-dark(#b3261e, #f2b8b5)] - The error state.
 * @cssprop {<color>} [--cw-color-subtle=rgb(127 127 127 / 0.1)] - The track behind the progress and each bar.
 * @cssprop {<color>} [--cw-color-surface=transparent] - Background of the element.
 * @cssprop {<color>} [--cw-color-text=inherit] - Text colour; the host page's by default.
 * @cssprop {<color>} [--cw-color-focus=var(--cw-color-accent)] - The focus outline.
 * @cssprop {*} [--cw-font-family=inherit] - Typeface; the host page's by default.
 * @cssprop {<length-percentage>} [--cw-font-size=1rem] - Base font size.
 * @cssprop {<length-percentage>} [--cw-font-size-h1=2em] - Size of `<h1>` headings, as in every element.
 * @cssprop {<length-percentage>} [--cw-font-size-h2=1.5em] - Size of `<h2>` headings, as in every element.
 * @cssprop {<length-percentage>} [--cw-font-size-h3=1.25em] - Size of `<h3>` headings, as in every element.
 * @cssprop {<length-percentage>} [--cw-font-size-h4=1.0625em] - Size of `<h4>` headings, as in every element.
 * @cssprop {<length-percentage>} [--cw-font-size-h5=1em] - Size of `<h5>` headings, as in every element.
 * @cssprop {<length-percentage>} [--cw-font-size-h6=1em] - Size of `<h6>` headings, as in every element.
 * @cssprop {<number> | <length-percentage>} [--cw-line-height=1.5] - Line height of the element's text (a reader's own line height on the element wins).
 * @cssprop {<length>} [--cw-radius=0.5rem] - Corner radius of answers, buttons, professions and states.
 * @cssprop {<length>} [--cw-space=1rem] - Base spacing.
 * @cssprop {<length>} [--cw-min-block-size=14rem] - Height reserved while loading, so the page does not jump; also the least height of the error state.
 *
 * @csspart base - The wrapper of every state.
 * @csspart title - The title (`<h2>`, or the `heading-level`).
 * @csspart intro - The intro: what the check is, how long it takes, the start button.
 * @csspart page - The heading of a page of questions ("Fragen 7–12 von 30"); focused when a page appears.
 * @csspart progress - The progress bar (`<progress>`, hidden from assistive technology: the page heading says it).
 * @csspart item - The fieldset of one item.
 * @csspart legend - An item's legend: its number ("7 von 30") and text.
 * @csspart answer - One answer (a label around a radio button).
 * @csspart button - Every button: start, back, next, more, print, start again, reset filters.
 * @csspart result-heading - The heading of the interests ("Deine Interessen"); focused when the result appears.
 * @csspart interests - The list of the six areas with their scores: the accessible source of the chart.
 * @csspart bar - One area's bar (a picture of its score).
 * @csspart cards - The list of professions (also `professions`), a row of cards that wraps.
 * @csspart card - One profession (also `profession`).
 * @csspart filters - The two filters.
 * @csspart professions - The ranked list of professions.
 * @csspart profession - One profession.
 * @csspart profession-name - A profession's name (a heading two levels below the title; holds the link).
 * @csspart link - A profession's link.
 * @csspart facts - A profession's key facts.
 * @csspart empty - No profession at all, or none after the filters.
 * @csspart loading - The loading state (`aria-busy`).
 * @csspart error - The error state (`role="status"`).
 */
export class ProfessionFinder extends LitElement {
  /** Which version defined this tag; read by the registration guard. */
  static version: string = VERSION;
  static override styles = [baseStyles, finderStyles];
  static override properties: PropertyDeclarations = {
    catalog: { reflect: true },
    items: { reflect: true },
    catalogData: { attribute: false },
    itemsData: { attribute: false },
    catalogBase: { attribute: 'catalog-base' },
    hrefPattern: { attribute: 'href-pattern' },
    limit: { converter: numberAttribute(LIMIT) },
    timeout: { converter: numberAttribute(TIMEOUT) },
    headingLevel: { type: Number, attribute: 'heading-level' },
    step: { state: true, attribute: false },
    page: { state: true, attribute: false },
    answers: { state: true, attribute: false },
    certificate: { state: true, attribute: false },
    kind: { state: true, attribute: false },
    shown: { state: true, attribute: false },
  };

  /** URL of the catalog (docs/catalog-format.md), fetched without credentials. `catalogData` wins over it. */
  catalog?: string;
  /** URL of the item bank (`finder-items.json`), fetched without credentials. `itemsData` wins over it. */
  items?: string;
  /** The catalog as an object (validated like a fetched one). Its relative `profileUrl`s resolve against `catalog-base`. */
  catalogData?: CatalogData;
  /** The item bank as an object (validated like a fetched one). */
  itemsData?: ItemBankData;
  /** The URL relative `profileUrl`s of a `catalogData` object resolve against; without it they are not linked. */
  catalogBase?: string;
  /** Where a profession links to, `{slug}` replaced by its slug (`/berufe/{slug}`); without it, its `profileUrl` against the catalog's URL. */
  hrefPattern?: string;
  /**
   * How many professions to show at first, and how many more each "Mehr zeigen" adds (10 unless a whole number from 1 to 200 is given).
   * @default 10
   */
  limit: number = LIMIT.fallback;
  /**
   * How long to wait for each document, in milliseconds (10,000 unless a number from 1 to 86,400,000 is given).
   * @default 10000
   */
  timeout: number = TIMEOUT.fallback;
  /** The heading level of the title (1–6, default 2); inner headings are one and two levels below. */
  headingLevel = 2;

  private step: 'intro' | 'questions' | 'result' = 'intro';
  private page = 0;
  /** The answers by item id: kept across pages, a `lang` change and a new item bank. */
  private answers: Record<string, Answer> = {};
  private certificate: Certificate | '' = '';
  private kind: Kind | '' = '';
  /** How many professions of the (filtered) ranking are shown. */
  private shown = LIMIT.fallback;
  /** `finder-complete` has fired for the result on screen. */
  private completed = false;
  /** What to focus after the next render that has it; only ever set by the reader's own action. */
  private focusNext?: string;

  protected readonly i18n = new LanguageController(this);
  private readonly timeoutKey = () => String(clampNumber(this.timeout, TIMEOUT));
  private readonly catalogRequest = new DocumentRequest(
    this,
    () => (this.catalogData ? undefined : this.catalog),
    this.timeoutKey,
    (url, signal) => loadCatalog(url, signal, clampNumber(this.timeout, TIMEOUT)),
  );
  private readonly itemsRequest = new DocumentRequest(
    this,
    () => (this.itemsData ? undefined : this.items),
    this.timeoutKey,
    (url, signal) => loadItemBank(url, signal, clampNumber(this.timeout, TIMEOUT)),
  );
  /** Objects given as properties, read once each. */
  private readonly given = new WeakMap<object, Doc<unknown>>();
  /** Errors already reported (one warning and one `profile-error` each). */
  private readonly reported = new WeakSet<object>();
  /** The last ranking, kept while only the filters or the number shown change. */
  private ranked?: {
    professions: readonly CatalogEntry[];
    key: string;
    list: Ranked[];
  };

  override connectedCallback() {
    super.connectedCallback();
    // The documents a server rendered with (`career-widgets/ssr` inlines them), unless given as properties.
    this.catalogData ??= inlineDocument(this, 'catalog') as CatalogData | undefined;
    this.itemsData ??= inlineDocument(this, 'items') as ItemBankData | undefined;
  }

  /** Resolves once both documents given now have loaded (or failed) and are rendered. */
  get settled(): Promise<void> {
    return (async () => {
      await this.updateComplete;
      await Promise.all([this.catalogRequest.settled, this.itemsRequest.settled]);
      await this.updateComplete;
    })();
  }

  private read<T>(data: object, reader: (d: unknown) => ValidationResult<T>): Doc<T> {
    let doc = this.given.get(data) as Doc<T> | undefined;
    if (!doc) {
      const result = reader(data);
      this.given.set(data, (doc = result.ok ? { value: result.value } : { error: new ProfileLoadError('invalid', result.issues) }));
    }
    return doc;
  }

  private get bank(): Doc<ItemBankDocument> {
    if (this.itemsData) return this.read(this.itemsData, readItemBank);
    const request = this.itemsRequest;
    return { value: request.value, error: request.error };
  }

  private get professions(): Doc<Professions> {
    let doc: Doc<Professions>;
    if (this.catalogData) {
      const read = this.read(this.catalogData, readCatalog);
      doc = {
        value: read.value && {
          ...read.value,
          base: safeUrl(this.catalogBase) ?? '',
        },
        error: read.error,
      };
    } else {
      const { value, error } = this.catalogRequest;
      doc = { value: value && { ...value.catalog, base: value.base }, error };
    }
    // A catalog whose only fault is that it has no professions is empty, not broken: the result says so.
    const issues = doc.error instanceof ProfileLoadError ? doc.error.issues : [];
    return issues.length === 1 && issues[0].message === NO_PROFESSIONS ? { value: { professions: [], lang: 'de', base: '' } } : doc;
  }

  protected override createRenderRoot() {
    const preRendered = !isServer && this.shadowRoot !== null;
    const root = super.createRenderRoot();
    dropServerMarkup(this, root, preRendered);
    return root;
  }

  protected override update(changed: PropertyValues<this>) {
    if (isServer) return super.update(changed);
    hydrateOrReplace(this, () => this.render());
    updateOrRender(
      this,
      () => super.update(changed),
      () => this.render(),
    );
  }

  protected override render(): TemplateResult {
    const t = this.i18n.pick(finderStrings);
    const bank = this.bank;
    const catalog = this.professions;
    const failure = bank.error ? failureMessage(bank.error, t, true) : catalog.error ? failureMessage(catalog.error, t, false) : undefined;
    const items = bank.value;
    return html`<div part="base" class="base">
      ${headingAt(this.headingLevel, t.title, 'title')}
      ${
        failure !== undefined
          ? html`<div part="error" class="state error" role="status">${failure}</div>`
          : this.step === 'intro'
            ? this.renderIntro(items, t)
            : !items
              ? this.renderLoading()
              : this.step === 'questions'
                ? this.renderPage(items, t)
                : this.renderResult(items, catalog.value, t)
      }
    </div>`;
  }

  private renderLoading() {
    return html`<div part="loading" class="state loading" aria-busy="true">${this.i18n.t.loading}</div>`;
  }

  /** Needs no document: the first render, on the server too. The count comes when the item bank has. */
  private renderIntro(bank: ItemBankDocument | undefined, t: Words) {
    return html`<div part="intro" class="intro">
      <p>${t.intro}</p>
      <p class="muted" aria-busy=${bank ? nothing : 'true'}>${bank ? t.facts(bank.items.length) : t.factsLoading}</p>
      <button part="button" type="button" class="button" @click=${this.start}>${t.start}</button>
    </div>`;
  }

  /** The item bank's language for the element's, else its main one. */
  private itemLang(bank: ItemBankDocument) {
    const language = this.i18n.lang.language;
    return (bank.languages ?? [bank.lang]).includes(language) ? language : bank.lang;
  }

  /** Catalog or item text, marked with its language where it is not the element's. */
  private inLang(value: string, lang: string) {
    return lang.split('-')[0].toLowerCase() === this.i18n.lang.language ? value : html`<span lang=${lang}>${value}</span>`;
  }

  private renderPage(bank: ItemBankDocument, t: Words) {
    const total = bank.items.length;
    const pages = Math.ceil(total / PAGE);
    const page = Math.min(this.page, pages - 1);
    const first = page * PAGE;
    const items = bank.items.slice(first, first + PAGE);
    const lang = this.itemLang(bank);
    const labels = t.answers();
    // New radios for each page (keyed): renaming reused ones would move a checked radio into another item's group, which unchecks that item's answer.
    return html`<form novalidate @submit=${this.onSubmit}>
      ${headingAt(this.headingLevel, t.page(first + 1, first + items.length, total), 'page', 1, { focusable: true })}
      <progress part="progress" max=${total} .value=${first + items.length} aria-hidden="true"></progress>
      <p class="muted">${t.ask}</p>
      ${keyed(
        page,
        items.map(
          (item, i) =>
            html`<fieldset part="item">
              <legend part="legend">
                <span class="muted">${t.position(first + i + 1, total)}</span>
                ${this.inLang(item.text[lang] ?? Object.values(item.text)[0], lang)}
              </legend>
              <div class="answers">
                ${labels.map((label, position) => {
                  const value = (2 - position) as Answer;
                  return html`<label part="answer" class="answer">
                    <input
                      type="radio"
                      name=${item.id}
                      .checked=${this.answers[item.id] === value}
                      @change=${() => (this.answers = { ...this.answers, [item.id]: value })}
                    />
                    <span>${label}</span>
                  </label>`;
                })}
              </div>
            </fieldset>`,
        ),
      )}
      <div class="actions">
        ${page > 0 ? html`<button part="button" type="button" class="button secondary" @click=${() => this.goTo(page - 1)}>${t.back}</button>` : nothing}
        <button part="button" type="submit" class="button">${page === pages - 1 ? t.toResult : t.next}</button>
      </div>
    </form>`;
  }

  private renderResult(bank: ItemBankDocument, catalog: Professions | undefined, t: Words) {
    const scores = areaScores(bank.items, this.answers);
    const lang = this.itemLang(bank);
    const name = (area: string) => this.inLang(bank.areas.find((a) => a.id === area)!.name[lang], lang);
    // "Helfen & begleiten und Kreativ & gestalten": the joining words the element's, the names the bank's.
    const names = (areas: string[]) =>
      formatListParts(
        areas.map((area) => bank.areas.find((a) => a.id === area)!.name[lang]),
        this.i18n.lang.locale,
      ).map((part) => ('item' in part ? this.inLang(part.item, lang) : part.word));
    const percent = (score: number) => new Intl.NumberFormat(this.i18n.lang.locale, { style: 'percent' }).format(Math.round(score * 100) / 100);
    // Strongest first; equal scores in the areas' own order (the sort is stable).
    const areas = [...bank.areas].sort((a, b) => scores[b.id] - scores[a.id]);
    const unclear = AREAS.every((area) => scores[area] === scores.R);
    return html`<div class="result">
      ${headingAt(this.headingLevel, t.interests, 'result-heading', 1, { focusable: true })}
      <ul part="interests" class="interests">
        ${areas.map(
          (area) =>
            html`<li>
              <span class="area"><strong>${name(area.id)}</strong> ${percent(scores[area.id])}</span>
              <svg part="bar" class="bar" viewBox="0 0 100 4" preserveAspectRatio="none" aria-hidden="true" focusable="false">
                <rect width=${Math.round(scores[area.id] * 100)} height="4"></rect>
              </svg>
              <span class="muted">${this.inLang(area.description[lang], lang)}</span>
            </li>`,
        )}
      </ul>
      ${headingAt(this.headingLevel, unclear ? t.allProfessions : t.professions, 'professions-heading', 1)} ${unclear ? html`<p>${t.unclear}</p>` : nothing}
      ${catalog ? this.renderProfessions(catalog, scores, unclear, names, percent, t) : this.renderLoading()}
      <div class="actions">
        <button part="button" type="button" class="button" @click=${() => window.print()}>${t.print}</button>
        <button part="button" type="button" class="button secondary" @click=${this.restart}>${t.restart}</button>
      </div>
    </div>`;
  }

  private ranking(professions: readonly CatalogEntry[], lang: string, scores: AreaScores): Ranked[] {
    const key = `${lang}|${AREAS.map((area) => scores[area]).join()}`;
    if (this.ranked?.professions !== professions || this.ranked.key !== key) {
      this.ranked = {
        professions,
        key,
        list: rankProfessions(professions, scores, collator(lang)),
      };
    }
    return this.ranked.list;
  }

  private renderProfessions(
    catalog: Professions,
    scores: AreaScores,
    unclear: boolean,
    names: (areas: string[]) => unknown[],
    percent: (score: number) => string,
    t: Words,
  ) {
    if (!catalog.professions.length) return html`<p part="empty" class="state empty">${t.noProfessions}</p>`;
    const ranked = this.ranking(catalog.professions, catalog.lang, scores);
    // Filters remove professions after the ranking; they never change a score.
    const highest = this.certificate ? SCHOOL_CERTIFICATES.indexOf(this.certificate) : SCHOOL_CERTIFICATES.length;
    const list = ranked.filter((r) => SCHOOL_CERTIFICATES.indexOf(r.entry.schoolCertificate) <= highest && (!this.kind || r.entry.trainingKind === this.kind));
    const kinds = TRAINING_KINDS.filter((kind) => catalog.professions.some((p) => p.trainingKind === kind));
    const { locale } = this.i18n.lang;
    const policy = referrerPolicy();
    const select = <T extends string>(label: string, value: T | '', options: readonly T[], words: (option: T) => string, set: (value: T | '') => void) =>
      html`<label
        >${label}
        <select @change=${(e: Event) => (set((e.target as HTMLSelectElement).value as T), (this.shown = clampNumber(this.limit, LIMIT)))}>
          <option value="" ?selected=${!value}>${t.any}</option>
          ${options.map((option) => html`<option value=${option} ?selected=${option === value}>${words(option)}</option>`)}
        </select>
      </label>`;
    return html`<fieldset part="filters" class="filters">
        <legend class="visually-hidden">${t.filters}</legend>
        ${select(t.filterCertificate, this.certificate, SCHOOL_CERTIFICATES, t.certificates, (v) => (this.certificate = v))}
        ${select(t.filterKind, this.kind, kinds, t.kinds, (v) => (this.kind = v))}
      </fieldset>
      ${
        list.length
          ? html`<ol part="professions cards" class="professions">
                ${list.slice(0, this.shown).map(({ entry, score }) => {
                  const href = professionHref(entry, catalog.base, this.hrefPattern);
                  const named = this.inLang(entry.name, catalog.lang);
                  const why = reasons(entry.interests, scores);
                  return html`<li part="profession card" class="profession">
                    ${headingAt(
                      this.headingLevel,
                      href
                        ? html`<a part="link" href=${href} hreflang=${(!this.hrefPattern && entry.profileLang) || nothing} referrerpolicy=${policy}
                            >${named}</a
                          >`
                        : named,
                      'profession-name',
                      2,
                      { focusable: true },
                    )}
                    ${
                      unclear
                        ? nothing
                        : html`<p class="fit"><strong>${t.match(percent(score))}</strong> · ${why.strong ? t.because : t.weak}${names(why.areas)}</p>`
                    }
                    <p>${this.inLang(entry.summary, catalog.lang)}</p>
                    <dl part="facts" class="facts">
                      ${keyFacts(entry, t, locale).map(
                        ([label, value], i) =>
                          html`<div>
                            <dt>${icon(FACT_ICONS[i])}${label}</dt>
                            <dd>${value}</dd>
                          </div>`,
                      )}
                    </dl>
                  </li>`;
                })}
              </ol>
              ${list.length > this.shown ? html`<button part="button" type="button" class="button secondary more" @click=${this.more}>${t.more}</button>` : nothing}`
          : html`<div part="empty" class="state empty">
              <p>${t.noMatch}</p>
              <button part="button" type="button" class="button secondary" @click=${this.resetFilters}>${t.resetFilters}</button>
            </div>`
      }`;
  }

  private start() {
    this.goTo(0);
  }

  private goTo(page: number) {
    this.step = 'questions';
    this.page = page;
    this.focusNext = '[part~="page"]';
  }

  private onSubmit(event: SubmitEvent) {
    event.preventDefault();
    const bank = this.bank.value;
    if (!bank) return;
    if ((this.page + 1) * PAGE < bank.items.length) return this.goTo(this.page + 1);
    this.step = 'result';
    this.completed = false;
    this.shown = clampNumber(this.limit, LIMIT);
    this.focusNext = '[part~="result-heading"]';
  }

  private more() {
    const next = this.shown;
    this.shown += clampNumber(this.limit, LIMIT);
    // The first profession that came in: a keyboard reader goes on from there.
    this.focusNext = `[part~="profession"]:nth-child(${next + 1}) [part~="profession-name"]`;
  }

  private resetFilters() {
    this.certificate = this.kind = '';
    this.focusNext = 'select';
  }

  /** "Noch einmal" goes straight to the first page: the intro has been read. */
  private restart() {
    this.answers = {};
    this.certificate = this.kind = '';
    this.goTo(0);
  }

  protected override updated(changed: PropertyValues) {
    super.updated(changed);
    this.report(this.bank.error, this.items);
    this.report(this.professions.error, this.catalog);
    const target = this.focusNext && this.renderRoot.querySelector<HTMLElement>(this.focusNext);
    // Kept until it is there: a page asked for before the item bank arrived is focused when it does.
    if (target) {
      this.focusNext = undefined;
      target.focus();
    }
    this.complete();
  }

  /** `finder-complete`, once per completed check, when both documents are there: the full ranking's top, before any filter. */
  private complete() {
    const bank = this.bank.value;
    const catalog = this.professions.value;
    if (this.step !== 'result' || this.completed || !bank || !catalog) return;
    this.completed = true;
    const interests = areaScores(bank.items, this.answers);
    const top = catalog.professions.length ? this.ranking(catalog.professions, catalog.lang, interests).slice(0, REPORTED) : [];
    emit(this, 'finder-complete', {
      interests,
      ranking: top.map(({ entry, score }) => ({
        slug: entry.slug,
        name: entry.name,
        score,
      })),
    });
  }

  /** One warning and one `profile-error` per failed document, the URL without its query. */
  private report(error: unknown, url: string | undefined) {
    if (!error || typeof error !== 'object' || this.reported.has(error)) return;
    this.reported.add(error);
    const failure = error instanceof ProfileLoadError ? error : new ProfileLoadError('invalid', [{ path: '$', message: ProfileLoadError.describe(error) }]);
    const items = error === this.bank.error;
    const message = failureMessage(failure, this.i18n.pick(finderStrings), items);
    const from = (items ? this.itemsData : this.catalogData) ? (items ? 'itemsData' : 'catalogData') : urlForMessage(url ?? '');
    const { issues } = failure;
    warn(
      `<${this.localName}>: ${message} (${from})\n${summarize(
        issues.slice(0, MAX_WARNING_DETAILS).map((i) => `${i.path}: ${i.message}`),
        issues.length,
      )}`,
    );
    emit(this, 'profile-error', {
      message,
      issues: issues.slice(0, MAX_REPORTED_ISSUES),
      issueCount: issues.length,
    });
  }
}

// The types this element's properties and events name, beside it (its manifest entry names them).
export type { CatalogData, ItemBankData } from '../core/schema/catalog.js';
export type { FinderCompleteDetail, ProfileErrorDetail } from '../core/events.js';
