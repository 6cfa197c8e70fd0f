// `cem analyze` reads the JSDoc tags on each element class (@summary, @fires {CustomEvent<Detail>},
// @cssprop {<syntax>} [--name=default], @csspart, @slot, @attr {type}) and writes custom-elements.json,
// which feeds Storybook's docs, editor data and the framework types (scripts/generate-framework-types.mjs).
// `npm run lint:manifest` (scripts/check-manifest.mjs) checks that it is complete.
import { readFileSync } from 'node:fs';

const { version } = JSON.parse(readFileSync('./package.json', 'utf8'));

/**
 * What the analyzer leaves as a name: a default that is a constant (`= NO_PROFILE_GRACE_MS`) gets
 * the constant's value (`2000`), `VERSION` the package's version; and the CSS syntax goes into the
 * field schema 2 names for it.
 */
function completions() {
  return {
    name: 'career-widgets-completions',
    packageLinkPhase({ customElementsManifest }) {
      const declarations = customElementsManifest.modules.flatMap((m) => m.declarations ?? []);
      const constants = new Map(declarations.filter((d) => d.kind === 'variable' && d.default).map((d) => [d.name, d.default]));
      constants.set('VERSION', JSON.stringify(version)); // `__CW_VERSION__`, put in by the build
      const value = (text) => (/^[\d_.]+$/.test(text) ? String(Number(text.replaceAll('_', ''))) : text);
      for (const declaration of declarations) {
        for (const member of declaration.members ?? []) {
          if (member.kind === 'field' && constants.has(member.default)) member.default = value(constants.get(member.default));
        }
        // The analyzer puts `@cssprop {<color>}` into `type`; schema 2 calls it `syntax`. Both stay:
        // the editor-data generators read `type`.
        for (const property of declaration.cssProperties ?? []) if (property.type?.text) property.syntax = property.type.text;
      }
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  // src/cdn/: the loader, no element (and no module of the npm build).
  exclude: ['src/**/*.styles.ts', 'src/**/*.strings.ts', 'src/cdn/**'],
  outdir: '.',
  litelement: true,
  // package.json's `customElements` names the published copy, dist/custom-elements.json (paths into
  // dist/, written by scripts/generate-framework-types.mjs): the analyzer must not reset it.
  packagejson: false,
  plugins: [completions()],
};
