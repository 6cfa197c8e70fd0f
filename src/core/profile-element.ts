import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { Task, TaskStatus } from '@lit/task';
import { VERSION } from './define.js';
import { emit, type WidgetName } from './events.js';
import { LanguageController } from './language.js';
import { isAbort, loadProfile, ProfileLoadError, requireConnected } from './load-profile.js';
import type { Profile, ProfileLink } from './profile-schema.js';
import type { ProfileReader } from './read-profile.js';
import { safeUrl } from './safe-url.js';
import { baseStyles } from './styles.js';
import { AbortOnRemoval } from './abort-on-removal.js';
import { clampNumber, numberAttribute, TIMEOUT } from './number-attribute.js';
import { summarize, warn } from './warn.js';
import { linkForEvent, referrerPolicy } from './privacy.js';

const INLINE_PROFILE = ':scope > script[type="application/json"]';
export interface HeadingAttributes {
  id?: string;
  /** Focused by script (`tabindex="-1"`), e.g. the quiz's result. */
  focusable?: boolean;
  /** The id of what a screen reader announces with the heading when it is focused. */
  describedBy?: string;
}
type HeadingArgs = { content: unknown; part: string; id: unknown; tabindex: unknown; describedBy: unknown };
const HEADINGS: ((a: HeadingArgs) => TemplateResult)[] = [
  (a) => html`<h1 part=${a.part} id=${a.id} tabindex=${a.tabindex} aria-describedby=${a.describedBy}>${a.content}</h1>`,
  (a) => html`<h2 part=${a.part} id=${a.id} tabindex=${a.tabindex} aria-describedby=${a.describedBy}>${a.content}</h2>`,
  (a) => html`<h3 part=${a.part} id=${a.id} tabindex=${a.tabindex} aria-describedby=${a.describedBy}>${a.content}</h3>`,
  (a) => html`<h4 part=${a.part} id=${a.id} tabindex=${a.tabindex} aria-describedby=${a.describedBy}>${a.content}</h4>`,
  (a) => html`<h5 part=${a.part} id=${a.id} tabindex=${a.tabindex} aria-describedby=${a.describedBy}>${a.content}</h5>`,
  (a) => html`<h6 part=${a.part} id=${a.id} tabindex=${a.tabindex} aria-describedby=${a.describedBy}>${a.content}</h6>`,
];

/**
 * The base of every element: reads the profile (property, inline script or
 * `src`), validates it, and renders the loading, error and ready states.
 * A subclass only says how a valid profile looks (`renderProfile`).
 *
 * @attr data-layer - Also push this element's events to the Google Tag Manager data layer (`window.dataLayer`, or the global array this value names); off without it. See events.ts.
 * @attr data-layer-include - Events left out of the data layer unless named here (space-separated): `quiz-answer` (which answer a reader chose). Without it, or `window.careerWidgets.dataLayerInclude`, no answer goes in.
 */
export abstract class ProfileElement extends LitElement {
  /** Which version defined this tag; read by the registration guard. */
  static version = VERSION;
  static override styles = [baseStyles];

  /** The profile as an object. Wins over an inline `<script type="application/json">` and over `src`. */
  @property({ attribute: false }) profile?: unknown;

  /** URL of the profile JSON, fetched without credentials. */
  @property({ reflect: true }) src?: string;

  /** How long to wait for `src`, in milliseconds: 10,000 unless a number from 1 to 86,400,000 (a day) is given (more is taken as a day). */
  @property({ converter: numberAttribute(TIMEOUT) }) timeout = TIMEOUT.fallback;

  /**
   * The heading level of the element's title (1–6, default 2), so that it fits the page's outline:
   * under a page's `<h3>` section, `heading-level="4"`. Inner headings (a quiz's result, the career
   * path's stages) are one level below. Out of range is clamped; not a number counts as 2.
   */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /** The text of an inline `<script type="application/json">` child, kept in step by an observer. */
  @state() private inlineJson: string | null = null;

  /** Names this element in `cta-click` details. */
  protected abstract readonly widget: WidgetName;

  /** Validates the sections this element shows, and only those (`sectionReader` in read-profile.ts). */
  protected abstract readonly read: ProfileReader;

  protected readonly i18n = new LanguageController(this);
  private readonly childObserver = new MutationObserver(() => this.readInlineProfile());

  protected readonly profileTask = new Task(this, {
    args: () => [this.profile, this.inlineJson, this.src, clampNumber(this.timeout, TIMEOUT)] as const,
    task: ([profile, inlineJson, src, timeoutMs], { signal }) => {
      requireConnected(this);
      return loadProfile({ profile, inlineJson, src, timeoutMs, read: this.read }, signal);
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
    // One warning, however many issues: the first few paths, then how many more (see warn.ts).
    warn(`<${this.localName}>: ${message}\n${summarize(failure.issues.map((issue) => `${issue.path}: ${issue.message}`))}`);
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

  /**
   * A real heading (`<h1>`–`<h6>`) at the element's `heading-level`, or `below` levels under it
   * (never past 6). One template per level: smaller than Lit's static-html for six tags.
   */
  protected heading(content: unknown, part: string, below = 0, attrs: HeadingAttributes = {}) {
    const chosen = Math.round(Number(this.headingLevel));
    const level = Math.min(6, (Number.isFinite(chosen) ? Math.max(1, chosen) : 2) + below);
    return HEADINGS[level - 1]({ content, part, id: attrs.id ?? nothing, tabindex: attrs.focusable ? '-1' : nothing, describedBy: attrs.describedBy ?? nothing });
  }

  /** A call to action from the profile: a link if its URL is safe (firing `cta-click`), else plain text. */
  protected renderCta(link: ProfileLink, part = 'cta') {
    const href = safeUrl(link.href);
    if (!href) return html`<span part=${part}>${this.text(link.label)}</span>`;
    const onClick = () => emit(this, 'cta-click', { href: linkForEvent(href), label: link.label, widget: this.widget });
    return html`<a part=${part} href=${href} referrerpolicy=${referrerPolicy()} @click=${onClick}>${this.text(link.label)}</a>`;
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
