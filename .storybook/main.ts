import { readFileSync } from 'node:fs';
import type { StorybookConfig } from '@storybook/web-components-vite';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

/**
 * Storybook for designers: every element in every state, with toolbar globals
 * (language, colour scheme, heading level, brand theme, profile) and docs from the
 * custom-elements manifest. `npm run storybook` / `npm run build-storybook`
 * run `cem analyze` first, so custom-elements.json is always current.
 */
const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true },
  // profiles/ over real HTTP at ./profiles/, for the stories that load the seed (or a feed) with `src`.
  // Only the static build mounts it: the dev server (Vite) serves the project's files at those same
  // URLs already, and a mount there would answer Vite's own JSON-module requests with raw JSON.
  staticDirs: (dirs = [], { configType }) => (configType === 'PRODUCTION' ? [...dirs, { from: '../profiles', to: '/profiles' }] : dirs),
  viteFinal: (viteConfig) => ({
    ...viteConfig,
    define: { ...viteConfig.define, __CW_VERSION__: JSON.stringify(version) },
    // Quiet builds: Storybook's own docs bundle is over Vite's 500 kB warning, which is not ours to fix.
    logLevel: 'warn',
    build: { ...viteConfig.build, chunkSizeWarningLimit: 2048 },
    // One copy of Lit in the dev server: Storybook's renderer imports lit/directive-helpers.js,
    // which Vite would otherwise serve unbundled beside the pre-bundled lit ("Multiple versions of Lit").
    optimizeDeps: {
      ...viteConfig.optimizeDeps,
      include: [...(viteConfig.optimizeDeps?.include ?? []), 'lit', 'lit/decorators.js', 'lit/directive-helpers.js'],
    },
  }),
};

export default config;
