// The design checks (test/design/checks.mjs) can fail: small hand-made pages, each a custom element
// with a shadow root, with one fault each — mixed title sizes, titles out of order, a stretched card,
// a hole in a grid of cards, a child sticking out, a scroll container out of the keyboard's reach —
// are reported, and a clean page (with a few things that look like faults and are not) passes.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowser } from '../../scripts/serve-static.mjs';
import { LIMITS, inspect, judge } from '../design/checks.mjs';

let browser;
before(async () => {
  browser = await launchBrowser();
});
after(() => browser?.close());

/** Checks a page holding one element per entry of `shadows` (tag → its shadow root's HTML) at `width` px. */
async function check(shadows, width = 390) {
  const context = await browser.newContext({ viewport: { width, height: 800 } });
  try {
    const page = await context.newPage();
    const hosts = Object.keys(shadows).map((tag) => `<${tag}></${tag}>`).join('');
    const define = Object.entries(shadows)
      .map(([tag, html]) => `customElements.define(${JSON.stringify(tag)}, class extends HTMLElement { constructor() { super(); this.attachShadow({ mode: 'open' }).innerHTML = ${JSON.stringify(html)}; } });`)
      .join('\n');
    await page.setContent(`<!doctype html><html><head><meta charset="utf-8"><style>body { margin: 16px; font: 16px/1.5 sans-serif; } * { display: block; }
      head, script, style { display: none; }</style></head><body>${hosts}<script>${define}</script></body></html>`);
    return judge(await page.evaluate(inspect, LIMITS));
  } finally {
    await context.close();
  }
}
const messages = (list) => list.map((f) => f.message).join('\n');

const GRID = '.cards { display: grid; grid-template-columns: repeat(3, 1fr); gap: 16px; list-style: none; padding: 0; } .card { border: 1px solid; padding: 8px; } p { margin: 0; }';
const card = (title, text) => `<li part="card" class="card"><h3>${title}</h3><p>${text}</p></li>`;
const LONG = 'Lange Beschreibung, die über viele Zeilen läuft und die Karte so hoch macht, dass die Nachbarn gestreckt werden, wenn das Gitter sie streckt. '.repeat(3);

test('a clean page passes every check (closed detail, screen-reader text, a focusable scroller, a one-column stack are no faults)', async () => {
  const result = await check(
    {
      'x-one': `<style>${GRID} h2 { font-size: 24px; } h3 { font-size: 20px; } .cards { align-items: start; }
        .sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
        .wide { overflow-x: auto; } .wide table { display: table; width: 900px; }</style>
        <h2>Titel</h2><span class="sr">Nur für Screenreader, ein sehr langer Text, der weit hinausragen würde</span>
        <ul part="cards" class="cards">${card('Eins', 'Kurz.')}${card('Zwei', LONG)}${card('Drei', 'Kurz.')}</ul>
        <details><summary>Mehr</summary><h2 style="font-size: 40px">Zugeklappt</h2></details>
        <div class="wide" tabindex="0" part="scroll"><table><tr><td>breit</td></tr></table></div>`,
      'x-two': `<style>h2 { font-size: 24px; } h4 { font-size: 17px; }</style><h2>Anderer Titel</h2><h4>Klein</h4>`,
      // A one-column grid stacking a title and a narrow card (the quiz's result box) is no grid of cards.
      'x-stack': `<style>.stack { display: grid; gap: 8px; } .box { width: 300px; border: 1px solid; padding: 8px; }</style>
        <div part="base" class="stack"><p>Ergebnis</p><div part="card" class="box">2 von 3 richtig</div></div>`,
    },
    1280,
  );
  assert.deepEqual({ titles: messages(result.titles), cards: messages(result.cards), grids: messages(result.grids), overflow: messages(result.overflow) }, { titles: '', cards: '', grids: '', overflow: '' });
  assert.deepEqual(result.sizes, { h2: [24], h3: [20], h4: [17] });
});

test('an h2 in two sizes across elements is reported with both sizes, and a level larger than the one above', async () => {
  const result = await check({
    'x-page': '<style>h2 { font-size: 24px; } h3 { font-size: 19px; }</style><h2>Abschnitt</h2><h3>Unterabschnitt</h3>',
    'x-salary': '<style>h2 { font-size: 16px; }</style><h2>Gehalt</h2>',
  });
  assert.match(messages(result.titles), /h2 in 2 sizes: 24px \(x-page: h2 "Abschnitt"\), 16px \(x-salary: h2 "Gehalt"\)/);
  assert.match(messages(result.titles), /h3 \(19px, x-page: h3 "Unterabschnitt"\) larger than h2 \(16px, x-salary: h2 "Gehalt"\)/);
  assert.deepEqual(result.sizes, { h2: [24, 16], h3: [19] });
});

