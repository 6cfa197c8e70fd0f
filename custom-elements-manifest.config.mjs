// `cem analyze` reads the JSDoc tags on each element class (@summary, @fires, @cssprop, @csspart)
// and writes custom-elements.json, which feeds Storybook's docs, editor completion and framework types.
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.styles.ts', 'src/**/*.strings.ts'],
  outdir: '.',
  litelement: true,
};
