#!/usr/bin/env node
// npx career-widgets validate FILE…  — exit 0 when every profile is valid, 1 otherwise.
// npx career-widgets render FILE --tag TAG [--lang de|en] [--attr name=value …]  — see render.js.
import { readFileSync } from 'node:fs';
import { validateProfile } from '../dist/core/validate.js';

const [command, ...files] = process.argv.slice(2);
if (command === 'render') process.exit(await (await import('./render.js')).run(files));
if (command !== 'validate' || files.length === 0) {
  console.error('usage: career-widgets validate FILE…');
  process.exit(2);
}

let failed = 0;
for (const file of files) {
  let data;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    failed++;
    console.log(`✗ ${file}\n  $: ${error.code === 'ENOENT' ? 'file not found' : `not JSON: ${error.message}`}`);
    continue;
  }
  const result = validateProfile(data);
  if (result.ok) {
    console.log(`✓ ${file}`);
  } else {
    failed++;
    console.log(`✗ ${file}: ${result.issues.length} problem${result.issues.length === 1 ? '' : 's'}`);
    for (const issue of result.issues) console.log(`  ${issue.path}: ${issue.message}`);
  }
}
process.exit(failed ? 1 : 0);
