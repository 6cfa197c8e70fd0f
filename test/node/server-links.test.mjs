// On the server there is no page to resolve a relative URL against: a portal's `href-pattern`
// (`/beruf/{slug}`) must still be a link in the server's HTML, or the browser draws links the server
// did not, and hydration throws the server's nodes away (found by the Next.js portal page).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

const { renderElementSync } = await import('../../dist/ssr/render-element.js');
const { safeUrl } = await import('../../dist/core/safe-url.js');
const read = (file) => JSON.parse(readFileSync(new URL(`../../profiles/${file}`, import.meta.url), 'utf8'));

test('<similar-professions> on the server links each profession through a relative href-pattern', () => {
  const html = renderElementSync('similar-professions', read('kaufmann-dialogmarketing.json'), { attributes: { 'href-pattern': '/beruf/{slug}' }, catalog: read('catalog.json') });
  const hrefs = [...html.matchAll(/<a [^>]*href="([^"]+)"/g)].map((m) => m[1]);
  assert.ok(hrefs.length >= 3, `${hrefs.length} links`);
  assert.ok(hrefs.every((href) => /^\/beruf\/[a-z0-9-]+$/.test(href)), hrefs.join(' '));
});

test('safeUrl on the server: relative URLs as written, schemes still checked', () => {
  assert.equal(safeUrl('/beruf/koch'), '/beruf/koch');
  assert.equal(safeUrl('bewerbung.html?x=1'), 'bewerbung.html?x=1');
  assert.equal(safeUrl('https://example.org/a'), 'https://example.org/a');
  for (const hostile of ['javascript:alert(1)', 'JaVa\tScRiPt:alert(1)', 'data:text/html,<b>', '//user:pw@evil.example/', 'vbscript:x'])
    assert.equal(safeUrl(hostile), undefined, hostile);
  // A base given (a feed's, a catalog's) that is empty still refuses what it cannot resolve.
  assert.equal(safeUrl('/jobs', ''), undefined);
});
