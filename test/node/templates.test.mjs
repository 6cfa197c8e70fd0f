// The build minifies `html` literals, which drops the whitespace a template starts with: `html\` – ${x}\``
// rendered "228 €– Nach der Ausbildung" in the CDN files, while the tests (run from the sources) read
// "228 € – Nach". A separator that starts with a space is written as a string instead.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const sources = (dir) => readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));

test('no html template in src/ starts with whitespace before its text (the minifier would drop it)', () => {
  const found = sources('src').flatMap((file) =>
    readFileSync(file, 'utf8')
      .split('\n')
      .flatMap((line, i) => (/^\s*(\*|\/\/)/.test(line) ? [] : [...line.matchAll(/\bhtml`[ \t]+[^\s$<`]/g)].map(() => `${file}:${i + 1}`))),
  );
  assert.deepEqual(found, []);
});
