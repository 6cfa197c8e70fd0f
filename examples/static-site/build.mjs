#!/usr/bin/env node
// A static-site build with pre-rendered career widgets, as an Eleventy or Astro build step would
// do it (`career-widgets/ssr` is a plain async function, so any site generator can call it).
// Every comment `<!-- career-widgets TAG profile=FILE [lang=de|en] [name=value|name …] -->` in
// pages/*.html is replaced by the element's HTML: the tag, its declarative shadow DOM and the
// profile inline. The page shows the elements before (and without) any script; the CDN script it
// loads hydrates them. Profiles are read from the repo's profiles/ folder and validated first:
// an invalid profile stops the build, so a broken profile never reaches the site.
//
// Usage: node examples/static-site/build.mjs [OUT_DIR]   (default examples/static-site/_site)
// Run `npm run build` first (it renders the built package, dist/, through the package's own name).
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderElement, validateProfile } from 'career-widgets/ssr';

const here = fileURLToPath(new URL('.', import.meta.url));
const profiles = fileURLToPath(new URL('../../profiles/', import.meta.url));
const out = process.argv[2] ?? join(here, '_site');
const PLACEHOLDER = /<!--\s*career-widgets\s+([a-z-]+)((?:\s+[a-z-]+(?:=[^\s>]+)?)*)\s*-->/g;

async function renderPage(source) {
  const jobs = [];
  source.replace(PLACEHOLDER, (match, tag, rest) => {
    const attributes = {};
    for (const pair of rest.trim().split(/\s+/).filter(Boolean)) {
      const [name, ...value] = pair.split('=');
      attributes[name] = value.length ? value.join('=') : true;
    }
    const { profile: file, lang, ...others } = attributes;
    if (typeof file !== 'string') throw new Error(`${match}: profile=FILE is missing`);
    const profile = JSON.parse(readFileSync(join(profiles, file), 'utf8'));
    const result = validateProfile(profile);
    if (!result.ok) throw new Error(`${file} is not a valid profile:\n${result.issues.map((i) => `  ${i.path}: ${i.message}`).join('\n')}`);
    jobs.push(renderElement(tag, result.value, { lang: typeof lang === 'string' ? lang : undefined, attributes: others }).then((html) => [match, html]));
    return match;
  });
  let page = source;
  for (const [match, html] of await Promise.all(jobs)) page = page.replace(match, () => html);
  return page;
}

mkdirSync(out, { recursive: true });
const pages = readdirSync(join(here, 'pages')).filter((f) => f.endsWith('.html'));
for (const file of pages) {
  writeFileSync(join(out, file), await renderPage(readFileSync(join(here, 'pages', file), 'utf8')));
}
console.log(`static site: ${pages.length} page(s) in ${out}`);
