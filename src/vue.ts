/**
 * `career-widgets/vue`: Vue's compiler leaves our tags to the browser (custom elements) instead of
 * looking for Vue components of those names. For Vite:
 * `vue({ template: { compilerOptions: { isCustomElement } } })`; for Nuxt:
 * `vue: { compilerOptions: { isCustomElement } }` in nuxt.config (docs/frameworks.md).
 * Imports nothing else: it loads in a Node config file.
 */
import { TAGS, type Tag } from './core/tags.js';

const ours: ReadonlySet<string> = new Set(TAGS);

/** True for the tags of this package (`salary-table`, `profession-page`, …), false for any other. */
export const isCustomElement = (tag: string): tag is Tag => ours.has(tag);

/** Vue's compiler options with `isCustomElement`, to spread or pass as they are. */
export const compilerOptions: { isCustomElement: (tag: string) => boolean } = { isCustomElement };

export { TAGS, type Tag };
