/**
 * The shared design (issue 27, src/core/styles.ts, section.styles.ts, icons.ts): one type scale by
 * heading tag, one button look, icons at text size, card grids whose cards fit their text and whose
 * rows leave no hole.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import '../src/profession-application/define.js';
import '../src/profession-tasks/define.js';
import { baseStyles } from '../src/core/styles.js';
import { CLOCK, icon } from '../src/core/icons.js';
import type { ProfileElement } from '../src/core/profile-element.js';
import { $, $$, seedProfile, settled } from './helpers.js';

/** The base styles alone, for the button and icon classes. */
class DesignProbe extends LitElement {
  static override styles = [baseStyles];
  override render() {
    return html`<button class="button" type="button">Quiz starten</button>
      <a class="button secondary" href="#x">${icon(CLOCK)}Alle Berufe</a>
      <p>${icon(CLOCK)} 3 Jahre</p>`;
  }
}
customElements.define('design-probe', DesignProbe);

const px = (el: Element, property: 'fontSize' | 'fontWeight' | 'height' | 'width') =>
  property === 'height' || property === 'width' ? el.getBoundingClientRect()[property] : parseFloat(getComputedStyle(el)[property]);

async function placed<T extends ProfileElement>(tag: string, profile: unknown, width: number, attrs: Record<string, string> = {}) {
  const wrapper = await fixture<HTMLElement>(html`<div lang="de" style="inline-size: ${width}px; font-size: 16px"></div>`);
  const el = document.createElement(tag) as T;
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  el.profile = profile as T['profile'];
  wrapper.append(el);
  await settled(el);
  return el;
}

describe('the shared design', () => {
  it('sizes headings by their tag: h2 24 px, h3 20 px, h4 17 px, h1 32 px at heading-level 1, themable per level', async () => {
    const el = await placed('profession-tasks', await seedProfile(), 1000);
    expect(px($(el, 'h2')!, 'fontSize')).to.equal(24);
    expect($$(el, 'h3').map((h) => px(h, 'fontSize'))).to.deep.equal([20, 20, 20]);
    expect(new Set($$(el, 'h4').map((h) => px(h, 'fontSize')))).to.deep.equal(new Set([17]));
    expect($$(el, 'h2, h3, h4').every((h) => getComputedStyle(h).fontWeight === '700')).to.be.true;
    el.headingLevel = 1;
    await el.updateComplete;
    expect(px($(el, 'h1')!, 'fontSize')).to.equal(32);
    el.style.setProperty('--cw-font-size-h1', '1.75em');
    expect(px($(el, 'h1')!, 'fontSize')).to.equal(28);
  });

  it('gives buttons and call-to-action links one look: the same weight, at least 44 px tall, icons at 1.25em and hidden from screen readers', async () => {
    const probe = await fixture<DesignProbe>(html`<design-probe style="font-size: 16px"></design-probe>`);
    const [button, link] = [...probe.shadowRoot!.querySelectorAll('.button')];
    for (const b of [button, link]) {
      expect(px(b, 'fontWeight')).to.equal(600);
      expect(px(b, 'height')).to.be.at.least(44);
    }
    expect(px(link, 'height')).to.be.closeTo(px(button, 'height'), 1);
    expect(getComputedStyle(link).textDecorationLine).to.equal('none');
    // Filled and outlined in the accent: the secondary's text is the filled one's background.
    expect(getComputedStyle(link).color).to.equal(getComputedStyle(button).backgroundColor);
    const svg = probe.shadowRoot!.querySelector('p svg')!;
    expect(svg.getAttribute('aria-hidden')).to.equal('true');
    expect([px(svg, 'width'), px(svg, 'height')]).to.deep.equal([20, 20]);
  });

  it('fits each card to its text and leaves no hole in a row: two attire cards fill a wide row, tips of different lengths are not stretched', async () => {
    const profile = await seedProfile();
    profile.application = {
      tips: [
        { name: 'Kurz', description: 'Ein Satz.' },
        { name: 'Lang', description: 'Ein langer Tipp. '.repeat(30) },
        { name: 'Mittel', description: 'Ein mittlerer Tipp. '.repeat(5) },
      ],
      attire: { recommendations: [{ name: 'Im Büro', description: 'Schick.' }, { name: 'Im Laden', description: 'Ordentlich.' }] },
    };
    const el = await placed('profession-application', profile, 1000);
    const attire = $(el, '[part~="attire"]')!;
    expect(attire.getAttribute('part')!.split(' ')).to.include('cards');
    const [first, second] = [...attire.children].map((card) => card.getBoundingClientRect());
    const list = attire.getBoundingClientRect();
    // Side by side, together as wide as the list: no empty third column.
    expect(first.top).to.equal(second.top);
    expect(second.right).to.be.closeTo(list.right, 1);
    for (const card of $$(el, '[part~="tips"] > [part~="card"]')) {
      const last = card.lastElementChild!.getBoundingClientRect();
      const padding = parseFloat(getComputedStyle(card).paddingBottom) + parseFloat(getComputedStyle(card).borderBottomWidth);
      expect(card.getBoundingClientRect().bottom - last.bottom - padding, `empty bottom of "${card.querySelector('h4')!.textContent!.trim()}"`).to.be.below(2);
    }
  });
});
