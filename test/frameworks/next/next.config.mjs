import { fileURLToPath } from 'node:url';

// The harness (test/frameworks/run.mjs) installs every app's packages once, in the folder above
// this app: Turbopack's root (where it resolves `next` and compiles from) is that folder.
const workspace = fileURLToPath(new URL('..', import.meta.url));

/** @type {import('next').NextConfig} */
export default { reactStrictMode: true, turbopack: { root: workspace }, outputFileTracingRoot: workspace };
