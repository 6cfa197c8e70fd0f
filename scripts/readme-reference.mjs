// The docs' theming and events references (docs/theming.md, docs/elements.md), generated from
// custom-elements.json (`cem analyze`, run by `npm run build`) and the event map in
// src/core/events.ts, so that they cannot drift:
//   node scripts/readme-reference.mjs          exit 1 when a doc is out of date (also test/node/readme.test.mjs, in npm test)
//   node scripts/readme-reference.mjs --write  rewrite the generated parts
// Generated parts sit between `<!-- generated:NAME -->` and `<!-- /generated:NAME -->`. It also
// checks each element's own section in docs/elements.md: its "Parts:" and "Events:" lines name
// exactly the parts and events the manifest has.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = new URL('../', import.meta.url);
/** Which generated block lives in which file (the README itself has none since issue 27). */
export const FILES = { 'docs/elements.md': ['events'], 'docs/theming.md': ['theming'] };
const TAGS = ['salary-table', 'career-path', 'profession-quiz', 'career-quiz', 'vacancy-teaser', 'profession-facts', 'profession-tasks', 'profession-workplaces', 'profession-suitability', 'training-contents', 'profession-application', 'profession-page', 'similar-professions', 'profession-finder'];

export function elements() {
  const manifest = JSON.parse(readFileSync(new URL('custom-elements.json', root), 'utf8'));
  const byTag = new Map(manifest.modules.flatMap((m) => (m.declarations ?? []).filter((d) => d.customElement && d.tagName).map((d) => [d.tagName, d])));
  return TAGS.map((tag) => {
    const d = byTag.get(tag);
    if (!d) throw new Error(`custom-elements.json has no <${tag}>: run \`npm run build\``);
    return { tag, cssProperties: d.cssProperties ?? [], cssParts: d.cssParts ?? [], events: d.events ?? [] };
  });
}

/**
 * Each event's detail as a shape, `{ profile: Profile }`: from the CareerWidgetEvents interface,
 * with a named detail (`'profile-load': ProfileLoadDetail;`) written out from its interface.
 */
export function eventDetails() {
  const source = readFileSync(new URL('src/core/events.ts', root), 'utf8');
  const body = (name) => new RegExp(`export interface ${name} \\{([\\s\\S]*?)\\n\\}`).exec(source)?.[1] ?? '';
  const shape = (detail) =>
    /^\w+$/.test(detail) && body(detail) ? `{ ${[...body(detail).matchAll(/^\s*(\w+\??: .+);$/gm)].map(([, field]) => field).join('; ')} }` : detail;
  return new Map([...body('CareerWidgetEvents').matchAll(/^\s*'([\w-]+)': (.+);$/gm)].map(([, name, detail]) => [name, shape(detail)]));
}

const cell = (text = '') => text.replace(/\s+/g, ' ').replace(/\|/g, '\\|').trim();
const tagList = (tags) => tags.map((t) => `\`<${t}>\``).join(', ');

function theming(els) {
  // Elements with the very same theming share one entry (the quiz under its two tags).
  const groups = [];
  for (const e of els) {
    const key = JSON.stringify([e.cssProperties, e.cssParts]);
    const group = groups.find((g) => g.key === key);
    if (group) group.tags.push(e.tag);
    else groups.push({ key, tags: [e.tag], ...e });
  }
  return groups
    .map((g) => [
      `#### ${tagList(g.tags)}`,
      '',
      '| custom property | default | what |',
      '|---|---|---|',
      ...g.cssProperties.map((p) => `| \`${p.name}\` | ${p.default ? `\`${cell(p.default)}\`` : '—'} | ${cell(p.description)} |`),
      '',
      '| part | what |',
      '|---|---|',
      ...g.cssParts.map((p) => `| \`${p.name}\` | ${cell(p.description)} |`),
    ].join('\n'))
    .join('\n\n');
}

