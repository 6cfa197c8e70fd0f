// Endpoints the browser tests call over real HTTP on the test runner's own server:
//   /test-api/profile?delay=MS&name=NAME   the seed profile (its name replaced), after a delay
//   /test-api/status/CODE                  an empty answer with that status
//   /test-api/text?body=…                  a text/plain answer
//   /test-api/hang?id=ID                   never answers; records when the client goes away
//   /test-api/requests?id=ID               what happened to the request with that id
//   /test-api/feed?shape=&bad=1&prefix=&delay=MS  a vacancy feed dated from today (see vacancy-feed.mjs)
import { readFileSync } from 'node:fs';
import { vacancyFeed } from './vacancy-feed.mjs';

const seed = () => JSON.parse(readFileSync(new URL('../../profiles/kaufmann-dialogmarketing.json', import.meta.url), 'utf8'));
const requests = new Map();
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

export async function testApi(ctx, next) {
  if (!ctx.path.startsWith('/test-api/')) return next();
  const [, , route, arg] = ctx.path.split('/');
  const { query } = ctx;
  switch (route) {
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
