import { html, nothing, render, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { ProfileElement } from '../core/profile-element.js';
import type { Profile } from '../core/profile-schema.js';
import { safeUrl } from '../core/safe-url.js';
import type { Language } from '../core/strings.js';
import { ProfessionFacts } from '../profession-facts/profession-facts.js';
import { factsStrings } from '../profession-facts/profession-facts.strings.js';
import { ProfessionTasks } from '../profession-tasks/profession-tasks.js';
import { tasksStrings } from '../profession-tasks/profession-tasks.strings.js';
import { ProfessionWorkplaces } from '../profession-workplaces/profession-workplaces.js';
import { workplacesStrings } from '../profession-workplaces/profession-workplaces.strings.js';
import { ProfessionSuitability } from '../profession-suitability/profession-suitability.js';
import { suitabilityStrings } from '../profession-suitability/profession-suitability.strings.js';
import { TrainingContents } from '../training-contents/training-contents.js';
import { contentsStrings } from '../training-contents/training-contents.strings.js';
import { ProfessionApplication } from '../profession-application/profession-application.js';
import { applicationStrings } from '../profession-application/profession-application.strings.js';
import { similarStrings } from '../similar-professions/similar-professions.strings.js';
import { pageStrings, sectionIds } from './profession-page.strings.js';
import { pageStyles } from './profession-page.styles.js';
import type { CatalogData } from '../core/schema/catalog.js';
import { inlineDocument } from '../core/catalog.js';
import { sectionReader } from '../core/read-profile.js';
import { sections } from '../core/profile-schema.js';
import { SalaryV1, TrainingV1 } from '../core/profile-schema-v1.js';
import * as v from 'valibot';

/** The page shows every section: it reads the whole profile, once, and hands it to its sections (read-profile.ts). */
const readPage = sectionReader(sections, { salary: v.optional(SalaryV1), training: v.optional(TrainingV1) });

/** What a section's template gets: its id, the profile, the heading level of its title. */
interface SectionArgs {
  id: string;
  profile: Profile;
  level: number;
  page: ProfessionPage;
  /** Where the page's `src` profile came from: its own relative URLs (its `catalog`) resolve against it. */
  profileUrl?: string;
}

interface Section {
  key: string;
  /** Its entry in the contents: the section's own title where it has one. */
  label: (language: Language) => string;
  shows: (profile: Profile, page: { catalog?: string; catalogData?: object; profileUrl?: string }) => boolean;
  render: (args: SectionArgs) => TemplateResult;
}


/**
 * The sections in the seed page's order. `shows` says whether the profile has the section: a
 * section it lacks is left out, of the page and of its contents (each element alone would say
 * "no information on …"; on a whole page that is noise). The four elements that came first keep
 * their own rules here, the same as their own missing-section checks.
 */
const SECTIONS: Section[] = [
  {
    key: 'facts',
    label: (l) => factsStrings[l].title,
    shows: ProfessionFacts.shows,
    render: (a) => html`<profession-facts id=${a.id} heading-level=${a.level} .profile=${a.profile} ?structured-data=${a.page.structuredData}></profession-facts>`,
  },
  {
    key: 'salary',
    label: (l) => pageStrings[l].salary,
    shows: (p) => !!(p.salary?.trainingSalary?.length || p.salary?.salaryUponCompletion || (p.salary && p.training?.routes?.some((r) => r.trainingSalary?.length))),
    render: (a) => html`<salary-table id=${a.id} heading-level=${a.level} .profile=${a.profile} ?structured-data=${a.page.structuredData}></salary-table>`,
  },
  {
    key: 'tasks',
    label: (l) => tasksStrings[l].title,
    shows: ProfessionTasks.shows,
    render: (a) => html`<profession-tasks id=${a.id} heading-level=${a.level} .profile=${a.profile} ?structured-data=${a.page.structuredData}></profession-tasks>`,
  },
  {
    key: 'workplaces',
    label: (l) => workplacesStrings[l].title,
    shows: ProfessionWorkplaces.shows,
    render: (a) => html`<profession-workplaces id=${a.id} heading-level=${a.level} .profile=${a.profile}></profession-workplaces>`,
  },
  {
    key: 'suitability',
    label: (l) => suitabilityStrings[l].title,
    shows: ProfessionSuitability.shows,
    render: (a) => html`<profession-suitability id=${a.id} heading-level=${a.level} .profile=${a.profile} ?structured-data=${a.page.structuredData}></profession-suitability>`,
  },
  {
    key: 'contents',
    label: (l) => contentsStrings[l].title,
    shows: TrainingContents.shows,
    render: (a) => html`<training-contents id=${a.id} heading-level=${a.level} .profile=${a.profile}></training-contents>`,
  },
  {
    key: 'career',
    label: (l) => pageStrings[l].career,
    shows: (p) => !!(p.training || p.furtherEducation?.options.length),
    render: (a) => html`<career-path id=${a.id} heading-level=${a.level} .profile=${a.profile} ?structured-data=${a.page.structuredData}></career-path>`,
  },
  {
    key: 'application',
    label: (l) => applicationStrings[l].title,
    shows: ProfessionApplication.shows,
    render: (a) => html`<profession-application id=${a.id} heading-level=${a.level} .profile=${a.profile}></profession-application>`,
  },
  {
    key: 'quiz',
    label: (l) => pageStrings[l].quiz,
    shows: (p) => !!p.quiz,
    render: (a) => html`<profession-quiz id=${a.id} heading-level=${a.level} .profile=${a.profile} finder-href=${a.page.finderHref ?? nothing} vacancies-href=${a.page.vacanciesHref ?? nothing}></profession-quiz>`,
  },
  {
    key: 'vacancies',
    label: (l) => pageStrings[l].vacancies,
    shows: (p) => !!p.vacancies,
    render: (a) => html`<vacancy-teaser id=${a.id} heading-level=${a.level} .profile=${a.profile} feed=${a.page.feed ?? nothing}></vacancy-teaser>`,
  },
  {
    // The seed's last line ("In diesen Themenwelten findest du ähnliche Berufe"), now with its links.
    // Only where a catalog can be found: a profile given as an object has no URL for a relative `catalog`.
    key: 'similar',
    label: (l) => similarStrings[l].title,
    shows: (p, page) => !!(page.catalog || page.catalogData || (p.catalog && (page.profileUrl || /^https?:/i.test(p.catalog)))),
    render: (a) => html`<similar-professions id=${a.id} heading-level=${a.level} .profile=${a.profile} .profileUrl=${a.profileUrl} .catalogData=${a.page.catalogData}
      catalog=${a.page.catalog ?? nothing} href-pattern=${a.page.hrefPattern ?? nothing} theme-href-pattern=${a.page.themeHrefPattern ?? nothing}></similar-professions>`,
  },
];

/**
 * The whole profession page from one profile, in the order of a profession page: the key facts,
 * pay, the job and a working day, workplaces, what it takes, what you learn, the career path,
 * how to apply, the quiz, open apprenticeships and similar professions, with a table of contents of in-page links.
 * It loads and validates the profile once and hands it to each section as its `profile`.
 *
 * **Why the sections are in the light DOM.** A URL fragment (`…#bewerbung`) finds an element by
 * its id in the document, never inside a shadow root. So the page renders its sections as its own
 * children (`<profession-application id="bewerbung">`), which its shadow root places in a `<slot>`
 * beside the contents: every section has a real URL, the contents' links are plain `#` links that
 * work without script, and the browser's own scrolling, history and `:target` apply. Each section
 * still keeps its inside in its own shadow root, safe from the host page's CSS. `id-prefix` keeps
 * the ids of two pages on one document apart.
 *
 * On paper (`@media print`) the contents and the quiz are left out, every disclosure inside the
 * sections is opened for the print and closed again after, and links print their address.
 *
 * @summary The whole profession page from one profile: every section in order, with contents and a URL per section.
 * @tag profession-page
 *
 * @slot - Where the page puts its sections (it renders them itself; do not add your own children).
 *
 * @fires {CustomEvent<ProfileLoadDetail>} profile-load - The profile was read and is valid (once for the page; its sections' own are not passed on). Detail: `{ profile }`.
 * @fires {CustomEvent<ProfileErrorDetail>} profile-error - The profile could not be loaded or is invalid. Detail: `{ message, issues: [{ path, message }] }`.
 * @fires {CustomEvent<CtaClickDetail>} cta-click - A call to action in a section was followed (from the section: `widget` names it). Detail: `{ href, label, widget }`.
 * @fires {CustomEvent<QuizAnswerDetail>} quiz-answer - From the quiz section. Detail: `{ questionIndex, answerIndex, correct }`.
 * @fires {CustomEvent<QuizCompleteDetail>} quiz-complete - From the quiz section. Detail: `{ score, total, result }`.
 * @fires {CustomEvent<VacancyClickDetail>} vacancy-click - From the vacancies section. Detail: `{ id, url }`.
 *
 * @cssprop {<color>} [--cw-color-accent=light-dark(#0b57d0, #a8c7fa)] - Links, the kicker and the current section's rule (dark scheme: #a8c7fa); passed on to every section.
 * @cssprop {<color>} [--cw-color-border=light-dark(#868e99, #767e8a)] - Rules between sections, the contents box.
 * @cssprop {<color>} [--cw-color-muted=light-dark(#5b6470, #b4bcc7)] - The contents' title and loading text.
 * @cssprop {<color>} [--cw-color-error=light-dark(#b3261e, #f2b8b5)] - The error state.
 * @cssprop {<color>} [--cw-color-text=inherit] - Text colour; the host page's by default.
 * @cssprop {*} [--cw-font-family=inherit] - Typeface; the host page's by default.
 * @cssprop {<length-percentage>} [--cw-font-size=1rem] - Base font size.
 * @cssprop {<length>} [--cw-radius=0.5rem] - Corner radius.
 * @cssprop {<length>} [--cw-space=1rem] - Base spacing.
 * @cssprop {<length>} [--cw-scroll-margin=1rem] - Space kept above a section that a link scrolls to (the height of a sticky site header).
 * @cssprop {<length>} [--cw-min-block-size=12rem] - Height reserved while loading (12rem); also the least height of the error state.
 *
 * @csspart base - The wrapper of the ready state.
 * @csspart header - The page's header: kicker and title.
 * @csspart title - The page's title heading (the profession's name).
 * @csspart toc - The table of contents (`<nav>`).
 * @csspart toc-link - One link of the contents.
 * @csspart related - The related links at the end.
 * @csspart loading - The loading state.
 * @csspart error - The error state (`role="status"`, polite).
 */
export class ProfessionPage extends ProfileElement {
  static override styles = [...ProfileElement.styles, pageStyles];
  static override properties: PropertyDeclarations = {
    idPrefix: { attribute: 'id-prefix' },
    feed: {},
    catalog: {},
    catalogData: { attribute: false },
    hrefPattern: { attribute: 'href-pattern' },
    themeHrefPattern: { attribute: 'theme-href-pattern' },
    finderHref: { attribute: 'finder-href' },
    vacanciesHref: { attribute: 'vacancies-href' },
    structuredData: { type: Boolean, attribute: 'structured-data' },
  };

  /** A prefix for the ids of the sections (`id-prefix="kdm-"`: `#kdm-bewerbung`), for two pages on one document. */
  idPrefix = '';

  /** Passed to `<vacancy-teaser>`: a JSON feed of open apprenticeships instead of the profile's `vacancies.items`. */
  feed?: string;

  /** Passed to `<similar-professions>`: the catalog's URL instead of the profile's own `catalog` field. */
  catalog?: string;

  /** Passed to `<similar-professions>`: the catalog as an object (`career-widgets/ssr` inlines it, `<script type="application/json" data-catalog>`). */
  catalogData?: CatalogData;

  /** Passed to `<similar-professions>`: a profession's link, `{slug}` replaced (`/berufe/{slug}`). */
  hrefPattern?: string;

  /** Passed to `<similar-professions>`: a Themenwelt's link, `{id}` replaced (`/themenwelten/{id}`). */
  themeHrefPattern?: string;

  /** Passed to the quiz: its result's "Find professions that suit you" links here (the portal's profession finder). */
  finderHref?: string;

  /** Passed to the quiz: its result's "See apprenticeships" links here, instead of the profile's `vacancies.moreLink`. */
  vacanciesHref?: string;

  /** Passed to every section that writes schema.org JSON-LD (see each element's `structured-data`). */
  structuredData = false;

  protected readonly widget = 'profession-page';
  protected readonly read = readPage;

  constructor() {
    super();
    // Each section loads the profile it is handed and says so; the page has said it once already.
    for (const name of ['profile-load', 'profile-error'] as const) {
      this.addEventListener(name, (event) => event.target !== this && event.stopPropagation());
    }
  }

  override connectedCallback() {
    super.connectedCallback();
    this.catalogData ??= inlineDocument(this, 'catalog') as CatalogData | undefined;
    addEventListener('beforeprint', this.openForPrint);
    addEventListener('afterprint', this.closeAfterPrint);
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    removeEventListener('beforeprint', this.openForPrint);
    removeEventListener('afterprint', this.closeAfterPrint);
  }

  /** The sections this profile has, with their ids. */
  private sections(profile: Profile) {
    const ids = this.i18n.pick(sectionIds);
    const place = { catalog: this.catalog, catalogData: this.catalogData, profileUrl: this.fetchedFrom };
    return SECTIONS.filter((section) => section.shows(profile, place)).map((section) => ({ ...section, id: this.idPrefix + ids[section.key] }));
  }

  private level() {
    const level = Number.isInteger(this.headingLevel) && this.headingLevel >= 1 && this.headingLevel <= 6 ? this.headingLevel : 2;
    return Math.min(6, level + 1);
  }

  protected renderProfile(profile: Profile): TemplateResult {
    const t = this.i18n.pick(pageStrings);
    const related = (profile.relatedLinks ?? []).filter((link) => link.href || link.description);
    return html`<div part="base" class="base">
      <header part="header" class="header">
        <p class="kicker">${t.kicker}</p>
        ${this.heading(this.text(profile.name), 'title', 0, { className: 'title' })}
      </header>
      <div class="layout">
        <nav part="toc" class="toc" aria-labelledby="toc-title">
          <p class="toc-title" id="toc-title">${t.contents}</p>
          <ol role="list">
            ${this.sections(profile).map((s) => html`<li><a part="toc-link" href=${`#${s.id}`}>${s.label(this.i18n.lang.language)}</a></li>`)}
          </ol>
        </nav>
        <div class="sections"><slot></slot></div>
      </div>
      ${related.length
        ? html`<footer part="related" class="related">
            <p class="related-title">${t.related}</p>
            <ul role="list">
              ${related.map((link) => {
                const href = safeUrl(link.href);
                return html`<li>${href ? this.renderCta({ label: link.label, href }, 'related-link') : html`<strong>${this.text(link.label)}</strong>`}
                  ${link.description ? html`<span>${this.text(link.description)}</span>` : nothing}</li>`;
              })}
            </ul>
          </footer>`
        : nothing}
    </div>`;
  }

  /** The profile whose sections are on the page now, to scroll to a fragment once per profile. */
  private scrolledFor?: Profile;

  /**
   * Where the sections end: a comment of ours after the last one. Lit's part for the sections runs
   * from its own marker to here. Without it the part ran to the end of the element, and its next render
   * removed whatever came after its marker: the inline profile itself, when the parser appends the
   * `<script type="application/json">` after an early first render (a classic script in `<head>`
   * upgrades the element before its children exist), or when a page adds it later.
   */
  private sectionsEnd?: Comment;

  /**
   * The sections, for the light DOM; also called by the server (`career-widgets/ssr`, through Lit's
   * `renderLight()` directive), which renders them inside the page.
   * @internal
   */
  renderLight() {
    const profile = this.shownProfile;
    const level = this.level();
    const profileUrl = this.fetchedFrom;
    return profile ? this.sections(profile).map((s) => s.render({ id: s.id, profile, level, page: this, profileUrl })) : nothing;
  }

  /** The ids of the sections the server rendered, once they are kept (`updated`). */
  private adopted?: string;

  protected override updated(changed: PropertyValues<this>) {
    super.updated(changed);
    const profile = this.shownProfile;
    if (profile && !this.sectionsEnd) {
      // Sections the server rendered (`career-widgets/ssr`) wait (`defer-hydration`) for the page: when
      // they are this profile's, each gets the profile and wakes up, and hydrates its own shadow root,
      // instead of a second set rendered next to them. They are kept until anything changes (another
      // profile, language or attribute); then, or when they differ, they go and the page renders its own.
      const ids = `${this.sections(profile).map((s) => s.id)}`;
      const server = [...this.children].filter((child) => child.hasAttribute('defer-hydration'));
      if (this.adopted === undefined && server.length && `${server.map((el) => el.id)}` === ids) {
        for (const el of server) {
          Object.assign(el, { profile, profileUrl: this.fetchedFrom, catalogData: this.catalogData });
          el.removeAttribute('defer-hydration');
        }
        this.adopted = ids;
        return void this.scrollFor(profile);
      }
      if (this.adopted === ids && !changed.size) return;
      // The page's light DOM is its own: all but its inline data goes.
      if (this.adopted || server.length) for (const node of [...this.childNodes]) if ((node as Element).localName !== 'script') node.remove();
    }
    // Nothing to show and nothing shown: the light DOM is left as the page wrote it.
    if (!profile && !this.sectionsEnd) return;
    if (this.sectionsEnd?.parentNode !== this) {
      // First sections, or the page emptied the element (`el.replaceChildren(script)`): a new part, at the end.
      this.sectionsEnd = new Comment('');
      this.append(this.sectionsEnd);
    }
    // The sections go into the light DOM (see the class comment), after any inline profile script.
    render(this.renderLight(), this, { host: this, renderBefore: this.sectionsEnd });
    this.scrollFor(profile);
  }

  private scrollFor(profile?: Profile) {
    if (profile && profile !== this.scrolledFor) {
      this.scrolledFor = profile;
      void this.scrollToFragment();
    }
  }

  /**
   * A link to `…#bewerbung` opened before the sections existed finds nothing to scroll to: once
   * they are ready (and so have their height), the page scrolls to it itself. The id is found as
   * the browser finds it: the fragment as it is, else percent-decoded; one that does not decode
   * (`#%`, `#%E0%A4%A`) is taken as it is, never an error.
   */
  private async scrollToFragment() {
    const raw = location.hash.slice(1);
    let decoded = raw;
    try {
      decoded = decodeURIComponent(raw);
    } catch {
      // Not percent-encoded UTF-8: only the raw fragment can name a section.
    }
    const children = [...this.children];
    const target = raw ? (children.find((child) => child.id === raw) ?? children.find((child) => child.id === decoded)) : undefined;
    if (!target) return;
    await Promise.all(children.map((child) => (child as Partial<ProfileElement>).settled));
    target.scrollIntoView();
  }

  /** Disclosures opened for printing, to close again after. */
  private opened: HTMLDetailsElement[] = [];

  /** On paper a closed disclosure would hide its text: every one in the sections opens for the print. */
  private readonly openForPrint = () => {
    for (const child of this.children) {
      for (const details of child.shadowRoot?.querySelectorAll('details:not([open])') ?? []) {
        (details as HTMLDetailsElement).open = true;
        this.opened.push(details as HTMLDetailsElement);
      }
    }
  };

  private readonly closeAfterPrint = () => {
    for (const details of this.opened.splice(0)) details.open = false;
  };
}

// The types this element's properties, methods and events name, beside it (its manifest entry names them).
export type { ProfileData } from '../core/profile-schema.js';
export type { CatalogData } from '../core/schema/catalog.js';
export type { ProfileLoadDetail, ProfileErrorDetail, CtaClickDetail, QuizAnswerDetail, QuizCompleteDetail, VacancyClickDetail } from '../core/events.js';
