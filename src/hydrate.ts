/**
 * `career-widgets/hydrate`: Lit's hydration support, for an app that imports single tags
 * (`career-widgets/salary-table`, which leave it out) onto pages pre-rendered with
 * `career-widgets/ssr`. Import it first, before any tag and before `lit`: the elements then take
 * over the server's nodes instead of rendering them afresh. `career-widgets` (every tag) and
 * `career-widgets/react` import it themselves.
 */
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
