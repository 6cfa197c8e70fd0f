/**
 * Lit's hydration support, which must run before Lit's `LitElement` module: so it is the first
 * import of every entry (index.ts, each define.ts, react/index.ts; npm and CDN) and of the core. With it, an
 * element whose declarative shadow root the server wrote (`career-widgets/ssr`) adopts those
 * nodes instead of rendering a second copy next to them. An app that imports `lit` itself before
 * career-widgets (or imports a `…/class` module) must import `@lit-labs/ssr-client/lit-element-hydrate-support.js` first.
 */
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
