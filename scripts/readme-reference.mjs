// The README's theming and events references, generated from custom-elements.json (`cem analyze`,
// run by `npm run build`) and the event map in src/core/events.ts, so that they cannot drift:
//   node scripts/readme-reference.mjs          exit 1 when README.md is out of date (test/node/readme.test.mjs)
//   node scripts/readme-reference.mjs --write  rewrite the generated parts of README.md
// Generated parts sit between `<!-- generated:NAME -->` and `<!-- /generated:NAME -->`. It also
// checks each element's own README section: its "Parts:" and "Events:" lines name exactly the
// parts and events the manifest has.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = new URL('../', import.meta.url);
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

export function generated() {
  const els = elements();
  return { theming: theming(els), events: events(els) };
}

/** Problems with the hand-written element sections: their Parts: and Events: lines against the manifest. */
export function sectionProblems(readme) {
  const problems = [];
  const details = eventDetails();
  for (const e of elements()) {
    const start = readme.search(new RegExp(`^## .*\`<${e.tag}>\``, 'm'));
    if (start < 0) {
      problems.push(`README has no "## \`<${e.tag}>\`" section`);
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

export function render(readme) {
  let out = readme;
  for (const [name, content] of Object.entries(generated())) {
    const pattern = new RegExp(`(<!-- generated:${name} -->\\n)(?:[\\s\\S]*?\\n)?(<!-- /generated:${name} -->)`);
    if (!pattern.test(out)) throw new Error(`README.md has no <!-- generated:${name} --> … <!-- /generated:${name} --> block`);
    out = out.replace(pattern, (_, open, close) => `${open}${content}\n${close}`);
  }
  return out;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const file = new URL('README.md', root);
  const readme = readFileSync(file, 'utf8');
  const next = render(readme);
  const problems = sectionProblems(next);
  if (process.argv.includes('--write')) {
    if (next !== readme) writeFileSync(file, next);
    console.log(next === readme ? 'README.md references are up to date' : 'README.md references rewritten');
  } else if (next !== readme) {
    problems.unshift('the generated references are out of date: run `node scripts/readme-reference.mjs --write`');
  }
  for (const problem of problems) console.error(problem);
  process.exit(problems.length ? 1 : 0);
}
