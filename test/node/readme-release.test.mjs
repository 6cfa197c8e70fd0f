// What the README says before the first release stays true: the Node version it names is the one
// package.json requires, the tarball it installs is the one `npm pack` writes for this version, and
// the CDN URLs and `npm install career-widgets` it shows are all covered by its "not yet" section.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const { name, version, engines } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
const section = /^## Before the first release\n([\s\S]*?)^## /m.exec(readme)?.[1] ?? '';

test('the README names the Node version package.json requires, before its first section', () => {
  const major = /^>=(\d+)/.exec(engines.node)?.[1];
  assert.ok(major, `engines.node: ${engines.node}`);
  assert.match(readme.slice(0, readme.indexOf('\n## ')), new RegExp(`Node ${major} or newer`));
});

test('"Before the first release" installs the tarball npm pack writes for this version', () => {
  assert.ok(section, 'README.md has no "## Before the first release" section');
  const tarball = `${name}-${version}.tgz`;
  assert.match(section, new RegExp(`npm pack .*# writes ${tarball.replace(/\./g, '\\.')}`));
  assert.match(section, new RegExp(`npm install \\S*${tarball.replace(/\./g, '\\.')}`));
});

test('it covers every CDN host and registry install the README shows', () => {
  const hosts = new Set([...readme.matchAll(/https:\/\/(unpkg\.com|cdn\.jsdelivr\.net|esm\.sh)\/career-widgets[@/]\S*/g)].map((m) => m[0].split('/career-widgets')[0]));
  for (const host of hosts) assert.ok(section.includes(`${host}/career-widgets`), `${host} URLs are not named in "Before the first release"`);
  if (/npm install career-widgets\b/.test(readme.replace(section, ''))) assert.ok(section.includes('`npm install career-widgets`'));
});
