// The page's outline as a screen reader gets it (Chromium's accessibility tree, through the DevTools
// protocol: test/server/cdp-plugin.mjs): every element's title is a heading at `heading-level`, its
// inner headings one below, and the host's own next heading is no longer read as part of a widget.
// Also what a screen reader says on the way: list names not repeated, the check marks of the
// strengths not read, the quiz's verdict said with the score, and load errors polite.
import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/index.js';
import type { ProfileElement } from '../../src/core/profile-element.js';
import { SEED_URL, captureWarnings, seedProfile } from '../helpers.js';

interface AxNode {
  role: string;
  name: string;
  description: string;
  level?: number;
  focused: boolean;
}
const axTree = () => executeServerCommand('cw-ax-tree') as Promise<AxNode[]>;
const outline = async () => (await axTree()).filter((n) => n.role === 'heading').map((n) => `h${n.level} ${n.name.replace(/[\u00a0\u202f]/g, ' ')}`);

const NAME = 'Kaufmann / Kauffrau für Dialogmarketing';

async function settle(root: Element) {
  const elements = [...root.querySelectorAll<ProfileElement>('salary-table, career-path, profession-quiz, career-quiz, vacancy-teaser')];
  await Promise.all(elements.map((el) => el.settled));
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  return elements;
}

describe('headings and what a screen reader hears', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  beforeEach(() => (warnings = captureWarnings()));
  afterEach(() => warnings.restore());

  it('fits every element into a host page outline with heading-level, inner headings one below', async () => {
    const page = await fixture(html`<main>
      <h1>Berufe</h1>
      <h2>Kaufleute</h2>
      <h3>Dialogmarketing</h3>
      <salary-table heading-level="4" src=${SEED_URL}></salary-table>
      <career-path heading-level="4" src=${SEED_URL}></career-path>
      <career-quiz heading-level="4" src=${SEED_URL}></career-quiz>
      <vacancy-teaser heading-level="4" src=${SEED_URL}></vacancy-teaser>
      <h3>Nächster Abschnitt</h3>
    </main>`);
    await settle(page);
    expect(await outline()).to.deep.equal([
      'h1 Berufe',
      'h2 Kaufleute',
      'h3 Dialogmarketing',
      `h4 Ausbildungs- und Einstiegsgehalt: ${NAME}`,
      `h4 Karriereweg: ${NAME}`,
      'h5 Einstieg',
      'h5 Ausbildung',
      'h5 Berufseinstieg',
      'h5 Danach',
      'h4 Passt der Beruf zu dir?',
      `h4 Freie Lehrstellen: ${NAME}`,
      'h5 Deine AUBI-plus Jobmail',
      'h3 Nächster Abschnitt',
    ]);
  });

  it('defaults to level 2, clamps to 1–6, and takes anything else as 2', async () => {
    const page = await fixture(html`<div>
      <profession-quiz src=${SEED_URL}></profession-quiz>
      <profession-quiz heading-level="9" src=${SEED_URL}></profession-quiz>
      <profession-quiz heading-level="0" src=${SEED_URL}></profession-quiz>
      <profession-quiz heading-level="drei" src=${SEED_URL}></profession-quiz>
    </div>`);
    const [byDefault, nine, zero, words] = await settle(page);
    const level = (el: ProfileElement) => el.shadowRoot!.querySelector('[part="title"]')!.localName;
    expect([byDefault, nine, zero, words].map(level)).to.deep.equal(['h2', 'h6', 'h1', 'h2']);
    nine.headingLevel = 3;
    await nine.updateComplete;
    expect(level(nine), 'the property works too').to.equal('h3');
  });

  it('keeps inner headings at 6 under a title at 6, and the quiz result one below its title', async () => {
    const profile = await seedProfile();
    const el = await fixture<ProfileElement>(html`<career-path heading-level="6" .profile=${profile}></career-path>`);
    await el.settled;
    expect([...el.shadowRoot!.querySelectorAll('[part~="stage-title"]')].map((h) => h.localName)).to.deep.equal(['h6', 'h6', 'h6', 'h6']);
  });

  it('names no list by repeating the heading before it, and does not read the check marks', async () => {
    const page = await fixture(html`<div><career-path src=${SEED_URL}></career-path><vacancy-teaser src=${SEED_URL} feed="/test-api/feed"></vacancy-teaser></div>`);
    await settle(page);
    const tree = await axTree();
    const lists = tree.filter((n) => n.role === 'list');
    expect(lists.length).to.be.greaterThan(3);
    expect(lists.map((n) => n.name), 'lists named only by the heading or label before them').to.deep.equal(lists.map(() => ''));
    const strengths = tree.filter((n) => n.role === 'listitem' && n.name.includes('kommunizieren'));
    const texts = tree.filter((n) => n.role === 'StaticText' && /✓/.test(n.name));
    expect(texts.map((n) => n.name), 'no ✓ in what is read').to.deep.equal([]);
    expect(strengths.every((n) => !n.name.includes('✓'))).to.equal(true);
  });

  it('says the verdict with the score: the focused result heading is described by the result text', async () => {
    const el = await fixture<ProfileElement>(html`<profession-quiz src=${SEED_URL}></profession-quiz>`);
    await el.settled;
    const root = el.shadowRoot!;
    const click = async (selector: string) => {
      root.querySelector<HTMLElement>(selector)!.click();
      await el.updateComplete;
    };
    await click('button[part="button"]');
    for (const right of [1, 2, 1]) {
      await click(`label.option:nth-of-type(${right + 1}) input`);
      await click('button[type="submit"]');
      await click('button[type="submit"]');
    }
    expect(root.activeElement?.getAttribute('part')).to.equal('result-heading');
    // What a screen reader announces on focus: the heading's name, then its description.
    const heading = (await axTree()).find((n) => n.role === 'heading' && n.level === 3)!;
    expect(heading.name).to.equal('3 von 3 Fragen richtig');
    expect(heading.description).to.equal('Es sieht so aus, als würde der Beruf gut zu dir passen.');
  });

  it('reports a failed load politely: role="status", visible', async () => {
    const page = await fixture(html`<div>
      <salary-table src="/test-api/status/404"></salary-table><career-path src="/test-api/status/404"></career-path>
      <career-quiz src="/test-api/status/404"></career-quiz>
    </div>`);
    const elements = await settle(page);
    for (const el of elements) {
      const error = el.shadowRoot!.querySelector<HTMLElement>('[part="error"]')!;
      expect(error.getAttribute('role')).to.equal('status');
      expect(error.getBoundingClientRect().height).to.be.greaterThan(20);
    }
    const tree = await axTree();
    expect(tree.filter((n) => n.role === 'alert')).to.deep.equal([]);
    expect(tree.filter((n) => n.role === 'status').length).to.equal(3);
  });
});
