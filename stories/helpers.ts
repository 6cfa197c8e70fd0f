/**
 * What every stories file shares. A new element's stories are one file,
 * stories/<tag>.stories.ts:
 *
 *   import '../src/<tag>/define.js';
 *   import { elementMeta, states, withoutSections, type ElementStory } from './helpers.js';
 *   export default { title: 'Elements/<Name>', ...elementMeta('<tag>') };   // the title written here: Storybook reads it without running the file
 *   export const Ready: ElementStory = { name: 'Ready' };          // the toolbar's profile
 *   export const Loading: ElementStory = { ...states.loading, name: 'Loading' };
 *   export const MissingSection: ElementStory = { name: 'Missing section', args: { profile: withoutSections('seed', '<section>') } };
 *   …
 *
 * Controls and docs come from custom-elements.json (see .storybook/preview.ts);
 * the toolbar's language, scheme and theme apply to every story by themselves.
 */
import { html } from 'lit';
import type { Args, Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { storyProfile, type ProfileName } from './profiles/index.js';

export { profiles, storyProfile, withoutSections, type ProfileName } from './profiles/index.js';

export type ElementStory = StoryObj;

/** Story parameters of ours, under `parameters.cw`. */
export interface CwParameters {
  /** `false`: the story gives the element no profile at all (not even the toolbar's). */
  toolbarProfile?: boolean;
}

/** The seed profile over HTTP, for `src` stories (the static build mounts profiles/ there; the dev server serves it as it is). */
export const SEED_URL = './profiles/kaufmann-dialogmarketing.json';

/**
 * A URL the preview never answers: requests to it stay open until the element
 * aborts them (it is removed, or its `timeout` passes). A static Storybook has
 * no server of its own to hang a request, so the preview holds these few
 * requests itself; everything else goes to the real `fetch`. The element
 * really calls `fetch` and really waits, so its loading state is its own.
 */
export const NEVER_ANSWERS_URL = './never-answers/kaufmann-dialogmarketing.json';

/** Installed once by .storybook/preview.ts. */
export function holdNeverAnsweringRequests() {
  const realFetch = window.fetch.bind(window);
  window.fetch = (input, init) => {
    const url = input instanceof Request ? input.url : String(input);
    if (!url.includes('/never-answers/')) return realFetch(input, init);
    const signal = init?.signal ?? (input instanceof Request ? input.signal : undefined);
    return new Promise((_resolve, reject) => {
      const abort = () => reject(signal?.reason ?? new DOMException('The request was aborted.', 'AbortError'));
      if (signal?.aborted) abort();
      signal?.addEventListener('abort', abort, { once: true });
    });
  };
}

/** A profile URL that does not exist: the static build (and the dev server) answer 404. */
export const MISSING_URL = './profiles/no-such-profession.json';

// -- The states every element has, ready to spread into a story ----------------
//
// Storybook indexes story files without running them, so a story's `name`
// must be written in the story file itself (a spread one would be ignored by
// the sidebar). The `tags` here are real at run time, which is where the story
// test (scripts/test-storybook.mjs) reads them.

export const states = {
  /**
   * Loading: `src` never answers, and the element waits a day before it gives up.
   * Tagged `loading`, so the story test checks for `aria-busy` instead of waiting.
   */
  loading: { args: { src: NEVER_ANSWERS_URL, timeout: 86_400_000 }, tags: ['loading'] },
  /** Ready, with the profile loaded over HTTP from `src` instead of the toolbar's profile. */
  fromSrc: { args: { src: SEED_URL } },
  /** Ready in English (the toolbar's language is locked to English for this story). */
  english: { globals: { lang: 'en' } },
  /** Ready on a dark page (the toolbar's scheme is locked to dark). */
  dark: { globals: { scheme: 'dark' } },
  /** Ready with very long German compound words: the layout must hold. */
  longWords: { globals: { profile: 'long-words' } },
  /** Ready with the fewest fields. */
  minimal: { globals: { profile: 'minimal' } },
  /** Error: the profile is invalid. The details go to `profile-error` and one console.warn. */
  invalid: { globals: { profile: 'broken' } },
  /**
   * Error: `src` answers 404. Tagged `http-error`: the browser itself logs the
   * failed request as a console error, which the story test allows here only.
   */
  http404: { args: { src: MISSING_URL }, tags: ['http-error'] },
  /** Error: `src` does not answer within `timeout` (1 s here). */
  timeout: { args: { src: NEVER_ANSWERS_URL, timeout: 1000 } },
  /** Error: no profile, no inline script, no `src`. */
  noProfile: { parameters: { cw: { toolbarProfile: false } satisfies CwParameters } },
  /** In a narrow container (20rem, a sidebar): the elements' container queries take their narrow layout. */
  narrow: { decorators: [(story) => html`<div class="cw-narrow">${story()}</div>`] },
} satisfies Record<string, ElementStory>;

// -- Meta and render ------------------------------------------------------------

/**
 * The meta of one element's stories file: `export default { title: 'Elements/<Name>', ...elementMeta('<tag>') };`
 * (the title in the file itself, where Storybook's indexer reads it; .storybook/preview.ts sorts the groups).
 */
export function elementMeta(tag: string, meta: Meta = {}): Meta {
  return {
    component: tag,
    render: renderElement,
    ...meta,
  };
}

/**
 * Creates the element and applies the story's args by what the manifest says
 * they are: attributes as attributes, properties as properties, CSS custom
 * properties on the element, event actions as listeners. With neither a
 * `profile` arg nor `src`, the element gets the toolbar's profile (a copy).
 */
export function renderElement(args: Args, context: StoryContext): HTMLElement {
  const el = document.createElement(context.component as string) as HTMLElement & Record<string, unknown>;
  for (const [key, value] of Object.entries(args)) {
    const argType = context.argTypes[key];
    const category = argType?.table?.category;
    if (typeof argType?.action === 'string' && typeof value === 'function') {
      el.addEventListener(argType.action, value as EventListener);
    } else if (value === undefined || value === null || value === '' || value === false) {
      continue;
    } else if (category === 'css custom properties') {
      // Storybook's own page, not a library template: a CSP rule against inline styles does not apply here.
      el.style.setProperty(key, String(value));
    } else if (category === 'attributes' && typeof value !== 'object') {
      el.setAttribute(key, value === true ? '' : String(value));
    } else if (typeof value !== 'function') {
      el[key] = value;
    }
  }
  // The toolbar's heading level, unless the story's own control sets one.
  if (!el.hasAttribute('heading-level') && args.headingLevel === undefined && context.globals.headingLevel) {
    el.setAttribute('heading-level', String(context.globals.headingLevel));
  }
  const cw = (context.parameters.cw ?? {}) as CwParameters;
  if (args.profile === undefined && !args.src && cw.toolbarProfile !== false) {
    el.profile = storyProfile((context.globals.profile ?? 'seed') as ProfileName);
  }
  return el;
}
