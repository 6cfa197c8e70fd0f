/**
 * Hardening, network faults, through the test runner's real server (and a
 * second one on another port for CORS): 404, 500, an HTML page, truncated
 * JSON, a connection that breaks, slow answers, timeouts, redirects, CORS
 * refusal, removal mid-request and rapid `src` / `feed` changes. Every element
 * ends in the right state, and the server sees no request left open.
 */
import { expect } from '@open-wc/testing';
import { strings } from '../../src/core/strings.js';
import { vacancyStrings } from '../../src/vacancy-teaser/vacancy-teaser.strings.js';
import type { VacancyTeaser } from '../../src/vacancy-teaser/vacancy-teaser.js';
import { SEED_URL } from '../helpers.js';
import { TAGS, allClosed, create, report, requestsTagged, settleWithin, sleep, stage, stateOf, uid, watchPage, type Tag } from './fuzz-helpers.js';

const t = strings.de;
const SEED_NAME = 'Kaufmann / Kauffrau für Dialogmarketing';
const counts = { faults: 0, elementRuns: 0, requests: 0 };

/** A URL on our server whose requests are counted under `tag`. */
const api = (route: string, tag: string, query: Record<string, string | number> = {}) =>
  `/test-api/${route}?${new URLSearchParams({ ...Object.fromEntries(Object.entries(query).map(([k, v]) => [k, String(v)])), tag })}`;

function listen(el: Element) {
  const seen = { load: 0, error: 0, names: [] as string[] };
  el.addEventListener('profile-load', (event) => {
    seen.load++;
    seen.names.push((event as CustomEvent).detail.profile.name);
  });
  el.addEventListener('profile-error', () => seen.error++);
  return seen;
}

/** The text of the error state, or undefined. */
const alertText = (el: Element) => el.shadowRoot!.querySelector('[part="error"][role="status"]')?.textContent?.trim();

