// What the benchmark serves, read once at the start of a run: every CDN file the build made
// (dist/cdn/*.js, whichever exist) and the seed profile.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { SEED } from './pages.mjs';

export function readFiles(root) {
  const cdn = join(root, 'dist/cdn');
  if (!existsSync(join(cdn, 'career-widgets.js'))) {
    console.error('dist/cdn/career-widgets.js not found: run `npm run build` first (`npm run bench` does).');
    process.exit(1);
  }
  const files = new Map();
  const cdnFiles = readdirSync(cdn).filter((file) => file.endsWith('.js')).sort();
  for (const file of cdnFiles) files.set(`/dist/cdn/${file}`, readFileSync(join(cdn, file), 'utf8'));
  files.set(SEED, readFileSync(join(root, SEED), 'utf8'));
  return { files, cdnFiles };
}
