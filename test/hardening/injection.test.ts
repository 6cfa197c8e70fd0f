/**
 * Hardening, injection: script tags, event-handler attributes, `javascript:`,
 * `data:` and `vbscript:` URLs with case, white-space, control-character and
 * entity tricks, and SVG payloads, in every string field of the profile and of
 * a feed (found by walking the documents and their schema, not listed by hand),
 * through every element in every state. Nothing runs; no link or source with
 * another scheme survives URL parsing; no element from a payload appears.
 */
import { expect } from '@open-wc/testing';
import type { ProfileElement } from '../../src/core/profile-element.js';
import { JobPosting, ProfileSchema, type Profile } from '../../src/core/profile-schema.js';
import { validate, validateProfile } from '../../src/core/validate.js';
import { seedProfile } from '../helpers.js';
import { enrich, stringPaths, withStrings } from './enrich.js';
import { SAFE_SCHEMES, create, report, schemeOf, serve, settleWithin, sleep, stage, stateOf, watchPage } from './fuzz-helpers.js';
import type { Path } from './mutate.js';

const FLAG = '__cwPwned';
const run = (tag: string) => `window.${FLAG}='${tag}'`;

/** Markup and URL payloads; each, if it ever ran, would set `window.__cwPwned`. */
export const PAYLOADS = [
  `<script>${run('script')}</script>`,
  `<img src=x onerror="${run('img')}">`,
  `"><img src=x onerror=${run('attr-break')}>`,
  `' onmouseover='${run('single-quote')}' x='`,
  `<svg onload="${run('svg')}">`,
  `<svg><script>${run('svg-script')}</script></svg>`,
  `<svg><a xlink:href="javascript:${run('svg-link')}"><text>x</text></a></svg>`,
  `<math><mtext><table><mglyph><style><img src=x onerror=${run('mxss')}>`,
  `<iframe src="javascript:parent.${FLAG}='iframe'"></iframe>`,
  `<iframe srcdoc="<script>parent.${FLAG}='srcdoc'</script>"></iframe>`,
  `<object data="javascript:${run('object')}"></object>`,
  `<embed src="data:text/html,<script>${run('embed')}</script>">`,
  `<details open ontoggle="${run('details')}">`,
  `<input autofocus onfocus="${run('focus')}">`,
  `<a href="javascript:${run('a')}">klick</a>`,
  `<!--<img src="--><img src=x onerror=${run('comment')}>`,
  `</script><script>${run('ld-break')}</script>`,
  `</p></li></ol><img src=x onerror=${run('close-tags')}>`,
  `<?lit$123$><!--?lit$123$-->${run('lit-marker')}`,
  `{{constructor.constructor('${run('template')}')()}}`,
  '${' + run('template-literal') + '}',
  `&lt;script&gt;${run('entities')}&lt;/script&gt;`,
  `<scr<script>ipt>${run('nested')}</script>`,
  `<\u0000script>${run('nul')}</script>`,
  `javascript:${run('js')}`,
  `JaVaScRiPt:${run('js-case')}`,
  `  JAVASCRIPT:${run('js-space')}`,
  `java\u0000script:${run('js-nul')}`,
  `jav\tascript:${run('js-tab')}`,
  `java\nscript:${run('js-newline')}`,
  `\u0001\u0002javascript:${run('js-control')}`,
  `&#106;avascript:${run('js-entity')}`,
  `jav&#x09;ascript:${run('js-hex-entity')}`,
  `javascript&colon;${run('js-colon-entity')}`,
  `javascript://%0A${run('js-comment')}`,
  `%6A%61vascript:${run('js-percent')}`,
  `data:text/html,<script>${run('data')}</script>`,
  `DATA:text/html;base64,PHNjcmlwdD53aW5kb3cuX19jd1B3bmVkPSdkYXRhNjQnPC9zY3JpcHQ+`,
  ` data:image/svg+xml,<svg onload="${run('data-svg')}"/>`,
  `vbscript:msgbox("${FLAG}")`,
  `VBScript:Execute("${FLAG}")`,
  `blob:https://example.org/0000`,
  `file:///etc/passwd`,
  `about:blank`,
  `https://example.org/"><script>${run('https-break')}</script>`,
];

const URL_ATTRS = ['href', 'src', 'action', 'formaction', 'data', 'xlink:href', 'poster', 'background', 'ping', 'srcset'];

