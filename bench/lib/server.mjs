// A small HTTP server for the benchmark. It serves only what it is given, from memory: the
// CDN files and the profile, read once when the run starts (so another build that empties
// dist/ meanwhile cannot disturb a run), and the pages the benchmark generates (nothing
// generated is written to disk). Every answer is `no-store`, so each sample is a first
// visit; text is gzipped when the browser accepts it, as a CDN would. `?delay=ms` on any
// path holds its answer back that long.
import { createServer } from 'node:http';
import { extname } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
};

/** @param {Map<string, string | Buffer>} files by path (`/bench/four.html`); may be filled in later */
export async function startServer(files) {
  const gzipped = new Map();
  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const delay = Number(url.searchParams.get('delay') ?? 0);
    if (delay > 0) await new Promise((done) => setTimeout(done, delay));
    if (!files.has(url.pathname)) {
      response.writeHead(404, { 'Content-Type': 'text/plain', 'Cache-Control': 'no-store' }).end('Not found');
      return;
    }
    let body = Buffer.from(files.get(url.pathname));
    const headers = { 'Content-Type': TYPES[extname(url.pathname)] ?? 'application/octet-stream', 'Cache-Control': 'no-store' };
    if (/\bgzip\b/.test(request.headers['accept-encoding'] ?? '') && body.length > 1024) {
      if (!gzipped.has(url.pathname) || gzipped.get(url.pathname).source !== files.get(url.pathname)) {
        gzipped.set(url.pathname, { source: files.get(url.pathname), body: gzipSync(body, { level: 6 }) });
      }
      body = gzipped.get(url.pathname).body;
      headers['Content-Encoding'] = 'gzip';
    }
    headers['Content-Length'] = body.length;
    response.writeHead(200, headers).end(body);
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  return { origin: `http://127.0.0.1:${server.address().port}`, close: () => new Promise((done) => { server.close(done); server.closeAllConnections(); }) };
}
