// `cem analyze` reads the JSDoc tags on each element class (@summary, @fires, @cssprop, @csspart)
// and writes custom-elements.json, which feeds Storybook's docs, editor completion and framework types.
export default {
  globs: ['src/**/*.ts'],
  // src/cdn/: the loader, no element (and no module of the npm build).
  exclude: ['src/**/*.styles.ts', 'src/**/*.strings.ts', 'src/cdn/**'],
  outdir: '.',
  litelement: true,
  // package.json's `customElements` names the published copy, dist/custom-elements.json (paths into
  // dist/, written by scripts/generate-framework-types.mjs): the analyzer must not reset it.
  packagejson: false,
};
