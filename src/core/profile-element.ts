import { LitElement, html, isServer, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { VERSION } from './define.js';
import { dataLayerPushed, dataLayerWanted, emit, type WidgetName } from './events.js';
import { LanguageController } from './language.js';
import { NO_PROFILE_GRACE_MS, ProfileLoadError } from './load-profile.js';
import { asFailure, reportProfileError, unrenderableError } from './profile-error.js';
import { headingAt, type HeadingAttributes } from './heading.js';
import { inlineJsonOf, LOADING, ProfileLoading, type ProfileState } from './profile-loading.js';
import type { Profile, ProfileData, ProfileLink } from './profile-schema.js';
import type { ProfileReader } from './read-profile.js';
import { safeUrl } from './safe-url.js';
import { baseStyles } from './styles.js';
import { formatListParts } from './format.js';
import { renderable } from './limits.js';
import { dropServerMarkup, hydrateOrReplace, updateOrRender } from './hydration.js';
import { clampNumber, numberAttribute, TIMEOUT } from './number-attribute.js';
import { linkForEvent, referrerPolicy } from './privacy.js';

export { headingAt, type HeadingAttributes } from './heading.js';

/**
 * The base of every element: reads the profile (property, inline script or
 * `src`), validates it, and renders the loading, error and ready states.
 * A subclass only says how a valid profile looks (`renderProfile`).
 *
 * A profile that is already there (the property, an inline script) is read and validated
 * synchronously, before the first render: it is never shown as "loading" first, and the server
 * renders it too (`career-widgets/ssr`). Only `src` loads asynchronously. Nothing here touches the
 * DOM at import or construction, so the classes import under `@lit-labs/ssr`.
 *
 * @attr {string} data-layer - Also push this element's events to the Google Tag Manager data layer: to `window.dataLayer` when empty, else to the global array this value names (`data-layer="gtmLayer"`). Off without the attribute, unless the page sets `window.careerWidgets = { dataLayer: true }`.
 * @attr {string} data-layer-include - Events left out of the data layer unless named here (space-separated): `quiz-answer` (which answer a reader chose). Without it, or `window.careerWidgets.dataLayerInclude`, no answer goes in.

 * @cssprop {<color>} [--cw-color-accent=light-dark(#0b57d0, #a8c7fa)] - Links, headings' marks and the element's accents.
 * @cssprop {<color>} [--cw-color-on-accent=light-dark(#ffffff, #062e6f)] - Text on buttons and on other accent fills.
 * @cssprop {<color>} [--cw-color-border=light-dark(#868e99, #767e8a)] - Rules and the borders of the loading, error and empty states.
 * @cssprop {<color>} [--cw-color-muted=light-dark(#5b6470, #b4bcc7)] - Secondary text: sources, notes, the loading text.
 * @cssprop {<color>} [--cw-color-error=light-dark(#b3261e, #f2b8b5)] - The error state.
 * @cssprop {<color>} [--cw-color-surface=transparent] - Background of the element.
 * @cssprop {<color>} [--cw-color-text=inherit] - Text colour; the host page's by default.
 * @cssprop {<color>} [--cw-color-focus=var(--cw-color-accent)] - The focus outline.
 * @cssprop {*} [--cw-font-family=inherit] - Typeface; the host page's by default.
 * @cssprop {<length-percentage>} [--cw-font-size=1rem] - Base font size (1rem follows the reader's text size).
 * @cssprop {<length-percentage>} [--cw-font-size-h1=2em] - Size of `<h1>` headings (`heading-level` 1), in every element alike.
 * @cssprop {<length-percentage>} [--cw-font-size-h2=1.5em] - Size of `<h2>` headings: an element's title at the default `heading-level`.
 * @cssprop {<length-percentage>} [--cw-font-size-h3=1.25em] - Size of `<h3>` headings.
 * @cssprop {<length-percentage>} [--cw-font-size-h4=1.0625em] - Size of `<h4>` headings.
 * @cssprop {<length-percentage>} [--cw-font-size-h5=1em] - Size of `<h5>` headings.
 * @cssprop {<length-percentage>} [--cw-font-size-h6=1em] - Size of `<h6>` headings.
 * @cssprop {<number> | <length-percentage>} [--cw-line-height=1.5] - Line height of the element's text (a reader's own line height on the element wins).
 * @cssprop {<length>} [--cw-radius=0.5rem] - Corner radius of the element and its boxes.
 * @cssprop {<length>} [--cw-space=1rem] - Base spacing.
 * @cssprop {<length>} [--cw-min-block-size=12rem] - Height reserved while loading, so the page does not jump; also the least height of the error and empty states.
 */
export abstract class ProfileElement extends LitElement {
  /** Which version defined this tag; read by the registration guard. */
  static version: string = VERSION;
  static override styles = [baseStyles];
  // Lit's reactive properties (each subclass adds its own; Lit merges them). Declared here rather than
  // with decorators, whose helper calls cost every file 0.3 KB (issue 15); each field below says what it is.
  // Internal state says `attribute: false` too: Lit implies it, the manifest's analyser does not.
  static override properties: PropertyDeclarations = {
    profile: { attribute: false },
    src: { reflect: true },
    timeout: { converter: numberAttribute(TIMEOUT) },
    headingLevel: { type: Number, attribute: 'heading-level' },
    inlineJson: { state: true, attribute: false },
    profileState: { state: true, attribute: false },
  };
  /**
   * How long an element with no input waits after the page has loaded before it reports "no
   * profile" (`NO_PROFILE_GRACE_MS`, 2 s). For every element of this class and its subclasses;
   * a test that gives elements no input on purpose sets it lower.
   * @default 2000
   */
  static noProfileGraceMs: number = NO_PROFILE_GRACE_MS;

  /**
   * The profile as an object (format 2 or 1; a JSON import needs no cast). Wins over an inline
   * `<script type="application/json">` and over `src`. Validated like the others.
   */
  profile?: ProfileData;

  /** URL of the profile JSON, fetched without credentials. */
  src?: string;

  /**
   * How long to wait for `src`, in milliseconds: 10,000 unless a number from 1 to 86,400,000 (a day) is given (more is taken as a day).
   * @default 10000
   */
  timeout: number = TIMEOUT.fallback;

  /**
   * The heading level of the element's title (1–6, default 2), so that it fits the page's outline:
   * under a page's `<h3>` section, `heading-level="4"`. Inner headings (a quiz's result, the career
   * path's stages) are one level below. Out of range is clamped; not a number counts as 2.
   */
  headingLevel = 2;

  /** The text of an inline `<script type="application/json">` child, kept in step by an observer. */
  private inlineJson: string | null = null;

  /** What is on screen for the profile: loading, ready or error. */
  private profileState: ProfileState = LOADING;

  /** Names this element in `cta-click` details. */
  protected abstract readonly widget: WidgetName;

  /** Validates the sections this element shows, and only those (`sectionReader` in read-profile.ts). */
  protected abstract readonly read: ProfileReader;

  protected readonly i18n = new LanguageController(this);
  /** Made on first connection: no DOM API at construction (the server constructs elements too). */
  private childObserver?: MutationObserver;

  /** The load of the inputs (profile-loading.ts). Not `loads`: a page's expando of that name replaced it (lifecycle.mjs); `#` cost 0.1 KB. */
  private readonly profileLoading = new ProfileLoading(this, (read, url) => this.settle(read, url), () => (this.profileState = LOADING));
  /** The event of the last load, fired after its render (never on the server). */
  private announce?: ProfileState;

  /** The profile on screen: set in the ready state only, not while loading nor after an error. */
  protected get shownProfile(): Profile | undefined {
    return this.profileState.kind === 'ready' ? this.profileState.profile : undefined;
  }

  /**
   * The URL the profile on screen was fetched from (`src`, resolved, after redirects): the base of the
   * profile's own relative URLs, such as its `catalog`. Undefined for a property or inline profile.
   */
  protected get fetchedFrom(): string | undefined {
    return this.profileState.kind === 'ready' ? this.profileState.url : undefined;
  }

  /** Resolves once the profile given now has loaded (or failed) and is rendered, and its events are in the page's data layer, if it has one. */
  get settled(): Promise<void> {
    // Its events in the data layer too, when the page has one (the bridge loads on the first).
    return this.profileLoading.settled().then(async () => void (await dataLayerPushed()));
  }

  override connectedCallback() {
    super.connectedCallback();
    this.readInlineProfile();
    this.childObserver ??= new MutationObserver(() => this.readInlineProfile());
    this.childObserver.observe(this, { childList: true, subtree: true, characterData: true });
    dataLayerWanted(this); // its bridge loads now, for the first event
    this.profileLoading.connected();
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.childObserver?.disconnect();
    this.profileLoading.disconnected();
  }

  /**
   * Reads the inline script again before every update, so the load sees the children as they
   * are now: the observer's callback comes in a later microtask than an update queued in the
   * same turn, and `el.profile = undefined; el.append(script)` would otherwise load with no
   * input at all (a false "no profile" error), and `script.remove(); el.src = url` would load
   * the removed script's profile first (found by test/hardening/pages/lifecycle.mjs).
   */
  protected override willUpdate(changed: PropertyValues<this>) {
    super.willUpdate(changed);
    if (!isServer) this.readInlineProfile();
    this.profileLoading.update({ profile: this.profile, inlineJson: this.inlineJson, src: this.src, timeoutMs: clampNumber(this.timeout, TIMEOUT), read: this.read });
  }

  private readInlineProfile() {
    this.inlineJson = inlineJsonOf(this);
  }

  /** Puts the outcome of a load on screen (this update, or the next) and queues its event. */
  private settle(read: () => Profile, url?: string) {
    try {
      const profile = read();
      this.profileState = { kind: 'ready', profile, url };
      this.onProfileLoad(profile);
    } catch (error) {
      this.profileState = { kind: 'error', error: asFailure(error) };
    }
    this.announce = this.profileState;
  }

  protected override createRenderRoot() {
    const preRendered = !isServer && this.shadowRoot !== null;
    const root = super.createRenderRoot();
    dropServerMarkup(this, root, preRendered);
    return root;
  }

  protected override update(changed: PropertyValues<this>) {
    // Pre-rendered markup of another state (another profile, language or version) is replaced, not hydrated.
    if (isServer) return super.update(changed);
    hydrateOrReplace(this, () => this.render());
    updateOrRender(this, () => super.update(changed), () => this.render());
  }

  protected override updated(changed: PropertyValues) {
    super.updated(changed);
    // After the render, so a listener finds the element showing its profile and may set properties on it.
    const state = this.announce;
    this.announce = undefined;
    if (state?.kind === 'ready') emit(this, 'profile-load', { profile: state.profile });
    else if (state?.kind === 'error') reportProfileError(this, state.error, this.i18n.t);
  }

  protected override render() {
    const state = this.profileState;
    return state.kind === 'ready' ? this.renderSafely(state.profile) : state.kind === 'error' ? this.renderError(state.error) : this.renderLoading();
  }

  /**
   * Polite (`role="status"`), not `alert`: a profile that fails to load is no answer to anything the
   * reader did, and three failing widgets must not interrupt a screen reader three times.
   */
  private renderError(error: unknown) {
    return html`<div part="error" class="state error" role="status">
      ${error instanceof ProfileLoadError ? error.localized(this.i18n.t) : this.i18n.t.errorInvalid}
    </div>`;
  }

  /** Valid profiles this element could not render, each reported once. */
  private readonly unrenderable = new WeakSet<Profile>();

  /**
   * A valid profile that an element fails to render (a bug, or data beyond what it was built for)
   * shows the error state, with one warning and one `profile-error`, instead of an uncaught exception
   * and the previous profile left on screen. (Found by the hardening tests: a salary with 150,000 rows.)
   */
  private renderSafely(profile: Profile) {
    try {
      return this.renderProfile(profile);
    } catch (error) {
      const failure = unrenderableError(this, error);
      if (!this.unrenderable.has(profile)) {
        this.unrenderable.add(profile);
        // After this update: a listener of profile-error may set properties on the element.
        queueMicrotask(() => reportProfileError(this, failure, this.i18n.t));
      }
      return this.renderError(failure);
    }
  }

  /** The loading state: space reserved, `aria-busy`. Also for an element's own second request (a feed). */
  protected renderLoading() {
    return html`<div part="loading" class="state loading" aria-busy="true">${this.i18n.t.loading}</div>`;
  }

  /** The state of a valid profile that lacks this element's section. */
  protected renderMissingSection(section: string) {
    return html`<p part="empty" class="state empty">${this.i18n.t.missingSection(section)}</p>`;
  }

  /**
   * A real heading (`<h1>`–`<h6>`) at the element's `heading-level`, or `below` levels under it
   * (never past 6). One template per level: smaller than Lit's static-html for six tags.
   */
  protected heading(content: unknown, part: string, below = 0, attrs: HeadingAttributes = {}) {
    return headingAt(this.headingLevel, content, part, below, attrs);
  }

  /** A call to action from the profile: a link if its URL is safe (firing `cta-click`), else plain text; `className` 'button' (or 'button secondary') gives it the one button look. */
  protected renderCta(link: ProfileLink, part = 'cta', className = '') {
    const href = safeUrl(link.href);
    if (!href) return html`<span part=${part}>${this.text(link.label)}</span>`;
    const onClick = () => emit(this, 'cta-click', { href: linkForEvent(href), label: link.label, widget: this.widget });
    return html`<a part=${part} class=${className} href=${href} referrerpolicy=${referrerPolicy()} @click=${onClick}>${this.text(link.label)}</a>`;
  }

  /**
   * Text from the profile, marked with the profile's language (`inLanguage`) where it differs from
   * the element's: a German profile on an English page is read with a German voice (WCAG 3.1.2).
   * Text of another document (the catalog) passes that document's language as `lang`.
   */
  protected text(value: string, lang = this.shownProfile?.inLanguage): string | TemplateResult {
    if (!lang || lang.split('-')[0].toLowerCase() === this.i18n.lang.language) return value;
    return html`<span lang=${lang}>${value}</span>`;
  }

  /**
   * Profile items joined in the element's words ("Betrieb und Berufsschule"), each item in the
   * profile's language (`text`), the joining words in the element's. Cut at `MAX_RENDERED_ITEMS`
   * (core/limits.ts): 50,000 skills froze the page for 16 s.
   */
  protected list(items: string[], type: 'conjunction' | 'disjunction') {
    return formatListParts([...renderable(items)], this.i18n.lang.locale, type).map((part) => ('item' in part ? this.text(part.item) : part.word));
  }

  /**
   * Called once for every profile that loads and validates (a new `profile`,
   * inline script or `src`), before it is rendered and before `profile-load`
   * fires; not on a re-render or a `lang` change. Reset per-profile state here.
   */
  protected onProfileLoad(_profile: Profile): void {}

  /** How this element shows a valid profile. */
  protected abstract renderProfile(profile: Profile): TemplateResult;
}
