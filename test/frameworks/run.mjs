#!/usr/bin/env node
// Real framework apps built from the packed package (issue 24): `npm pack` once, one shared npm
// install of every app's framework packages plus the tarball, each app built under the Node it
// needs, served, and checked in headless Chromium (playwright-core, the system Chromium).
//
// The contract of an app folder, test/frameworks/<app>/ (every folder holding a check.mjs is an app):
//   - package.json: "type": "module"; the framework packages in dependencies/devDependencies at exact
//     versions (no ranges: the shared install must stay reproducible, and two apps naming the same
//     package must name the same version, or the run stops and says so); `career-widgets` itself is
//     NOT listed: the harness installs the fresh tarball. "scripts.build" is the build command, run
//     in the app's copy with the workspace's node_modules/.bin on the PATH (npm is not involved).
//     Either "scripts.start" (a server; it gets PORT and must listen on 127.0.0.1:$PORT, e.g.
//     `next start -H 127.0.0.1 -p $PORT`) or "config.static" (the folder the build writes, served
//     by the harness's static server; default "dist"). An app that needs another Node lists npm's
//     `node` package at an exact version in devDependencies (and "allowScripts": {"node": true},
//     since its preinstall puts the binary in place); build and start then run under that binary.
//   - its source files, copied as they are into the workspace (node_modules/.cache/
//     career-widgets-frameworks/<app>/; the shared node_modules is the folder above it).
//   - check.mjs: `export default { 'what a person sees': async (t) => { … }, … }`, one entry a
//     check, run in order, each with a fresh browser context. `t` is
//       t.base                     the app's URL (no trailing slash)
//       t.open(path, { javaScript = true, init }) → { page, log }   a fresh page at base + path;
//                                  `init` (a function) runs before any page script; log collects
//                                  uncaught errors, console errors and warnings, HTTP errors
//       t.check(condition, message) throws with message unless condition holds
//       t.quiet(log)               fails on any error or warning logged so far
//     and helpers.mjs beside this file has what several apps need (the server-node marks, the quiz).
//     A check fails by throwing; its message is printed, nothing else is.
//
// Workspace reuse: the workspace's package.json is the union of the apps'; npm reuses what its
// node_modules already holds (CI starts clean: the first run is the cold one). The tarball is put in
// with --no-save each run, after the old copy is removed, and checked against dist/.
//
// Usage: node test/frameworks/run.mjs [app-filter]   (dist/ must be built: `npm run build`)
//   FRAMEWORKS_WORKSPACE=dir   another workspace (default node_modules/.cache/career-widgets-frameworks)
//   FRAMEWORKS_COLD=1          removes the workspace first (measures a cold run; add
//                              npm_config_cache=<empty dir> for a cold npm cache too)
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, extname, join, normalize, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { chromeArgs, requireChrome } from '../../scripts/find-chrome.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '../..');
const workspace = process.env.FRAMEWORKS_WORKSPACE ?? join(root, 'node_modules/.cache/career-widgets-frameworks');
const filter = process.argv[2] ?? '';
const started = Date.now();
const seconds = (since) => `${((Date.now() - since) / 1000).toFixed(1)} s`;
const EXACT = /^\d+\.\d+\.\d+(-[\w.]+)?$/;

/** Runs `command` (through the shell when `shell`), resolving with its output; rejects with the output on a non-zero exit. */
function run(command, args, { cwd, env = process.env, shell = false } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env, shell, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(output) : reject(new Error(`${[command, ...args].join(' ')} exited ${code}\n${output.trim()}`))));
  });
}

function fail(message) {
  console.log(`  ✗ ${message.split('\n').join('\n      ')}`);
  console.log('0 passed, 1 failed');
  process.exit(1);
}

// -- The apps and the shared install ---------------------------------------------------------------

// Every app's packages go into the one install, also when a filter picks fewer apps to run.
const allApps = readdirSync(here, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && existsSync(join(here, entry.name, 'check.mjs')))
  .map((entry) => ({ name: entry.name, dir: join(here, entry.name), pkg: JSON.parse(readFileSync(join(here, entry.name, 'package.json'), 'utf8')) }));
const apps = allApps.filter((app) => app.name.includes(filter));
if (apps.length === 0) fail(`no app in test/frameworks/ matches "${filter}"`);
for (const file of ['index.js', 'ssr/render-element.js']) {
  if (!existsSync(join(root, 'dist', file))) fail(`dist/${file} is missing: run \`npm run build\` first`);
}

