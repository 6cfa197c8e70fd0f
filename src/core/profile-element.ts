import { LitElement, html, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { Task, TaskStatus } from '@lit/task';
import { VERSION } from './define.js';
import { emit, type WidgetName } from './events.js';
import { LanguageController } from './language.js';
import { isAbort, loadProfile, ProfileLoadError, requireConnected } from './load-profile.js';
import type { Profile, ProfileLink } from './profile-schema.js';
import { safeUrl } from './safe-url.js';
import { baseStyles } from './styles.js';
import { AbortOnRemoval } from './abort-on-removal.js';

const INLINE_PROFILE = ':scope > script[type="application/json"]';
type Heading = (content: unknown, part: string, className: string) => TemplateResult;
/** One template per level: a tag name cannot be a binding, and static templates defeat the build's HTML minifier. */
const HEADINGS: Heading[] = [
  (c, p, k) => html`<h1 part=${p} class=${k}>${c}</h1>`,
  (c, p, k) => html`<h2 part=${p} class=${k}>${c}</h2>`,
  (c, p, k) => html`<h3 part=${p} class=${k}>${c}</h3>`,
  (c, p, k) => html`<h4 part=${p} class=${k}>${c}</h4>`,
  (c, p, k) => html`<h5 part=${p} class=${k}>${c}</h5>`,
  (c, p, k) => html`<h6 part=${p} class=${k}>${c}</h6>`,
];

/**
 * The base of every element: reads the profile (property, inline script or
 * `src`), validates it, and renders the loading, error and ready states.
 * A subclass only says how a valid profile looks (`renderProfile`).
 *
 * @attr data-layer - Also push this element's events to the Google Tag Manager data layer (`window.dataLayer`, or the global array this value names); off without it. See events.ts.
 */
export abstract class ProfileElement extends LitElement {
  /** Which version defined this tag; read by the registration guard. */
  static version = VERSION;
  static override styles = [baseStyles];

  /** The profile as an object. Wins over an inline `<script type="application/json">` and over `src`. */
  @property({ attribute: false }) profile?: unknown;

  /** URL of the profile JSON, fetched without credentials. */
  @property({ reflect: true }) src?: string;

  /**
   * The level (1–6) of the element's title heading; its inner headings are one level below.
   * Set it to fit the host page's outline: under a section's `<h3>`, `heading-level="4"`.
   */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;

  /** How long to wait for `src`, in milliseconds. */
  @property({ type: Number }) timeout = 10_000;

  /** The text of an inline `<script type="application/json">` child, kept in step by an observer. */
  @state() private inlineJson: string | null = null;

  /** Names this element in `cta-click` details. */
  protected abstract readonly widget: WidgetName;

  protected readonly i18n = new LanguageController(this);
  private readonly childObserver = new MutationObserver(() => this.readInlineProfile());

  protected readonly profileTask = new Task(this, {
    args: () => [this.profile, this.inlineJson, this.src, this.timeout] as const,
    task: ([profile, inlineJson, src, timeoutMs], { signal }) => {
      requireConnected(this);
      return loadProfile({ profile, inlineJson, src, timeoutMs }, signal);
    },
    onComplete: (profile) => {
      this.onProfileLoad(profile);
      emit(this, 'profile-load', { profile });
    },
    onError: (error) => this.reportError(error),
  });
  /** A request is aborted when the element is removed, and starts again when it comes back (also after a move). */
  protected readonly profileAbort = new AbortOnRemoval(this, this.profileTask);

  /** The profile on screen: set in the ready state only, not while loading nor after an error. */
  protected get shownProfile(): Profile | undefined {
    return this.profileTask.status === TaskStatus.COMPLETE ? this.profileTask.value : undefined;
  }

  /** Resolves once the profile given now has loaded (or failed) and is rendered. */
  get settled(): Promise<void> {
    return (async () => {
      await this.updateComplete;
      await this.profileTask.taskComplete.catch(() => undefined);
      await this.updateComplete;
    })();
  }

  override connectedCallback() {
    super.connectedCallback();
    this.readInlineProfile();
    this.childObserver.observe(this, { childList: true, subtree: true, characterData: true });
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.childObserver.disconnect();
  }

  /**
   * Reads the inline script again before every update, so the task sees the children as they
   * are now: the observer's callback comes in a later microtask than an update queued in the
   * same turn, and `el.profile = undefined; el.append(script)` would otherwise load with no
   * input at all (a false "no profile" error), and `script.remove(); el.src = url` would load
   * the removed script's profile first (found by test/hardening/pages/lifecycle.mjs).
   */
  protected override willUpdate(changed: PropertyValues<this>) {
    super.willUpdate(changed);
    this.readInlineProfile();
  }

  private readInlineProfile() {
    this.inlineJson = this.querySelector(INLINE_PROFILE)?.textContent ?? null;
  }

  private reportError(error: unknown) {
    if (isAbort(error)) return;
    const failure = error instanceof ProfileLoadError ? error : new ProfileLoadError('invalid', [{ path: '$', message: String(error) }]);
    const message = failure.localized(this.i18n.t);
    console.warn(`[career-widgets] <${this.localName}>: ${message}\n${failure.message}`);
    emit(this, 'profile-error', { message, issues: failure.issues });
  }

  protected override render() {
    return this.profileTask.render({
      initial: () => this.renderLoading(),
      pending: () => this.renderLoading(),
      complete: (profile) => this.renderSafely(profile),
      error: (error) => (isAbort(error) ? this.renderLoading() : this.renderError(error)),
    });
  }

  private renderError(error: unknown) {
    return html`<div part="error" class="state error" role="alert">
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
      const failure = new ProfileLoadError('invalid', [{ path: '$', message: `<${this.localName}> could not show this profile: ${String(error)}` }]);
      if (!this.unrenderable.has(profile)) {
        this.unrenderable.add(profile);
        // After this update: a listener of profile-error may set properties on the element.
        queueMicrotask(() => this.reportError(failure));
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

  /** A call to action from the profile: a link if its URL is safe (firing `cta-click`), else plain text. */
  protected renderCta(link: ProfileLink, part = 'cta') {
    const href = safeUrl(link.href);
    if (!href) return html`<span part=${part}>${this.text(link.label)}</span>`;
    const onClick = () => emit(this, 'cta-click', { href, label: link.label, widget: this.widget });
    return html`<a part=${part} href=${href} @click=${onClick}>${this.text(link.label)}</a>`;
  }

  /**
   * A real heading (`<h2>` by default) at the element's `heading-level`, or `depth` levels below it
   * (never past `<h6>`). A level that is not a whole number from 1 to 6 counts as 2.
   */
  protected heading(content: unknown, depth = 0, part = 'heading', className = '') {
    const level = Number.isInteger(this.headingLevel) && this.headingLevel >= 1 && this.headingLevel <= 6 ? this.headingLevel : 2;
    return HEADINGS[Math.min(6, level + depth) - 1](content, part, className);
  }

  /**
   * Text from the profile, marked with the profile's language (`inLanguage`) where it differs from
   * the element's: a German profile on an English page is read with a German voice (WCAG 3.1.2).
   */
  protected text(value: string): string | TemplateResult {
    const lang = this.shownProfile?.inLanguage;
    if (!lang || lang.split('-')[0].toLowerCase() === this.i18n.lang.language) return value;
    return html`<span lang=${lang}>${value}</span>`;
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