test('a card stretched by its row (an empty strip below its text) is reported with its text', async () => {
  const result = await check({ 'x-cards': `<style>${GRID}</style><ul part="cards" class="cards">${card('Kurz', 'Ein Satz.')}${card('Lang', LONG)}${card('Auch kurz', 'Noch ein Satz.')}</ul>` }, 1280);
  assert.match(messages(result.cards), /x-cards: li\[part="card"\] "Kurz Ein Satz\.": \d+px empty of \d+px \(allowed \d+\)/);
  assert.equal(result.cards.length, 2, messages(result.cards));
  assert.equal(result.worstCard.text.startsWith('Kurz') || result.worstCard.text.startsWith('Auch kurz'), true);
});

test('a .card (without the part) counts as a card too; a small strip (a margin) does not', async () => {
  const result = await check({
    'x-old': `<style>.card { border: 1px solid; padding: 8px; height: 300px; } .ok { border: 1px solid; padding: 8px; } p { margin: 0 0 16px; }</style>
      <div class="card"><p>Leer darunter</p></div><div class="card ok" style="height: auto"><p>Mit Rand unten</p></div>`,
  });
  assert.equal(result.cards.length, 1, messages(result.cards));
  assert.match(messages(result.cards), /x-old: div\.card "Leer darunter"/);
});

test('two cards in a three-column grid leave a hole; the same in a grid that fills the row do not', async () => {
  const holey = await check({ 'x-hole': `<style>${GRID} .cards { align-items: start; }</style><ul part="attire" class="cards">${card('Kleidung', 'Hemd.')}${card('Schuhe', 'Sauber.')}</ul>` }, 1280);
  assert.match(messages(holey.grids), /x-hole: ul\[part="attire"\] "Kleidung Hemd\. Schuhe Sauber\.": row 1 of 1 \(2 items\) leaves \d+px empty, a track is \d+px/);
  const filled = await check({ 'x-fit': `<style>${GRID} .cards { align-items: start; grid-template-columns: repeat(auto-fit, minmax(15rem, 1fr)); }</style><ul part="cards" class="cards">${card('Kleidung', 'Hemd.')}${card('Schuhe', 'Sauber.')}</ul>` }, 1280);
  assert.equal(messages(filled.grids), '');
});

test('a flex-wrap row of cards with room for another at its end is a hole', async () => {
  const result = await check({ 'x-flex': `<style>.cards { display: flex; flex-wrap: wrap; gap: 10px; } .card { flex: 0 0 200px; border: 1px solid; }</style><div part="cards" class="cards">${card('A', 'a')}${card('B', 'b')}${card('C', 'c')}${card('D', 'd')}</div>` }, 1280);
  assert.match(messages(result.grids), /row 1 of 1 \(4 items\) leaves 400px empty, a track is 202px/);
});

test('a child wider than its host, and the page scrolling sideways, are reported', async () => {
  const result = await check({ 'x-wide': '<style>.row { width: 600px; }</style><p>Schmal</p><div part="row" class="row">Zu breit für ein Telefon</div>' });
  assert.match(messages(result.overflow), /the page scrolls sideways: \d+px wide in a 390px window/);
  assert.match(messages(result.overflow), /x-wide: div\[part="row"\] "Zu breit für ein Telefon": beyond <x-wide> by \d+px/);
});

test('a long word sticking out of its box is reported; inside a scroll container it must be focusable', async () => {
  const word = 'Ausbildungsvergütungstabellenüberschriftenzeilenumbruchsverhinderung'.repeat(2);
  const sticking = await check({ 'x-word': `<style>p { width: 200px; }</style><p>${word}</p>` });
  assert.match(messages(sticking.overflow), /x-word: p \(its text\) "Ausbildungs\S+": beyond <x-word> by [\d.]+px/);
  const scroller = await check({ 'x-scroll': `<style>.wrap { overflow-x: auto; } table { display: table; width: 900px; }</style><div part="table-wrap" class="wrap"><table><tr><td>${word}</td></tr></table></div>` });
  assert.match(messages(scroller.overflow), /x-scroll: div\[part="table-wrap"\] ".*": scroll container not focusable by \d+px/);
  assert.equal(scroller.overflow.length, 1, messages(scroller.overflow));
});
