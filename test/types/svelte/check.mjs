// Svelte 5 half of `npm run test:types`: svelte-check on this folder. page.svelte must have no
// error or warning; wrong.svelte must have an error on exactly the lines that follow an
// `<!-- expect-error: … -->` comment (Svelte's markup has no @ts-expect-error), so types that are
// too loose fail here as they do in the React, Preact and Vue files.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
let output;
try {
  output = execFileSync('npx', ['--no-install', 'svelte-check', '--workspace', here, '--tsconfig', `${here}tsconfig.json`, '--output', 'machine'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
} catch (error) {
  output = `${error.stdout}`; // it exits 1 when there are errors, as there must be
}
// Machine output: `<time> ERROR "<file>" <line>:<column> "<message>"` (1-based lines).
const findings = [...output.matchAll(/^\d+ (ERROR|WARNING) "([^"]+)" (\d+):\d+ "(.*)"$/gm)].map(([, kind, file, line, message]) => ({ kind, file, line: Number(line), message }));
const expected = readFileSync(`${here}wrong.svelte`, 'utf8')
  .split('\n')
  .flatMap((text, i) => (/<!-- expect-error: (.*) -->/.test(text) ? [{ line: i + 2, why: text.match(/expect-error: (.*) -->/)[1] }] : []));

const problems = [];
for (const f of findings.filter((f) => f.file !== 'wrong.svelte')) problems.push(`${f.file}:${f.line}: ${f.kind} ${f.message}`);
const wrong = findings.filter((f) => f.file === 'wrong.svelte');
for (const { line, why } of expected) if (!wrong.some((f) => f.kind === 'ERROR' && f.line === line)) problems.push(`wrong.svelte:${line}: no error, but ${why}`);
for (const f of wrong) if (!expected.some((e) => e.line === f.line)) problems.push(`wrong.svelte:${f.line}: unexpected ${f.kind} ${f.message}`);
if (!/COMPLETED \d+ FILES/.test(output)) problems.push(`svelte-check did not run:\n${output}`);

if (problems.length) {
  console.error(`Svelte types: ${problems.length} problem(s)\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  process.exit(1);
}
console.log(`Svelte types: page.svelte clean, wrong.svelte refused on all ${expected.length} lines`);
