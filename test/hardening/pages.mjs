#!/usr/bin/env node
// Page-level hardening, each case on a fresh page of a headless Chromium, against the built
// package (dist/: run `npm run build` first): host pages with hostile global CSS, Bootstrap 5
// and Tailwind's preflight; registration (the CDN bundle twice, npm build and CDN bundle
// together, a tag taken by someone else); lifecycle (connect / disconnect / move cycles and
// profile swaps: listeners, timers, observers, requests, heap); scale (200 elements, a 1 MB
// profile, no long task over 300 ms; 1,000 and 2,000 tables with one src, and the loader adding
// 900 one a task, against the browser's time for the same tables pre-rendered); hostile markup (names
// that shadow the document's built-ins, inline profiles however the script comes, fragments that do not decode).
//
// Usage: node test/hardening/pages.mjs [name-filter]
// Ends with one line "N passed, N failed"; exits 1 when a case failed or none ran.
import { runAll } from './pages/harness.mjs';
import './pages/host-pages.mjs';
import './pages/registration.mjs';
import './pages/lifecycle.mjs';
import './pages/scale.mjs';
import './pages/hostile-markup.mjs';

const ok = await runAll({ filter: process.argv[2] ?? '' });
process.exit(ok ? 0 : 1);