/** The union of the apps' packages; an inexact version or two versions of one package stop the run. */
function mergedPackage() {
  const dependencies = {};
  const allowScripts = {};
  const from = {};
  for (const app of allApps) {
    for (const [name, version] of Object.entries({ ...app.pkg.dependencies, ...app.pkg.devDependencies })) {
      if (name === 'career-widgets') fail(`${app.name}/package.json lists career-widgets: leave it out, the harness installs the packed tarball`);
      if (!EXACT.test(version)) fail(`${app.name}/package.json: ${name} is "${version}", not an exact version`);
      if (dependencies[name] && dependencies[name] !== version) fail(`${name}: ${from[name]} wants ${dependencies[name]}, ${app.name} wants ${version}; the apps share one install, so pin one version`);
      dependencies[name] = version;
      from[name] = app.name;
    }
    Object.assign(allowScripts, app.pkg.allowScripts);
  }
  return { name: 'career-widgets-frameworks', private: true, dependencies, allowScripts };
}

async function install() {
  if (process.env.FRAMEWORKS_COLD) rmSync(workspace, { recursive: true, force: true });
  mkdirSync(workspace, { recursive: true });
  const t0 = Date.now();
  const packDir = mkdtempSync(join(tmpdir(), 'career-widgets-pack-'));
  const [{ filename }] = JSON.parse(await run('npm', ['pack', '--json', '--silent', '--pack-destination', packDir], { cwd: root }));
  const tarball = join(packDir, filename);
  const packed = Date.now();
  const manifest = `${JSON.stringify(mergedPackage(), null, 2)}\n`;
  const manifestFile = join(workspace, 'package.json');
  const reused = existsSync(manifestFile) && readFileSync(manifestFile, 'utf8') === manifest && existsSync(join(workspace, 'node_modules/.package-lock.json'));
  writeFileSync(manifestFile, manifest);
  // The tarball keeps its name from build to build: npm would take the old copy for it.
  rmSync(join(workspace, 'node_modules/career-widgets'), { recursive: true, force: true });
  await run('npm', ['install', '--no-save', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error', tarball], { cwd: workspace });
  rmSync(packDir, { recursive: true, force: true });
  const installed = join(workspace, 'node_modules/career-widgets/dist/index.js');
  if (!existsSync(installed) || readFileSync(installed, 'utf8') !== readFileSync(join(root, 'dist/index.js'), 'utf8')) {
    fail('the installed career-widgets is not the package just packed from dist/');
  }
  console.log(`  ✓ packed (${((packed - t0) / 1000).toFixed(1)} s) and installed ${Object.keys(JSON.parse(manifest).dependencies).length} framework packages + the tarball (${seconds(packed)}, ${reused ? 'node_modules reused' : 'fresh install'})`);
}

/** The Node an app's build and server run under: npm's `node` package if the app lists it, else this one. */
function nodeFor(app) {
  if (!app.pkg.devDependencies?.node && !app.pkg.dependencies?.node) return process.execPath;
  const binary = join(workspace, 'node_modules/node/bin/node');
  if (!existsSync(binary)) fail(`${app.name} needs npm's node package, but ${binary} is missing (its preinstall did not run: "allowScripts": {"node": true})`);
  return binary;
}

function envFor(app, extra = {}) {
  const bin = [dirname(nodeFor(app)), join(workspace, 'node_modules/.bin')];
  return { ...process.env, PATH: [...bin, process.env.PATH].join(':'), NEXT_TELEMETRY_DISABLED: '1', ASTRO_TELEMETRY_DISABLED: '1', ...extra };
}

// -- Serving ------------------------------------------------------------------------------------------

const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8', '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png', '.ico': 'image/x-icon', '.woff2': 'font/woff2' };

/** A static server for `folder` on a free port: `/a/` serves a/index.html, `/a` a.html or a/index.html. */
async function serveStatic(folder) {
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
    // No app ships an icon; the browser asks for one anyway.
    if (path === '/favicon.ico' && !existsSync(join(folder, 'favicon.ico'))) return response.writeHead(204).end();
    const file = normalize(join(folder, path));
    if (file !== folder && !file.startsWith(folder + sep)) return response.writeHead(403).end();
    for (const candidate of [file, `${file}.html`, join(file, 'index.html')]) {
      try {
        if ((await stat(candidate)).isFile()) {
          response.writeHead(200, { 'Content-Type': types[extname(candidate)] ?? 'application/octet-stream' });
          return response.end(await readFile(candidate));
        }
      } catch {
        // the next candidate
      }
    }
    response.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  return { base: `http://127.0.0.1:${server.address().port}`, stop: () => new Promise((done) => server.close(done)) };
}

/** Starts the app's own server (scripts.start) on a free port and waits until it answers. */
async function serveApp(app, cwd) {
  const probe = createServer();
  await new Promise((done) => probe.listen(0, '127.0.0.1', done));
  const port = probe.address().port;
  await new Promise((done) => probe.close(done));
  const child = spawn(app.pkg.scripts.start, { cwd, shell: true, detached: true, env: envFor(app, { PORT: String(port), NODE_ENV: 'production' }), stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const base = `http://127.0.0.1:${port}`;
  const stop = async () => {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  };
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${app.pkg.scripts.start} exited ${child.exitCode}\n${output.trim()}`);
    try {
      await fetch(base, { signal: AbortSignal.timeout(2000) });
      return { base, stop, output: () => output };
    } catch {
      await new Promise((done) => setTimeout(done, 250));
    }
  }
  await stop();
  throw new Error(`${app.pkg.scripts.start} did not answer on ${base} within 60 s\n${output.trim()}`);
}

// -- The checks ---------------------------------------------------------------------------------------

function check(condition, message) {
  if (!condition) throw new Error(message);
}
function quiet(log) {
  const problems = [...log.http, ...log.errors.map((e) => `uncaught: ${e}`), ...log.consoleErrors.map((e) => `console.error: ${e}`), ...log.warnings.map((e) => `console.warn: ${e}`)];
  check(problems.length === 0, `errors or warnings in the console:\n${problems.join('\n')}`);
}

async function checkApp(app, browser, base) {
  const { default: checks } = await import(pathToFileURL(join(app.dir, 'check.mjs')).href);
  let passed = 0;
  let failed = 0;
  for (const [name, run] of Object.entries(checks)) {
    const t0 = Date.now();
    const contexts = [];
    const t = {
      base,
      check,
      quiet,
      async open(path, { javaScript = true, init } = {}) {
        const context = await browser.newContext({ javaScriptEnabled: javaScript, viewport: { width: 1024, height: 768 } });
        contexts.push(context);
        if (init) await context.addInitScript(init);
        const page = await context.newPage();
        const log = { errors: [], warnings: [], consoleErrors: [], http: [] };
        page.on('response', (response) => response.status() >= 400 && log.http.push(`HTTP ${response.status()}: ${response.url()}`));
        page.on('pageerror', (error) => log.errors.push(error.message));
        page.on('console', (message) => {
          if (message.type() === 'warning') log.warnings.push(message.text());
          if (message.type() === 'error') log.consoleErrors.push(message.text());
        });
        const response = await page.goto(base + path);
        check(response?.ok(), `${path} answered ${response?.status()}`);
        return { page, log };
      },
    };
    let timer;
    try {
      await Promise.race([run(t), new Promise((_, reject) => (timer = setTimeout(() => reject(new Error('timed out after 60 s')), 60_000)))]);
      passed++;
      console.log(`  ✓ ${app.name}: ${name} (${seconds(t0)})`);
    } catch (error) {
      failed++;
      console.log(`  ✗ ${app.name}: ${name} (${seconds(t0)})\n      ${String(error?.message ?? error).split('\n').join('\n      ')}`);
    } finally {
      clearTimeout(timer);
      for (const context of contexts) await context.close().catch(() => undefined);
    }
  }
  return { passed, failed };
}

// -- The run ------------------------------------------------------------------------------------------

let passed = 0;
let failed = 0;
try {
  await install();
  passed++;
} catch (error) {
  fail(`install: ${error.message}`);
}
const browser = await chromium.launch({ executablePath: requireChrome(), headless: true, args: chromeArgs });
for (const app of apps) {
  const cwd = join(workspace, app.name);
  const t0 = Date.now();
  let server;
  try {
    // A fresh copy each run (the build's own caches go with it: a build here is a cold one, as in CI).
    rmSync(cwd, { recursive: true, force: true });
    cpSync(app.dir, cwd, { recursive: true, filter: (source) => !/[/\\](node_modules|dist|\.next|_site|\.astro)$/.test(source) });
    const node = nodeFor(app);
    const version = (await run(node, ['--version'])).trim();
    await run(app.pkg.scripts.build, [], { cwd, shell: true, env: envFor(app) });
    console.log(`  ✓ ${app.name}: built under Node ${version} (${seconds(t0)})`);
    passed++;
    server = app.pkg.scripts.start ? await serveApp(app, cwd) : await serveStatic(join(cwd, app.pkg.config?.static ?? 'dist'));
  } catch (error) {
    failed++;
    console.log(`  ✗ ${app.name}: build or start (${seconds(t0)})\n      ${String(error?.message ?? error).split('\n').slice(0, 40).join('\n      ')}`);
    continue;
  }
  try {
    const result = await checkApp(app, browser, server.base);
    passed += result.passed;
    failed += result.failed;
  } finally {
    await server.stop();
  }
}
await browser.close();
console.log(`\nframework apps (${apps.map((a) => a.name).join(', ')}): ${seconds(started)}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