function events(els) {
  const details = eventDetails();
  const rows = [...details].map(([name, detail]) => {
    const firing = els.filter((e) => e.events.some((x) => x.name === name));
    // What each element says about when it fires, without the detail (that is the column before).
    const whens = firing.map((e) => ({ tag: e.tag, when: cell(e.events.find((x) => x.name === name).description?.replace(/\s*Detail:.*$/s, '')) }));
    const distinct = [...new Set(whens.map((w) => w.when))];
    const when = distinct.length === 1 ? distinct[0] : distinct.map((text) => `${tagList(whens.filter((w) => w.when === text).map((w) => w.tag))}: ${text}`).join('<br>');
    return `| \`${name}\` | \`${cell(detail)}\` | ${firing.length === els.length ? 'every element' : tagList(firing.map((e) => e.tag))} | ${when} |`;
  });
  return ['| event | detail | fired by | when |', '|---|---|---|---|', ...rows].join('\n');
}

export function generated(names = ['theming', 'events']) {
  const els = elements();
  const all = { theming: () => theming(els), events: () => events(els) };
  return Object.fromEntries(names.map((name) => [name, all[name]()]));
}

/** Problems with the hand-written element sections (docs/elements.md): their Parts: and Events: lines against the manifest. */
export function sectionProblems(readme) {
  const problems = [];
  const details = eventDetails();
  for (const e of elements()) {
    const start = readme.search(new RegExp(`^## .*\`<${e.tag}>\``, 'm'));
    if (start < 0) {
      problems.push(`docs/elements.md has no "## \`<${e.tag}>\`" section`);
      continue;
    }
    const next = readme.slice(start + 3).search(/^## /m);
    const section = readme.slice(start, next < 0 ? undefined : start + 3 + next);
    const line = (label) => new RegExp(`^${label}:([\\s\\S]*?)(?:\\n\\n|\\n[A-Z][\\w ]*:|(?![\\s\\S]))`, 'm').exec(section)?.[1];
    // The names in backticks, not those in a remark in parentheses ("`empty` (a profile without `vacancies`)").
    const names = (text) => new Set([...(text ?? '').replace(/\([^)]*\)/g, '').matchAll(/`([\w-]+)`/g)].map((m) => m[1]));
    const compare = (what, listed, actual) => {
      const missing = actual.filter((n) => !listed.has(n));
      const extra = [...listed].filter((n) => !actual.includes(n));
      if (missing.length || extra.length) problems.push(`<${e.tag}> section, ${what}: missing ${missing.join(', ') || '—'}; not in the manifest ${extra.join(', ') || '—'}`);
    };
    compare('Parts:', names(line('Parts')), e.cssParts.map((p) => p.name));
    const listedEvents = new Set([...names(line('Events'))].filter((n) => details.has(n)));
    compare('Events:', listedEvents, e.events.map((x) => x.name));
  }
  return problems;
}

/** The text with its generated blocks (`names`, by default those FILES gives `file`) rewritten. */
export function render(readme, file = 'docs/elements.md', names = FILES[file]) {
  let out = readme;
  for (const [name, content] of Object.entries(generated(names))) {
    const pattern = new RegExp(`(<!-- generated:${name} -->\\n)(?:[\\s\\S]*?\\n)?(<!-- /generated:${name} -->)`);
    if (!pattern.test(out)) throw new Error(`${file} has no <!-- generated:${name} --> … <!-- /generated:${name} --> block`);
    out = out.replace(pattern, (_, open, close) => `${open}${content}\n${close}`);
  }
  return out;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const problems = [];
  for (const name of Object.keys(FILES)) {
    const file = new URL(name, root);
    const text = readFileSync(file, 'utf8');
    const next = render(text, name);
    if (name === 'docs/elements.md') problems.push(...sectionProblems(next));
    if (process.argv.includes('--write')) {
      if (next !== text) writeFileSync(file, next);
      console.log(next === text ? `${name}: references are up to date` : `${name}: references rewritten`);
    } else if (next !== text) {
      problems.unshift(`${name}: the generated references are out of date: run \`node scripts/readme-reference.mjs --write\``);
    }
  }
  for (const problem of problems) console.error(problem);
  process.exit(problems.length ? 1 : 0);
}