const counts = { payloads: PAYLOADS.length, profileFields: 0, urlFields: 0, feedFields: 0, combinations: 0, states: 0, shownAsText: 0, links: 0 };

/** Tag names and how many of each: what a payload must not change (a link may turn into text). */
function tagCounts(root: ParentNode): Map<string, number> {
  const tags = new Map<string, number>();
  for (const el of root.querySelectorAll('*')) {
    if (el.localName === 'a' || el.localName === 'span') continue;
    // A link's own icon goes with the link: the quiz's next steps leave an unsafe link out, icon and all
    // (no dead button). Only our icon is skipped: <svg class="icon"> with its one <path>, inside a link.
    if (el.closest('a svg.icon')) continue;
    tags.set(el.localName, (tags.get(el.localName) ?? 0) + 1);
  }
  return tags;
}

/** Every string in a JSON-LD document that names a link, with its key. */
function linksIn(value: unknown, key = '', out: [string, string][] = []): [string, string][] {
  if (typeof value === 'string') {
    if (/url|href|sameas|@id|image|logo/i.test(key)) out.push([key, value]);
  } else if (Array.isArray(value)) {
    value.forEach((item) => linksIn(item, key, out));
  } else if (value && typeof value === 'object') {
    for (const [k, item] of Object.entries(value)) linksIn(item, k, out);
  }
  return out;
}

/**
 * What must hold in any state whatever the input: no handler attributes, no
 * link or source with a scheme we do not allow, in the shadow root and in the
 * JSON-LD the element writes into the page; nothing else in the light DOM.
 */
function checkSafe(el: ProfileElement, where: string) {
  const root = el.shadowRoot!;
  for (const node of root.querySelectorAll('*')) {
    for (const attr of node.attributes) {
      expect(attr.name, `${where}: no handler attribute on <${node.localName}>`).to.not.match(/^on/i);
      if (URL_ATTRS.includes(attr.name)) {
        counts.links++;
        expect(SAFE_SCHEMES.has(schemeOf(attr.value)), `${where}: <${node.localName} ${attr.name}="${attr.value.slice(0, 80)}">`).to.be.true;
      }
    }
    expect(node.localName, `${where}: no element a template does not render`).to.not.be.oneOf(['script', 'iframe', 'object', 'embed', 'img', 'style', 'link', 'base', 'meta', 'math', 'foreignobject', 'frame', 'template', 'video', 'audio']);
  }
  for (const child of el.children) {
    expect(child.localName, `${where}: only our JSON-LD in the light DOM`).to.equal('script');
    expect(child.getAttribute('type')).to.equal('application/ld+json');
    const text = child.textContent ?? '';
    expect(text, `${where}: no "<" in JSON-LD`).to.not.contain('<');
    for (const [key, link] of linksIn(JSON.parse(text))) {
      counts.links++;
      expect(SAFE_SCHEMES.has(schemeOf(link)), `${where}: JSON-LD ${key}: ${link.slice(0, 80)}`).to.be.true;
    }
  }
  expect((window as unknown as Record<string, unknown>)[FLAG], `${where}: a payload ran`).to.equal(undefined);
}

type Visit = (key: string, el: ProfileElement) => void;

async function mount(tag: string, profile: unknown, container: HTMLElement, attrs: Record<string, string> = {}) {
  const el = create(tag as 'salary-table', { 'structured-data': '', ...attrs });
  el.profile = profile as never; // any value: the element validates it
  container.append(el);
  await settleWithin(el, 5_000);
  return el;
}

/** Plays the quiz to every possible score, visiting each step: intro, each question, its feedback, the result. */
async function playEveryScore(el: ProfileElement, profile: Profile, tag: string, visit: Visit) {
  const root = el.shadowRoot!;
  const quiz = profile.quiz!;
  const click = async (selector: string) => {
    root.querySelector<HTMLElement>(selector)!.click();
    await el.updateComplete;
  };
  visit(`${tag}:intro`, el);
  await click('.intro button');
  for (let score = 0; score <= quiz.questions.length; score++) {
    for (const [i, question] of quiz.questions.entries()) {
      visit(`${tag}:q${i}`, el);
      const answer = i < score ? question.correctOption : (question.correctOption + 1) % question.options.length;
      await click(`input[type="radio"][value="${answer}"]`);
      await click('button[type="submit"]');
      visit(`${tag}:feedback${i}:${i < score}`, el);
      await click('button[type="submit"]');
    }
    visit(`${tag}:result${score}`, el);
    await click('.result button.secondary');
  }
}

