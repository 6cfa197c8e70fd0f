// Endpoints the browser tests call over real HTTP on the test runner's own server:
//   /test-api/profile?delay=MS&name=NAME   the seed profile (its name replaced), after a delay
//   /test-api/status/CODE                  an empty answer with that status
//   /test-api/text?body=…                  a text/plain answer
//   /test-api/hang?id=ID                   never answers; records when the client goes away
//   /test-api/requests?id=ID               what happened to the request with that id
//   /test-api/feed?shape=&bad=1&prefix=&delay=MS  a vacancy feed dated from today (see vacancy-feed.mjs)
// Hardening (test/hardening/):
//   POST /test-api/store?id=ID[&many=1]     keeps the body (many=1: a JSON array of texts, kept as ID/0, ID/1, …)
//   /test-api/stored?id=ID&type=&delay=MS  answers what was kept, as `type` (application/json)
//   /test-api/html                         a 200 text/html page, where JSON was expected
//   /test-api/truncated?cut=1&hold=MS      the seed profile cut in half (cut=1: claims the full length, then drops the connection after MS)
//   /test-api/redirect?to=URL&status=302   a redirect (loop=1: to itself)
//   /test-api/open?tag=T                   { total, open, finished, aborted } of the requests that carried ?tag=T
//   /test-api/cross-origin                 { origin } of a second server on another port: /profile, /feed (?cors=1 adds CORS headers)
// Hostile data (issue 17, test/hardening/hostile-data.test.ts):
//   /test-api/stream?id=ID                 an endless JSON body ("[0,0,0,…"), until the client goes away
//   /test-api/sent?id=ID                   { bytes, closed } of that stream
//   /test-api/big-title?mb=N               a feed of one posting whose title is N MB, streamed
//   /test-api/many-bad?n=N                 a feed of N postings, each without a title
//   /test-api/referer?tag=T                { referer } of the last request with ?tag=T (also at the cross-origin server)
// Any request with ?tag=T is counted under T: aborted means the client went away before the answer was sent.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { vacancyFeed } from './vacancy-feed.mjs';

const seed = () => JSON.parse(readFileSync(new URL('../../profiles/kaufmann-dialogmarketing.json', import.meta.url), 'utf8'));
const requests = new Map();
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Bodies posted to /test-api/store; the oldest go first beyond a few thousand. */
const stored = new Map();
function keep(id, text) {
  stored.set(id, text);
  if (stored.size > 5000) stored.delete(stored.keys().next().value);
}
async function readBody(req) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
}

/** Requests per tag: how many came, are still open, were answered, or were given up by the client. */
const tags = new Map();
/** The Referer header of the last request per tag. */
const referers = new Map();
const counts = (tag) => tags.get(tag) ?? { total: 0, open: 0, finished: 0, aborted: 0 };
function track(tag, res) {
  const count = counts(tag);
  tags.set(tag, count);
  count.total++;
  count.open++;
  res.once('close', () => {
    count.open--;
    if (res.writableFinished) count.finished++;
    else count.aborted++;
  });
}

/**
 * A second server on another port, so another origin: /profile and /feed (after ?delay=MS),
 * without CORS headers unless ?cors=1. Started on first use.
 */
