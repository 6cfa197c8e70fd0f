/**
 * What every section element (src/core/profile-section.ts) must do, as tests each element's file
 * runs for its own tag: ready in German and English with axe, its title a real heading at
 * `heading-level`, loading, error and missing-section states with axe, profile text as text.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import type { ProfileElement } from '../src/core/profile-element.js';
import type { Profile } from '../src/core/profile-schema.js';
import { $, $$, SEED_URL, captureWarnings, plain, seedProfile, settled, visibleText } from './helpers.js';

export interface SectionSpec {
  tag: string;
  /** The title in German and English. */
  title: { de: string; en: string };
  /** The words of the missing-section state, German. */
  missing: string;
  /** Removes this element's sections from a profile. */
  strip: (profile: Profile) => void;
}

/** The element, ready, from a template. */
export async function ready<T extends ProfileElement>(template: unknown): Promise<T> {
  const wrapper = await fixture<HTMLElement>(html`<div>${template}</div>`);
  const el = wrapper.firstElementChild as T;
  await settled(el);
  return el;
}

/** The element with a profile set as its property, inside a `lang` wrapper. */
export async function withProfile<T extends ProfileElement>(tag: string, profile: unknown, lang = 'de', attrs = ''): Promise<T> {
  const t = unsafeStatic(tag);
  const wrapper = await fixture<HTMLElement>(staticHtml`<div lang=${lang}><${t} ${unsafeStatic(attrs)} .profile=${profile}></${t}></div>`);
  const el = wrapper.firstElementChild as T;
  await settled(el);
  return el;
}

/** The texts of the elements matching `selector` in the shadow root, white space folded. */
export const texts = (el: Element, selector: string) => $$(el, selector).map((node) => plain(node.textContent).replace(/\s+/g, ' '));

export function sectionContract(spec: SectionSpec) {
  const t = unsafeStatic(spec.tag);
  let warnings: ReturnType<typeof captureWarnings>;
  beforeEach(() => (warnings = captureWarnings()));
  afterEach(() => warnings.restore());

  it('shows its title as a real heading, at heading-level and inner headings one below', async () => {
    const el = await ready<ProfileElement>(staticHtml`<${t} src=${SEED_URL}></${t}>`);
    await expect(el).to.be.accessible();
    expect(plain($(el, 'h2')!.textContent)).to.equal(spec.title.de);
    expect($$(el, 'h2')).to.have.length(1);
    el.headingLevel = 4;
    await el.updateComplete;
    expect(plain($(el, 'h4')!.textContent)).to.equal(spec.title.de);
    expect($(el, 'h2, h3')).to.be.null;
    // Every heading inside is below the title.
    expect($$(el, 'h1, h2, h3, h4, h5, h6').slice(1).every((h) => Number(h.localName[1]) > 4)).to.be.true;
  });

  it('speaks English on an English page, and marks the German profile text as German', async () => {
    const el = await withProfile<ProfileElement>(spec.tag, await seedProfile(), 'en');
    await expect(el).to.be.accessible();
    expect(plain($(el, 'h2')!.textContent)).to.equal(spec.title.en);
    expect($$(el, '[lang="de"]').length).to.be.greaterThan(0);
  });

  it('reserves space while loading and says it is busy', async () => {
    const el = await fixture<ProfileElement>(staticHtml`<${t} src="/test-api/profile?delay=400"></${t}>`);
    expect($(el, '[part="loading"]')!.getAttribute('aria-busy')).to.equal('true');
    expect(el.getBoundingClientRect().height).to.be.greaterThan(150);
    await expect(el).to.be.accessible();
    await settled(el);
    expect($(el, '[part="loading"]')).to.be.null;
  });

  it('shows the error state for a broken profile, in a live region, with axe', async () => {
    const profile = (await seedProfile()) as unknown as Record<string, unknown>;
    profile.name = 42;
    const el = await withProfile<ProfileElement>(spec.tag, profile);
    expect(plain($(el, '[part="error"][role="status"]')!.textContent)).to.equal('Das Berufsprofil ist fehlerhaft und kann nicht angezeigt werden.');
    expect(warnings.calls.filter((call) => call.includes(`<${spec.tag}>`))).to.have.length(1);
    await expect(el).to.be.accessible();
  });

  it('shows the error state in English on an English page', async () => {
    const el = await ready<ProfileElement>(staticHtml`<${t} lang="en" src="/test-api/status/404"></${t}>`);
    expect(plain($(el, '[part="error"][role="status"]')!.textContent)).to.equal('The profession profile could not be loaded (HTTP 404).');
    await expect(el).to.be.accessible();
  });

  it('says clearly that a profile without its section has none', async () => {
    const profile = await seedProfile();
    spec.strip(profile);
    const el = await withProfile<ProfileElement>(spec.tag, profile);
    expect(plain($(el, '[part="empty"]')!.textContent)).to.equal(`Dieses Berufsprofil enthält keine Angaben zu: ${spec.missing}.`);
    expect($(el, 'h2')).to.be.null;
    await expect(el).to.be.accessible();
  });

  it('renders profile text as text, never as HTML', async () => {
    const profile = await seedProfile();
    const evil = '<img src=x onerror="window.__cwHacked=1">';
    // Every string of the profile but the few with formats of their own (a list of ids keeps its key).
    const poison = (value: unknown, key = ''): unknown =>
      typeof value === 'string'
        ? ['schemaVersion', 'inLanguage', 'timeToComplete', 'at', 'href', 'url', 'kind', 'currency', 'unitText', '$schema', 'creditedDuration', 'remainingDuration', 'referenceDate', 'duration', 'legalBasis', 'interests', 'themes', 'catalog'].includes(key)
          ? value
          : value + evil
        : Array.isArray(value)
          ? value.map((item) => poison(item, key === 'themes' ? key : ''))
          : value && typeof value === 'object'
            ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, poison(v, k)]))
            : value;
    const el = await withProfile<ProfileElement>(spec.tag, poison(profile));
    expect($(el, 'img')).to.be.null;
    expect(visibleText(el)).to.contain('<img src=x');
    expect((window as { __cwHacked?: number }).__cwHacked).to.be.undefined;
  });
}