/** Shows `profile` in every element and every state, calling `visit` in each. */
async function everyState(profile: Profile, feedUrl: string | undefined, container: HTMLElement, visit: Visit) {
  for (const tag of ['salary-table', 'career-path']) {
    const el = await mount(tag, profile, container);
    visit(tag, el);
    el.remove();
  }
  for (const tag of ['profession-quiz', 'career-quiz']) {
    const el = await mount(tag, profile, container);
    if (stateOf(el) === 'ready') await playEveryScore(el, profile, tag, visit);
    else visit(tag, el);
    el.remove();
  }
  // The profile's own vacancies with "show all"; the no-vacancies state with the job alert; a feed.
  const two = { ...profile, vacancies: { ...profile.vacancies, items: [...(profile.vacancies?.items ?? []), ...(profile.vacancies?.items ?? [])] } };
  const none = { ...profile, vacancies: { ...profile.vacancies, items: [] } };
  for (const [key, p, attrs] of [
    ['vacancy-teaser:list', two, { limit: '1' }],
    ['vacancy-teaser:none', none, {}],
    ...(feedUrl ? [['vacancy-teaser:feed', profile, { feed: feedUrl, limit: '20' }], ['vacancy-teaser:feed-more', profile, { feed: feedUrl, limit: '1' }]] : []),
  ] as [string, unknown, Record<string, string>][]) {
    const el = await mount('vacancy-teaser', p, container, attrs);
    visit(key, el);
    el.remove();
  }
}

/**
 * Splits string fields into those that accept `text` (the document stays
 * valid with it there) and those that reject it (a date, a currency code).
 */
function acceptingFields(doc: unknown, paths: Path[], text: string, isValid: (doc: unknown) => boolean) {
  const accepted: Path[] = [];
  const rejected: Path[] = [];
  for (const path of paths) (isValid(withStrings(doc, [path], text)) ? accepted : rejected).push(path);
  return { accepted, rejected };
}

