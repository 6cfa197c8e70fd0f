import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { ProfileElement } from './profile-element.js';
import type { Thing } from 'schema-dts';
import { writeJsonLd } from './json-ld.js';
import { graph } from './schema-org.js';
import type { Profile } from './profile-schema.js';
import { sectionStyles } from './section.styles.js';
import { CHEVRON_DOWN, icon } from './icons.js';

/** A thing with a name and, where the page explains it, a description (the profile's `namedTexts`). */
export interface NamedText {
  name: string;
  description?: string;
}

/**
 * The base of the elements that each show one section of the profession page (the key facts,
 * tasks, workplaces, suitability, training contents, application). They share one shape: a title
 * heading at `heading-level`, sub-headings one below, cards of named texts, paragraphs, and the
 * profile's facts in schema.org words behind `structured-data`. Only `ProfileElement`'s surface is
 * used, so a change to loading (SSR, section-wise validation) reaches them as it is.
 *
 * @cssprop {<color>} [--cw-color-subtle=rgb(127 127 127 / 0.1)] - Background of the cards and boxes.
 */
export abstract class ProfileSection extends ProfileElement {
  static override styles = [...ProfileElement.styles, sectionStyles];

  /**
   * Declared by the elements whose section schema.org has words for (`structured-data`): then the
   * fields `jsonLd` gives are written into the page as an `Occupation`.
   */
  declare structuredData?: boolean;

  /** The element's title, in its language: its heading, and its entry in `<profession-page>`'s contents. */
  abstract get sectionTitle(): string;

  /** The schema.org `Occupation` fields this element shows, if any. */
  protected jsonLd(_profile: Profile): object | undefined {
    return undefined;
  }

  protected override updated(changed: PropertyValues<this>) {
    super.updated(changed);
    const profile = this.structuredData ? this.shownProfile : undefined;
    const data = profile && this.jsonLd(profile);
    writeJsonLd(this, data && graph([data as Thing]));
  }

  /** The ready state's frame: the title heading, then the body. */
  protected frame(body: unknown) {
    return html`<section part="base" class="base">${this.heading(this.sectionTitle, 'title', 0, { className: 'title' })}${body}</section>`;
  }

  /** A sub-section with its own heading (one level below the title); nothing without a body. */
  protected block(title: string, body: unknown, name: string) {
    if (body === nothing) return nothing;
    return html`<div part="block" class="block ${name}">${this.heading(title, 'subheading', 1, { className: 'subheading' })}${body}</div>`;
  }

  /**
   * A sub-section of secondary detail that a reader opens: a native `<details>` (keyboard, screen
   * reader and server rendering for free) whose summary is the sub-section's heading, so a phone
   * shows the headings of a long section, not a screenful of each. Its text stays in the DOM: find in
   * page opens it, and print opens it (section.styles.ts; `<profession-page>` also on `beforeprint`).
   */
  protected more(title: string, body: unknown, name: string) {
    if (body === nothing) return nothing;
    return html`<details part="block more" class="more ${name}">
      <summary>${this.heading(title, 'subheading', 1, { className: 'subheading' })}${icon(CHEVRON_DOWN)}</summary>
      <div class="block">${body}</div>
    </details>`;
  }

  /** Profile text of several paragraphs (separated by a blank line), each a `<p>`. */
  protected paragraphs(text: string | undefined, className = '') {
    if (!text) return nothing;
    return text
      .split(/\n\s*\n/)
      .map((paragraph) => html`<p class=${className}>${this.text(paragraph.trim())}</p>`);
  }

  /**
   * Named texts as cards: the name a heading two levels below the title (so a reader can jump from
   * task to task), after `mark` (an icon of the cards' kind, icons.ts) if given, the description below it. `role="list"`: Safari drops list semantics without bullets.
   */
  protected cards(items: readonly NamedText[] | undefined, part = 'cards', ordered = false, mark: unknown = nothing): TemplateResult | typeof nothing {
    if (!items?.length) return nothing;
    const list = items.map(
      (item) => html`<li part="card" class="card">
        ${this.heading(html`${mark}${this.text(item.name)}`, 'card-title', 2, { className: 'card-title' })}${this.paragraphs(item.description)}
      </li>`,
    );
    // Four cards sit in two pairs, not three and a lone one (section.styles.ts: the rows).
    const className = `cards ${part}${items.length === 4 ? ' pairs' : ''}`;
    // Every card grid is also the part "cards", so a theme (and test/design/) finds them all.
    const parts = part === 'cards' ? part : `cards ${part}`;
    return ordered
      ? html`<ol part=${parts} class=${className} role="list">${list}</ol>`
      : html`<ul part=${parts} class=${className} role="list">${list}</ul>`;
  }

  /** Plain texts as a bulleted list. */
  protected bullets(items: readonly string[] | undefined, part = 'list') {
    if (!items?.length) return nothing;
    return html`<ul part=${part} class="bullets ${part}">${items.map((item) => html`<li>${this.text(item)}</li>`)}</ul>`;
  }
}