let crossServer;
function crossOrigin() {
  crossServer ??= new Promise((resolve) => {
    const server = createServer(async (req, res) => {
      const url = new URL(req.url, 'http://localhost');
      const tag = url.searchParams.get('tag');
      if (tag) track(tag, res);
      if (tag) referers.set(tag, req.headers.referer ?? null);
      if (url.searchParams.has('delay')) await sleep(Number(url.searchParams.get('delay')));
      const headers = { 'Content-Type': 'application/json' };
      if (url.searchParams.get('cors') === '1') headers['Access-Control-Allow-Origin'] = '*';
      if (url.pathname === '/profile') return res.writeHead(200, headers).end(JSON.stringify(seed()));
      if (url.pathname === '/feed') return res.writeHead(200, headers).end(JSON.stringify(vacancyFeed()));
      res.writeHead(404, headers).end('{}');
    });
    server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${server.address().port}`));
    server.unref();
  });
  return crossServer;
}

export async function testApi(ctx, next) {
  if (!ctx.path.startsWith('/test-api/')) return next();
  const [, , route, arg] = ctx.path.split('/');
  const { query } = ctx;
  if (query.tag && route !== 'open' && route !== 'referer') {
    track(query.tag, ctx.res);
    referers.set(query.tag, ctx.get('referer') || null);
  }
  switch (route) {
    case 'store': {
      const body = await readBody(ctx.req);
      if (query.many) JSON.parse(body).forEach((text, i) => keep(`${query.id}/${i}`, text));
      else keep(query.id, body);
      ctx.body = '{}';
      return;
    }
    case 'stored': {
      if (query.delay) await sleep(Number(query.delay));
      if (!stored.has(query.id)) return void (ctx.status = 404);
      ctx.type = query.type ?? 'application/json';
      ctx.body = stored.get(query.id);
      return;
    }
    case 'html':
      ctx.type = 'text/html';
      ctx.body = '<!doctype html><html lang="en"><title>Sign in</title><h1>Please sign in</h1><p>{"not": "json"}</p></html>';
      return;
    case 'truncated': {
      const text = JSON.stringify(seed());
      const half = Buffer.from(text).subarray(0, text.length >> 1);
      if (!query.cut) return void ((ctx.type = 'application/json'), (ctx.body = half));
      // A connection that breaks in the middle of the body: the length promises more than ever comes.
      ctx.respond = false;
      ctx.res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(text) });
      ctx.res.write(half, () => setTimeout(() => ctx.res.destroy(), Number(query.hold ?? 50)));
      return;
    }
    case 'redirect':
      ctx.status = Number(query.status ?? 302);
      ctx.set('Location', query.loop ? ctx.url : query.to);
      ctx.body = '';
      return;
    case 'stream': {
      // Endless: as fast as the client reads, until it goes away.
      const record = { bytes: 0, closed: false };
      requests.set(query.id, record);
      ctx.respond = false;
      const res = ctx.res;
      res.writeHead(200, { 'Content-Type': 'application/json' });
      const chunk = Buffer.from('0,'.repeat(32 * 1024));
      res.write('[');
      const pump = () => {
        while (!record.closed && record.bytes < 4e9) {
          record.bytes += chunk.length;
          if (!res.write(chunk)) return void res.once('drain', pump);
        }
      };
      res.once('close', () => (record.closed = true));
      pump();
      return;
    }
    case 'sent':
      ctx.type = 'application/json';
      ctx.body = JSON.stringify(requests.get(query.id) ?? null);
      return;
    case 'big-title': {
      const megabytes = Number(query.mb ?? 100);
      ctx.respond = false;
      const res = ctx.res;
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.write('[{"title":"');
      const chunk = Buffer.from('x'.repeat(1024 * 1024));
      let left = megabytes;
      let closed = false;
      res.once('close', () => (closed = true));
      const pump = () => {
        while (!closed && left > 0) {
          left--;
          if (!res.write(chunk)) return void res.once('drain', pump);
        }
        if (!closed) res.end('","url":"https://jobs.example/1"}]');
      };
      pump();
      return;
    }
    case 'many-bad':
      ctx.type = 'application/json';
      ctx.body = JSON.stringify(Array.from({ length: Number(query.n ?? 50_000) }, (_, i) => ({ '@type': 'JobPosting', identifier: i })));
      return;
    case 'referer':
      ctx.type = 'application/json';
      ctx.body = JSON.stringify({ referer: referers.get(query.tag) ?? null });
      return;
    case 'open':
      ctx.type = 'application/json';
      ctx.body = JSON.stringify(counts(query.tag));
      return;
    case 'cross-origin':
      ctx.type = 'application/json';
      ctx.body = JSON.stringify({ origin: await crossOrigin() });
      return;
    case 'profile': {
      if (query.delay) await sleep(Number(query.delay));
      const profile = seed();
      if (query.name) profile.name = query.name;
      ctx.type = 'application/json';
      ctx.body = JSON.stringify(profile);
      return;
    }
    case 'feed':
      if (query.delay) await sleep(Number(query.delay));
      ctx.type = 'application/json';
      ctx.body = JSON.stringify(vacancyFeed({ shape: query.shape, bad: query.bad === '1', prefix: query.prefix }));
      return;
    case 'status':
      ctx.status = Number(arg);
      ctx.body = '';
      return;
    case 'text':
      ctx.type = 'text/plain';
      ctx.body = query.body ?? 'not json';
      return;
    case 'hang': {
      const record = { started: Date.now(), closed: false };
      requests.set(query.id, record);
      await new Promise((resolve) => {
        ctx.req.on('close', () => {
          record.closed = true;
          resolve();
        });
        setTimeout(resolve, 30_000);
      });
      ctx.body = '{}';
      return;
    }
    case 'requests':
      ctx.type = 'application/json';
      ctx.body = JSON.stringify(requests.get(query.id) ?? null);
      return;
    default:
      ctx.status = 404;
  }
}
