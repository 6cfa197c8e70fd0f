import { readFileSync } from 'node:fs';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { requireChrome, chromeArgs } from './scripts/find-chrome.mjs';
import { testApi } from './test/server/test-api.mjs';
import { cdpPlugin } from './test/server/cdp-plugin.mjs';

const executablePath = requireChrome();
const { version } = JSON.parse(readFileSync('./package.json', 'utf8'));

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  // One page at a time: a background tab gets no animation frames, and fixtures wait for one.
  concurrency: 1,
  testFramework: { config: { timeout: 10_000 } },
  middleware: [testApi],
  plugins: [cdpPlugin(), esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json', define: { __CW_VERSION__: JSON.stringify(version) } })],
  browsers: [chromeLauncher({ launchOptions: { executablePath, headless: true, args: chromeArgs } })],
};
