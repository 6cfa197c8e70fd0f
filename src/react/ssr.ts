/**
 * The server half of the React wrappers (package.json `imports`: `#react-server-render`, condition
 * `node`): `renderElementSync` of `career-widgets/ssr`. Browsers and browser bundles get
 * nossr.ts instead, so `@lit-labs/ssr` never reaches a client bundle.
 */
export { renderElementSync as serverRender } from '../ssr/render-element.js';
