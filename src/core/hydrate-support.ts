/**
 * Lit's hydration support, which must run before Lit's `LitElement` module: so it is the first
 * import of the core (profile-element.ts), and with it of every entry (npm and CDN). With it, an
 * element whose declarative shadow root the server wrote (`career-widgets/ssr`) adopts those
 * nodes instead of rendering a second copy next to them. An app that imports `lit` itself before
 * career-widgets must import `@lit-labs/ssr-client/lit-element-hydrate-support.js` first.
 */
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
