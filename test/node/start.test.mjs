// `npm start` after its build step: the demo server on `PORT` (default 8000), and on a taken port
// one line that says what to do and a non-zero exit, not the dev server's EADDRINUSE stack.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const SERVE = 'wds --config web-dev-server.config.mjs';
const { scripts } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

/** Runs the serving half of `npm start` with `env`; resolves when it exits or `ready(output)` says so. */
function serve(env, ready = () => false) {
  const child = spawn(join(root, 'node_modules/.bin/wds'), ['--config', 'web-dev-server.config.mjs'], { cwd: root, env: { ...process.env, ...env } });
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => (child.kill(), reject(new Error(`no answer in 20 s:\n${output}`))), 20_000);
    const done = (code) => (clearTimeout(timer), resolve({ code, output, child }));
    for (const stream of [child.stdout, child.stderr]) stream.on('data', (chunk) => (output += chunk) && ready(output) && done(null));
    child.on('exit', (code) => done(code));
  });
}
/** A port this test holds, as another program would. */
async function occupy() {
  const server = createServer();
  await new Promise((resolve) => server.listen({ port: 0 }, resolve));
  return server;
}

test('npm start serves with that command', () => {
  assert.ok(scripts.start.endsWith(`&& ${SERVE}`), scripts.start);
});

test('a taken PORT: one clear line, exit 1, no stack', async () => {
  const holder = await occupy();
  const { port } = holder.address();
  try {
    const { code, output } = await serve({ PORT: String(port) });
    assert.equal(code, 1);
    assert.equal(output.trim(), `Port ${port} is taken: run PORT=${port + 1} npm start`);
  } finally {
    holder.close();
  }
});

test('a free PORT: the demo is served there', async () => {
  const holder = await occupy();
  const { port } = holder.address();
  await new Promise((resolve) => holder.close(resolve));
  const { child, output } = await serve({ PORT: String(port) }, (out) => out.includes(`localhost:${port}`));
  try {
    assert.match(output, new RegExp(`http://localhost:${port}/`));
    const response = await fetch(`http://localhost:${port}/`, { redirect: 'manual' });
    assert.equal(response.status, 302);
    assert.equal(response.headers.get('location'), '/demo/');
  } finally {
    child.kill();
  }
});

test('PORT that is no port number: one line, exit 1', async () => {
  const { code, output } = await serve({ PORT: 'eighty' });
  assert.equal(code, 1);
  assert.equal(output.trim(), 'PORT must be a port number (1-65535), not "eighty".');
});
