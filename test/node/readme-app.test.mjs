// The README's app-developer snippet type-checks as an app would compile it (issue 27): the ```ts
// block under "## An app developer", in a folder of its own whose node_modules/career-widgets is this
// package (its dist/ types: `npm run build` first), with a bundler's module resolution and JSON
// imports. The same snippet with a profile that lacks `name` fails, so the check can fail.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const readme = readFileSync(join(root, 'README.md'), 'utf8');
const section = /^## An app developer\b[\s\S]*?(?=^## )/m.exec(readme)?.[0] ?? '';
const snippet = /```ts\n([\s\S]*?)```/.exec(section)?.[1];

/** tsc's output for `source` as an app's one module; empty when it compiles. */
function typeErrors(source) {
  const dir = mkdtempSync(join(tmpdir(), 'cw-readme-app-'));
  try {
    mkdirSync(join(dir, 'node_modules'));
    symlinkSync(root, join(dir, 'node_modules', 'career-widgets'), 'dir');
    writeFileSync(join(dir, 'app.ts'), source);
    const compilerOptions = { target: 'es2022', module: 'esnext', moduleResolution: 'bundler', strict: true, resolveJsonModule: true, noEmit: true, lib: ['es2022', 'dom'], skipLibCheck: true, types: [] };
    writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions, files: ['app.ts'] }));
    const run = spawnSync(join(root, 'node_modules/.bin/tsc'), ['-p', dir], { encoding: 'utf8' });
    return `${run.stdout}${run.stderr}`.trim() || (run.status === 0 ? '' : `tsc exited ${run.status}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test('the README shows an app developer the sample profile, typed ProfileData', () => {
  assert.ok(snippet, 'README.md has no ```ts block under "## An app developer"');
  assert.match(snippet, /import type \{ ProfileData \} from 'career-widgets'/);
  assert.match(snippet, /from 'career-widgets\/profiles\/kaufmann-dialogmarketing\.json'/);
});

test("the README's app snippet compiles against the package's types", () => {
  assert.equal(typeErrors(snippet), '');
});

test('the check fails when the profile does not fit ProfileData', () => {
  const broken = snippet.replace(/= sample;/, '= { schemaVersion: 2 };');
  assert.notEqual(broken, snippet);
  assert.match(typeErrors(broken), /name/);
});
