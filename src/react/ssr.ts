/**
 * The server half of the React wrappers (package.json `imports`: `#react-server-render`, condition
 * `node`): `renderElementSync` of `career-widgets/ssr`. Browsers and browser bundles get nossr.ts
 * instead, so `@lit-labs/ssr` never reaches a client bundle.
 *
 * `@lit-labs/ssr` is an optional peer dependency: without it the wrappers still render on the
 * server, as bare tags that the browser fills in, and one warning names the package to install.
 */
import type { ServerRender } from './wrapper.js';

let serverRender: ServerRender | undefined;
try {
  serverRender = (await import('../ssr/render-element.js')).renderElementSync as ServerRender;
} catch (error) {
  if ((error as { code?: string })?.code !== 'CAREER_WIDGETS_MISSING_PEER') throw error;
  console.warn(`career-widgets/react: elements are not pre-rendered. ${(error as Error).message}`);
}

export { serverRender };