describe('hardening: injection', function () {
  this.timeout(120_000);
  let watch: ReturnType<typeof watchPage>;
  let container: HTMLElement;
  let profile: Profile;
  let profilePaths: Path[];

  before(async () => {
    profile = enrich(await seedProfile(), ProfileSchema as never) as Profile;
    const check = validateProfile(profile);
    expect(check.ok, `the enriched seed is valid: ${JSON.stringify(!check.ok && check.issues)}`).to.be.true;
    profilePaths = stringPaths(profile);
    counts.profileFields = profilePaths.length;
    counts.urlFields = profilePaths.filter((p) => /url|href/i.test(String(p[p.length - 1]))).length;
  });
  beforeEach(() => {
    watch = watchPage();
    container = stage();
  });
  afterEach(function () {
    watch.stop();
    container.remove();
    report(`${this.currentTest?.title}: ${this.currentTest?.duration} ms`);
  });
  after(async () => {
    report(
      `injection: ${counts.payloads} payloads × ${counts.profileFields} profile string fields (${counts.urlFields} of them URLs) ` +
        `and × ${counts.feedFields} feed string fields = ${counts.combinations} payload × field combinations; ` +
        `${counts.states} element states inspected, ${counts.links} links and sources checked; ` +
        `payload text shown verbatim ${counts.shownAsText} times`,
    );
  });

  it('in every string field of the profile: shown as text, never run, no unsafe link', async () => {
    // What each element renders for the untouched profile, state by state: a payload may turn a link into text, or leave a next step out (link and icon), nothing more.
    const baseline = new Map<string, Map<string, number>>();
    await everyState(profile, undefined, container, (key, el) => baseline.set(key, tagCounts(el.shadowRoot!)));
    expect(baseline.size, 'every quiz step and every vacancy state is visited').to.equal(32);

    for (const payload of PAYLOADS) {
      const { accepted, rejected } = acceptingFields(profile, profilePaths, payload, (doc) => validateProfile(doc).ok);
      counts.combinations += profilePaths.length;
      // Every field that takes the payload gets it at once; the fields that reject it (dates, codes) get it together too.
      const withPayload = withStrings(profile, accepted, payload) as Profile;
      await everyState(withPayload, undefined, container, (key, el) => {
        counts.states++;
        const where = `${key} with ${JSON.stringify(payload)}`;
        checkSafe(el, where);
        expect(stateOf(el), where).to.be.oneOf(['ready', 'empty']);
        expect(tagCounts(el.shadowRoot!), `${where}: the same elements as without the payload`).to.deep.equal(baseline.get(key));
        counts.shownAsText += (el.shadowRoot!.textContent ?? '').split(payload.trim()).length - 1;
        if (key === 'salary-table') {
          expect(el.shadowRoot!.querySelector('caption')!.textContent, 'the name is shown as text').to.contain(payload.trim());
        }
      });
      if (rejected.length) {
        const invalid = withStrings(profile, rejected, payload) as Profile;
        await everyState(invalid, undefined, container, (key, el) => {
          counts.states++;
          checkSafe(el, `${key} (invalid) with ${JSON.stringify(payload)}`);
          expect(stateOf(el)).to.equal('error');
          expect(el.shadowRoot!.textContent).to.not.contain(payload.trim());
        });
      }
      expect(watch.problems).to.deep.equal([]);
    }
  });

  it('in every string field of a feed: shown as text, never run, no unsafe link', async () => {
    const feed = await (await fetch('/test-api/feed?shape=list')).json();
    const feedPaths = stringPaths(feed);
    counts.feedFields = feedPaths.length;
    // A field accepts a payload when every posting still validates and keeps its place: an `@type` that is no longer
    // `JobPosting` drops the posting (in silence, as the feed format says), so those fields count as rejecting it.
    const postingsValid = (doc: unknown) =>
      (doc as { itemListElement: { item: Record<string, unknown> }[] }).itemListElement.every(
        ({ item }) => validate(JobPosting, item).ok && item['@type'] === 'JobPosting',
      );
    const seedUrl = await serve(JSON.stringify(await seedProfile()));
    const plain = await seedProfile();
    const baseline = new Map<string, Map<string, number>>();
    const feedStates = async (url: string, visit: Visit) => {
      for (const [key, limit] of [['feed', '20'], ['feed-more', '1']]) {
        const el = create('vacancy-teaser', { src: seedUrl, feed: url, limit, 'structured-data': '' });
        container.append(el);
        await settleWithin(el, 5_000);
        visit(key, el);
        el.remove();
      }
    };
    await feedStates(await serve(JSON.stringify(feed)), (key, el) => baseline.set(key, tagCounts(el.shadowRoot!)));
    expect(plain.vacancies?.moreLink, 'the feed gives the "show all" link').to.equal(undefined);

    for (const payload of PAYLOADS) {
      const { accepted, rejected } = acceptingFields(feed, feedPaths, payload, postingsValid);
      counts.combinations += feedPaths.length;
      await feedStates(await serve(JSON.stringify(withStrings(feed, accepted, payload))), (key, el) => {
        counts.states++;
        const where = `${key} with ${JSON.stringify(payload)}`;
        checkSafe(el, where);
        expect(stateOf(el), where).to.equal('ready');
        expect(tagCounts(el.shadowRoot!), `${where}: the same elements as without the payload`).to.deep.equal(baseline.get(key));
        expect(el.shadowRoot!.querySelector('[part="employer"]')!.textContent).to.equal(payload.trim());
        counts.shownAsText += (el.shadowRoot!.textContent ?? '').split(payload.trim()).length - 1;
      });
      await feedStates(await serve(JSON.stringify(withStrings(feed, rejected, payload))), (key, el) => {
        counts.states++;
        checkSafe(el, `${key} (rejected fields) with ${JSON.stringify(payload)}`);
        expect(stateOf(el)).to.be.oneOf(['ready', 'empty']);
      });
      expect(watch.problems).to.deep.equal([]);
    }
  });

  it('nothing has run, also after the page had time to load every image and frame', async () => {
    await sleep(300);
    expect((window as unknown as Record<string, unknown>)[FLAG]).to.equal(undefined);
    expect(document.querySelectorAll('img, iframe, object, embed, svg').length, 'nothing added to the page').to.equal(0);
  });
});
