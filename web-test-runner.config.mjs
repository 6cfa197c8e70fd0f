import { readFileSync } from 'node:fs';
import { defaultReporter } from '@web/test-runner';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { requireChrome, chromeArgs } from './scripts/find-chrome.mjs';
import { testApi } from './test/server/test-api.mjs';
import { cdpPlugin } from './test/server/cdp-plugin.mjs';

const executablePath = requireChrome();

/**
 * The default reporter, without the 404s of a test file whose tests all passed: many tests ask for
 * a missing profile or feed on purpose (their 404s are the point, not noise); a failing file still
 * lists them (issue 27: twelve blocks of 404s in a green run).
 */
function quietReporter() {
  const reporter = defaultReporter();
  return {
    ...reporter,
    reportTestFileResults: (args) =>
      reporter.reportTestFileResults({ ...args, sessionsForTestFile: args.sessionsForTestFile.map((s) => (s.passed ? { ...s, request404s: [] } : s)) }),
  };
}
const { version } = JSON.parse(readFileSync('./package.json', 'utf8'));

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  // One page at a time: a background tab gets no animation frames, and fixtures wait for one.
  concurrency: 1,
  testFramework: { config: { timeout: 10_000 } },
  middleware: [testApi],
  reporters: [quietReporter()],
  // The tests run Lit's development build (its extra checks warn us); its banner on every page is
  // the one known harmless line, and the only browser log left out.
  filterBrowserLogs: ({ args }) => !(typeof args[0] === 'string' && args[0].startsWith('Lit is in dev mode.')),
  plugins: [cdpPlugin(), esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json', define: { __CW_VERSION__: JSON.stringify(version) } })],
  browsers: [chromeLauncher({ launchOptions: { executablePath, headless: true, args: chromeArgs } })],
};
