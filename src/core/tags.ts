/**
 * Every tag this package defines, in one place: the server renderer (`career-widgets/ssr`, the
 * CLI's `render`), the Vue/Nuxt `isCustomElement` check (`career-widgets/vue`) and the tests read it.
 * No import: it loads in a Node config file (vite.config, nuxt.config) without Lit.
 */
export const TAGS = [
  'salary-table',
  'career-path',
  'profession-quiz',
  'career-quiz',
  'vacancy-teaser',
  'profession-facts',
  'profession-tasks',
  'profession-workplaces',
  'profession-suitability',
  'training-contents',
  'profession-application',
  'profession-page',
  'similar-professions',
  'profession-finder',
] as const;
export type Tag = (typeof TAGS)[number];

/** The tags that read a catalog (`catalog` in RenderOptions), and the one that reads an item bank too. */
export const CATALOG_TAGS: readonly Tag[] = ['profession-page', 'similar-professions', 'profession-finder'];
