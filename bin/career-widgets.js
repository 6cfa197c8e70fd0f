#!/usr/bin/env node
// npx career-widgets validate [--allow-unknown] FILE…  — exit 0 when every profile is valid, 1 otherwise.
// npx career-widgets migrate FILE [--write]            — the format-2 form of a format-1 profile.
import { readFileSync, writeFileSync } from 'node:fs';
import { validateProfile } from '../dist/core/validate.js';
import { migrateV1 } from '../dist/core/migrate.js';

const [command, ...rest] = process.argv.slice(2);
const flags = new Set(rest.filter((arg) => arg.startsWith('--')));
const files = rest.filter((arg) => !arg.startsWith('--'));
if (!['validate', 'migrate'].includes(command) || files.length === 0) {
  console.error('usage: career-widgets validate [--allow-unknown] FILE…\n       career-widgets migrate FILE [--write]');
  process.exit(2);
}

function read(file) {
  try {
    return { data: JSON.parse(readFileSync(file, 'utf8')) };
  } catch (error) {
    return { error: error.code === 'ENOENT' ? 'file not found' : `not JSON: ${error.message}` };
  }
}

if (command === 'migrate') {
  const [file] = files;
  const { data, error } = read(file);
  if (error) {
    console.error(`✗ ${file}\n  $: ${error}`);
    process.exit(1);
  }
  if (data?.schemaVersion !== 1) {
    console.error(`✗ ${file}: not a format-1 profile (schemaVersion is ${JSON.stringify(data?.schemaVersion)})`);
    process.exit(1);
  }
  const { profile, notes } = migrateV1(data);
  for (const note of notes) console.error(`  ${note.path}: ${note.message}`);
  const result = validateProfile(profile);
  if (!result.ok) {
    console.error(`✗ ${file}: its format-2 form is not valid`);
    for (const issue of result.issues) console.error(`  ${issue.path}: ${issue.message}`);
    process.exit(1);
  }
  const json = JSON.stringify(profile, null, 2) + '\n';
  if (flags.has('--write')) {
    writeFileSync(file, json);
    console.error(`✓ ${file}: now format 2`);
  } else process.stdout.write(json);
  process.exit(0);
}

// Unknown fields fail the check by default: it is the check before publishing, and a typo such as
// "salry" would otherwise vanish. --allow-unknown lists them and passes.
const allowUnknown = flags.has('--allow-unknown');
let failed = 0;
for (const file of files) {
  const { data, error } = read(file);
  if (error) {
    failed++;
    console.log(`✗ ${file}\n  $: ${error}`);
    continue;
  }
  const result = validateProfile(data);
  const issues = result.ok ? (allowUnknown ? [] : result.unknown) : result.issues;
  if (issues.length === 0) {
    console.log(`✓ ${file}`);
    if (result.ok) for (const issue of result.unknown) console.log(`  ${issue.path}: ${issue.message} (allowed)`);
  } else {
    failed++;
    console.log(`✗ ${file}: ${issues.length} problem${issues.length === 1 ? '' : 's'}`);
    for (const issue of issues) console.log(`  ${issue.path}: ${issue.message}`);
  }
}
process.exit(failed ? 1 : 0);
