#!/usr/bin/env node
// `node scripts/shares.mjs [FILE…]` (after `npm run build`): what each part of a built file costs a page, as
// issue 26 measured it: each module's share of the file's brotli size is the file compressed whole less the
// file compressed without that module's bytes (found through the source map). Shares of modules that repeat
// each other overlap, so they add up to a little less than the whole. Parts: Lit, valibot, the schemas,
// each element's code, styles, words and model, and each core module alone. Default: the four's file
// (dist/cdn/chunks/four.js) and dist/cdn/salary-table.js. Slow (one compression per part): not in `npm test`.
import { readFileSync } from 'node:fs';
import { brotliCompressSync, constants } from 'node:zlib';
import { SourceMapConsumer } from 'source-map-js';

const brotli = (text) => brotliCompressSync(Buffer.from(text), { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const kb = (bytes) => (bytes / 1024).toFixed(2);

/** The part a source module belongs to. */
function partOf(source) {
  const path = source.replace(/.*node_modules\//, 'node_modules/').replace(/.*?\/?src\//, 'src/');
  if (/^node_modules\/(lit|lit-html|lit-element|@lit)\//.test(path)) return 'Lit';
  if (path.startsWith('node_modules/valibot/')) return 'valibot';
  if (path.startsWith('src/core/schema/') || /profile-schema/.test(path)) return 'the schemas';
  const element = /^src\/([\w-]+)\/[\w-]+?(\.strings|\.styles|\.model)?\.ts$/.exec(path);
  if (element && element[1] !== 'core') return `${element[1]}${element[2] ?? ''}`;
  return path;
}

function shares(file) {
  const code = readFileSync(file, 'utf8');
  const map = new SourceMapConsumer(JSON.parse(readFileSync(`${file}.map`, 'utf8')));
  const lineStarts = [0];
  for (let i = 0; i < code.length; i++) if (code[i] === '\n') lineStarts.push(i + 1);
  // Each byte's part: from one mapping to the next, the first one's source.
  const part = new Array(code.length).fill('(no source: the bundler\'s own)');
  let previous;
  map.eachMapping((mapping) => {
    if (previous?.source) {
      const from = lineStarts[previous.generatedLine - 1] + previous.generatedColumn;
      const to = lineStarts[mapping.generatedLine - 1] + mapping.generatedColumn;
      part.fill(partOf(previous.source), from, to);
    }
    previous = mapping;
  }, null, SourceMapConsumer.GENERATED_ORDER);
  const whole = brotli(code);
  const rows = [...new Set(part)].map((name) => {
    let without = '';
    let bytes = 0;
    for (let i = 0; i < code.length; i++) part[i] === name ? bytes++ : (without += code[i]);
    return { name, share: whole - brotli(without), bytes };
  });
  return { whole, rows: rows.sort((a, b) => b.share - a.share) };
}

const files = process.argv.slice(2);
for (const file of files.length ? files : ['dist/cdn/chunks/four.js', 'dist/cdn/salary-table.js']) {
  const { whole, rows } = shares(file);
  console.log(`\n${file}: ${kb(whole)} KB brotli; each part's share (KB brotli), and its minified KB`);
  for (const { name, share, bytes } of rows) console.log(`${kb(share).padStart(7)} ${kb(bytes).padStart(7)}  ${name}`);
  console.log(`${kb(rows.reduce((sum, row) => sum + row.share, 0)).padStart(7)}          the shares added up`);
}