describe('hardening: network faults', function () {
  this.timeout(60_000);
  let watch: ReturnType<typeof watchPage>;
  let container: HTMLElement;
  let crossOrigin: string;

  before(async () => {
    crossOrigin = (await (await fetch('/test-api/cross-origin')).json()).origin;
    expect(new URL(crossOrigin).origin).to.not.equal(location.origin);
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
  after(() => {
    report(`network faults: ${counts.faults} faults injected, ${counts.elementRuns} element runs, ${counts.requests} requests seen by the server, each test checking that none is left open`);
  });

  /**
   * Loads `src` in every element at once; checks the server closed every request. Where a test counts
   * requests, `src` differs per element: elements asking for one URL at one time share a request.
   */
  async function everyElement(src: (tag: Tag) => string, tag: string, attrs: Record<string, string> = {}) {
    const els = TAGS.map((name) => {
      const el = create(name, { ...attrs, src: src(name) });
      return { name, el, seen: listen(el) };
    });
    container.append(...els.map(({ el }) => el));
    await Promise.all(els.map(({ el }) => settleWithin(el, 8_000)));
    const server = await allClosed(tag);
    expect(server.open, 'no request left open').to.equal(0);
    counts.faults++;
    counts.elementRuns += els.length;
    counts.requests += server.total;
    return { els, server };
  }

  function expectError({ els }: Awaited<ReturnType<typeof everyElement>>, message: string) {
    for (const { name, el, seen } of els) {
      expect(stateOf(el), `<${name}>`).to.equal('error');
      expect(alertText(el), `<${name}>`).to.equal(message);
      expect(seen.error, `<${name}>: one profile-error`).to.equal(1);
      expect(seen.load).to.equal(0);
    }
    expect(watch.ours, 'one warning per element').to.have.length(els.length);
    expect(watch.problems).to.deep.equal([]);
  }

  function expectReady({ els }: Awaited<ReturnType<typeof everyElement>>, name = SEED_NAME) {
    for (const { name: tag, el, seen } of els) {
      expect(stateOf(el), `<${tag}>`).to.be.oneOf(['ready', 'empty']);
      expect(seen.names, `<${tag}>`).to.deep.equal([name]);
      expect(seen.error).to.equal(0);
    }
    expect(watch.ours).to.deep.equal([]);
    expect(watch.problems).to.deep.equal([]);
  }

  describe('the profile (src)', () => {
    it('404 and 500', async () => {
      for (const status of [404, 500]) {
        const tag = uid(`status-${status}`);
        const run = await everyElement(() => api(`status/${status}`, tag), tag);
        expectError(run, t.errorHttp(status));
        watch.ours.length = 0;
      }
    });

    it('a 200 HTML page where JSON was expected; JSON under another content type loads', async () => {
      const tag = uid('html');
      expectError(await everyElement((name) => api('html', tag, { element: name }), tag), t.errorJson);
      watch.ours.length = 0;
      // Our decision: the content type is not checked, only the body. Static hosts serve .json as text/plain
      // or application/octet-stream; the body is only ever parsed as JSON, so a wrong type cannot do harm.
      const id = uid('plain');
      await fetch(`/test-api/store?id=${id}`, { method: 'POST', body: JSON.stringify(await (await fetch(SEED_URL)).json()) });
      const plain = uid('plain-type');
      expectReady(await everyElement((name) => api('stored', plain, { id, type: 'text/plain', element: name }), plain));
    });

    it('JSON cut short, and a connection that breaks in the middle of the body', async () => {
      const tag = uid('truncated');
      expectError(await everyElement(() => api('truncated', tag), tag), t.errorJson);
      watch.ours.length = 0;
      const cut = uid('cut');
      expectError(await everyElement(() => api('truncated', cut, { cut: 1 }), cut), t.errorNetwork);
    });

    it('a body that stops coming is a timeout, and the request is closed', async () => {
      const tag = uid('stalled');
      const run = await everyElement((name) => api('truncated', tag, { cut: 1, hold: 20_000, element: name }), tag, { timeout: '500' });
      expectError(run, t.errorTimeout(0.5));
      expect(run.server.aborted, 'the client gave up every request').to.equal(5);
    });

    it('slow, but within the timeout', async () => {
      const tag = uid('slow');
      // One URL per element: the browser's cache would queue requests for one URL behind each other.
      const run = await everyElement((name) => api('profile', tag, { delay: 700, element: name }), tag, { timeout: '5000' });
      expectReady(run);
      expect(run.server.finished).to.equal(5);
    });

    it('no answer within the timeout: the error state, and the server sees the request go', async () => {
      const tag = uid('timeout');
      const run = await everyElement((name) => api('hang', tag, { id: uid(name) }), tag, { timeout: '400' });
      expectError(run, t.errorTimeout(0.4));
      expect(run.server.aborted).to.equal(5);
    });

    it('a redirect to the profile works; one to a 404, a redirect loop and one to another origin fail', async () => {
      const ok = uid('redirect-ok');
      expectReady(await everyElement(() => api('redirect', ok, { to: SEED_URL }), ok));
      const moved = uid('redirect-301');
      expectReady(await everyElement(() => api('redirect', moved, { to: SEED_URL, status: 301 }), moved));
      const missing = uid('redirect-404');
      expectError(await everyElement(() => api('redirect', missing, { to: '/test-api/status/404' }), missing), t.errorHttp(404));
      watch.ours.length = 0;
      const loop = uid('redirect-loop');
      const looping = await everyElement((name) => api('redirect', loop, { loop: 1, element: name }), loop);
      expectError(looping, t.errorNetwork);
      expect(looping.server.total, 'the browser gave up after 20 redirects').to.be.above(5 * 19);
      watch.ours.length = 0;
      const away = uid('redirect-cors');
      expectError(await everyElement(() => api('redirect', away, { to: `${crossOrigin}/profile?tag=${away}` }), away), t.errorNetwork);
    });

    it('another origin without CORS headers is refused; with them it loads', async () => {
      const refused = uid('cors-refused');
      const run = await everyElement((name) => `${crossOrigin}/profile?tag=${refused}&element=${name}`, refused);
      expect(run.server.total, 'the request reached the other server').to.equal(5);
      expectError(run, t.errorNetwork);
      watch.ours.length = 0;
      const allowed = uid('cors-allowed');
      expectReady(await everyElement(() => `${crossOrigin}/profile?cors=1&tag=${allowed}`, allowed));
    });

    it('addresses that cannot be fetched: a refused connection, other schemes, a malformed URL', async () => {
      const cases: [string, string][] = [
        ['http://127.0.0.1:1/profile.json', t.errorNetwork],
        ['http://[::1', t.errorNetwork],
        ['javascript:window.__cwPwned="src"', t.errorNetwork],
        ['file:///etc/passwd', t.errorNetwork],
        ['about:blank', t.errorNetwork],
        ['ftp://example.org/profile.json', t.errorNetwork],
        ['data:application/json,{"schemaVersion":1}', t.errorInvalid],
      ];
      for (const [src, message] of cases) {
        const tag = uid('unfetchable');
        expectError(await everyElement(() => src, tag), message);
        watch.ours.length = 0;
      }
      expect((window as unknown as Record<string, unknown>).__cwPwned).to.equal(undefined);
    });

    it('removal mid-request aborts it; a src set while detached waits for the element to come back', async () => {
      const tag = uid('removal');
      const els = TAGS.map((name) => create(name, { src: api('hang', tag, { id: uid(name) }) }));
      const seen = els.map(listen);
      container.append(...els);
      await waitFor(async () => (await requestsTagged(tag)).total === 5);
      els.forEach((el) => el.remove());
      const server = await allClosed(tag);
      expect(server).to.include({ total: 5, open: 0, aborted: 5 });
      for (const el of els) expect(stateOf(el)).to.equal('loading');

      // While detached, a new src must not start a request nobody will ever abort.
      const later = uid('detached');
      for (const el of els) el.src = api('profile', later, { element: el.localName });
      await Promise.all(els.map((el) => el.updateComplete));
      await sleep(300);
      expect((await requestsTagged(later)).total, 'no request from a detached element').to.equal(0);

      container.append(...els);
      await Promise.all(els.map((el) => settleWithin(el, 8_000)));
      for (const el of els) expect(stateOf(el)).to.be.oneOf(['ready', 'empty']);
      expect(await allClosed(later)).to.include({ total: 5, open: 0, finished: 5 });
      expect(seen.every((s) => s.error === 0 && s.load === 1)).to.be.true;

      // Removed with nothing in flight, given a new src while away: it loads that one when it comes back.
      els.forEach((el) => el.remove());
      const again = uid('detached-again');
      for (const el of els) el.src = api('profile', again, { name: 'Wieder da', element: el.localName });
      await Promise.all(els.map((el) => el.updateComplete));
      await sleep(100);
      expect((await requestsTagged(again)).total, 'no request from a detached element').to.equal(0);
      container.append(...els);
      await Promise.all(els.map((el) => settleWithin(el, 8_000)));
      expect(seen.map((s) => s.names[s.names.length - 1])).to.deep.equal(Array(5).fill('Wieder da'));
      expect(await allClosed(again)).to.include({ total: 5, open: 0, finished: 5 });
      expect(watch.ours).to.deep.equal([]);
      expect(watch.problems).to.deep.equal([]);
      counts.faults += 3;
      counts.elementRuns += 15;
      counts.requests += 15;
    });

    it('20 src changes in a row: the last one shows, every earlier request is aborted', async () => {
      for (const name of TAGS) {
        const tag = uid(`rapid-${name}`);
        const el = create(name);
        const seen = listen(el);
        container.append(el);
        for (let i = 0; i < 20; i++) {
          el.src = api('profile', tag, { name: `Profil ${i}`, delay: i === 19 ? 300 : 5_000 });
          // Each request reaches the server before the next change, so there is one to abort.
          await waitFor(async () => (await requestsTagged(tag)).total === i + 1);
        }
        await settleWithin(el, 8_000);
        expect(stateOf(el), `<${name}>`).to.be.oneOf(['ready', 'empty']);
        expect(seen.names, `<${name}>: only the last profile loads`).to.deep.equal(['Profil 19']);
        expect(await allClosed(tag), `<${name}>`).to.include({ total: 20, open: 0, aborted: 19, finished: 1 });
        counts.faults++;
        counts.elementRuns++;
        counts.requests += 20;
      }
      // All at once, in one task: one request, for the last.
      const burst = uid('burst');
      const el = create('salary-table');
      const seen = listen(el);
      container.append(el);
      for (let i = 0; i < 20; i++) el.src = api('profile', burst, { name: `Profil ${i}` });
      await settleWithin(el, 8_000);
      expect(seen.names).to.deep.equal(['Profil 19']);
      expect(await allClosed(burst)).to.include({ open: 0, total: 1 });
      expect(watch.ours).to.deep.equal([]);
      expect(watch.problems).to.deep.equal([]);
    });
  });

  describe('the feed of <vacancy-teaser>', () => {
    const notice = vacancyStrings.de.feedFailed;

    /** A teaser with the seed profile and `feed`; the feed is no profile: a fault shows the notice, never the error state. */
    async function teaser(feed: string, tag: string, attrs: Record<string, string> = {}) {
      const el = create('vacancy-teaser', { src: SEED_URL, feed, ...attrs }) as VacancyTeaser;
      const seen = listen(el);
      container.append(el);
      await settleWithin(el, 8_000);
      const server = await allClosed(tag);
      expect(server.open, 'no request left open').to.equal(0);
      expect(seen.error, 'a feed fault is no profile error').to.equal(0);
      expect(watch.problems).to.deep.equal([]);
      counts.faults++;
      counts.elementRuns++;
      counts.requests += server.total;
      return { el, server };
    }

    function expectNotice(el: Element) {
      expect(stateOf(el)).to.equal('empty');
      expect(el.shadowRoot!.querySelector('[part="notice"]')?.textContent?.trim()).to.equal(notice);
      expect(watch.ours, 'one warning').to.have.length(1);
      watch.ours.length = 0;
    }

    function expectList(el: Element, prefix = '') {
      expect(stateOf(el)).to.equal('ready');
      expect(el.shadowRoot!.querySelector('[part="notice"]')).to.equal(null);
      const employers = [...el.shadowRoot!.querySelectorAll('[part="employer"]')].map((p) => p.textContent);
      expect(employers).to.have.length(3);
      expect(employers.every((name) => name!.startsWith(prefix))).to.be.true;
      expect(watch.ours).to.deep.equal([]);
    }

    it('404, 500, an HTML page, JSON cut short, a broken connection', async () => {
      for (const route of ['status/404', 'status/500', 'html', 'truncated']) {
        const tag = uid('feed');
        expectNotice((await teaser(api(route, tag), tag)).el);
      }
      const tag = uid('feed-cut');
      expectNotice((await teaser(api('truncated', tag, { cut: 1 }), tag)).el);
    });

    it('slow within the timeout; no answer or a stalled body beyond it', async () => {
      const slow = uid('feed-slow');
      expectList((await teaser(api('feed', slow, { delay: 700 }), slow, { timeout: '5000' })).el);
      for (const [route, query] of [['hang', { id: uid('feed-hang') }], ['truncated', { cut: 1, hold: 20_000 }]] as const) {
        const tag = uid('feed-timeout');
        const { el, server } = await teaser(api(route, tag, query), tag, { timeout: '500' });
        expectNotice(el);
        expect(server.aborted).to.equal(1);
      }
    });

    it('a redirect to a feed works; one to a 404, a loop and one to another origin show the notice', async () => {
      const ok = uid('feed-redirect');
      expectList((await teaser(api('redirect', ok, { to: api('feed', ok) }), ok)).el);
      const missing = uid('feed-redirect-404');
      expectNotice((await teaser(api('redirect', missing, { to: '/test-api/status/404' }), missing)).el);
      const loop = uid('feed-loop');
      expectNotice((await teaser(api('redirect', loop, { loop: 1 }), loop)).el);
      const away = uid('feed-redirect-cors');
      expectNotice((await teaser(api('redirect', away, { to: `${crossOrigin}/feed?tag=${away}` }), away)).el);
    });

    // Finding: relative posting links resolved against the address the teaser asked for, not the one the
    // feed came from after a redirect; a feed moved to another folder or host linked to pages that are not there.
    it('a redirected feed: relative posting links resolve against where the feed was found', async () => {
      const tag = uid('feed-moved');
      const { el } = await teaser(api('redirect', tag, { to: '/test-api/feed/moved/list.json' }), tag, { limit: '20' });
      expect(stateOf(el)).to.equal('ready');
      const berlin = [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('a[part="link"]')].find((a) => a.href.endsWith('/DM-101'));
      expect(berlin?.href).to.equal(new URL('/test-api/feed/moved/stellen/DM-101', location.href).href);
      expect(watch.ours).to.deep.equal([]);
    });

    it('another origin without CORS headers is refused; with them it loads', async () => {
      const refused = uid('feed-cors');
      const { el, server } = await teaser(`${crossOrigin}/feed?tag=${refused}`, refused);
      expect(server.total).to.equal(1);
      expectNotice(el);
      const allowed = uid('feed-cors-ok');
      expectList((await teaser(`${crossOrigin}/feed?cors=1&tag=${allowed}`, allowed)).el);
    });

    it('removal mid-request aborts it; a feed set while detached waits for the element to come back', async () => {
      const tag = uid('feed-removal');
      const el = create('vacancy-teaser', { src: SEED_URL, feed: api('hang', tag, { id: uid('feed-removal') }) }) as VacancyTeaser;
      container.append(el);
      await waitFor(async () => (await requestsTagged(tag)).total === 1);
      el.remove();
      expect(await allClosed(tag)).to.include({ total: 1, open: 0, aborted: 1 });
      const later = uid('feed-detached');
      el.feed = api('feed', later);
      await el.updateComplete;
      await sleep(300);
      expect((await requestsTagged(later)).total, 'no request from a detached element').to.equal(0);
      container.append(el);
      await settleWithin(el, 8_000);
      expectList(el);
      expect(await allClosed(later)).to.include({ total: 1, open: 0 });
      // Removed with nothing in flight, given a new feed while away: it loads that one when it comes back.
      el.remove();
      const again = uid('feed-detached-again');
      el.feed = api('feed', again, { prefix: 'Wieder-' });
      await el.updateComplete;
      await sleep(100);
      expect((await requestsTagged(again)).total, 'no request from a detached element').to.equal(0);
      container.append(el);
      await settleWithin(el, 8_000);
      expectList(el, 'Wieder-');
      expect(await allClosed(again)).to.include({ total: 1, open: 0, finished: 1 });
      counts.faults += 2;
      counts.elementRuns += 2;
    });

    it('20 feed changes in a row: the last one shows, every earlier request is aborted', async () => {
      const tag = uid('feed-rapid');
      const el = create('vacancy-teaser', { src: SEED_URL }) as VacancyTeaser;
      container.append(el);
      await settleWithin(el, 8_000);
      for (let i = 0; i < 20; i++) {
        el.feed = api('feed', tag, { prefix: `F${i}-`, delay: i === 19 ? 300 : 5_000 });
        await waitFor(async () => (await requestsTagged(tag)).total === i + 1);
      }
      await settleWithin(el, 8_000);
      expectList(el, 'F19-');
      expect(await allClosed(tag)).to.include({ total: 20, open: 0, aborted: 19, finished: 1 });
      counts.faults++;
      counts.elementRuns++;
      counts.requests += 20;
    });
  });
});

/** Polls `condition` until it holds (at most `wait` ms). */
async function waitFor(condition: () => Promise<boolean>, wait = 5_000) {
  const until = performance.now() + wait;
  while (!(await condition())) {
    if (performance.now() > until) throw new Error('condition not met in time');
    await sleep(20);
  }
}
