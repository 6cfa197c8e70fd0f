import { html } from 'lit';
import { setCustomElementsManifest, type Decorator, type Preview, type WebComponentsRenderer } from '@storybook/web-components-vite';
import type { ArgTypesEnhancer, StrictArgTypes } from 'storybook/internal/types';
import manifest from '../custom-elements.json';
import { profileTitles, type ProfileName } from '../stories/profiles/index.js';
import { holdNeverAnsweringRequests } from '../stories/helpers.js';
import { storyWrapperCss, themes, type Scheme, type ThemeName } from './themes.js';

// ---------------------------------------------------------------------------
// Docs and controls from custom-elements.json (written by `cem analyze`).

interface Member {
  kind: string;
  name: string;
  privacy?: string;
  static?: boolean;
  readonly?: boolean;
}
interface Declaration {
  tagName?: string;
  members?: Member[];
}
interface Manifest {
  modules: { declarations?: Declaration[] }[];
}

const declarations = (manifest as Manifest).modules.flatMap((module) => module.declarations ?? []);
/** Public properties that cannot be set (e.g. `settled`): documented, but no control. */
const readonlyMembers = new Set<string>();

// The docs show the public API only: no private, protected or static members.
setCustomElementsManifest({
  ...manifest,
  modules: (manifest as Manifest).modules.map((module) => ({
    ...module,
    declarations: module.declarations?.map((declaration) => ({
      ...declaration,
      members: declaration.members?.filter((member) => {
        if (member.readonly) readonlyMembers.add(member.name);
        return !member.privacy || member.privacy === 'public' ? !member.static : false;
      }),
    })),
  })),
});

/** A control for a manifest type such as `'table' | 'chart' | 'both'`, `number`, `string | undefined`. */
function controlFor(typeText: string) {
  const literals = [...typeText.matchAll(/'([^']*)'|"([^"]*)"/g)].map((match) => match[1] ?? match[2]);
  const rest = typeText.replace(/'[^']*'|"[^"]*"/g, '').replace(/[|\s]|undefined|null/g, '');
  if (literals.length > 0 && rest === '') return { control: { type: 'inline-radio' as const }, options: literals };
  if (/\bboolean\b/.test(typeText)) return { control: { type: 'boolean' as const } };
  if (/\bnumber\b/.test(typeText)) return { control: { type: 'number' as const } };
  if (/\bstring\b/.test(typeText)) return { control: { type: 'text' as const } };
  return { control: { type: 'object' as const } };
}

/**
 * The manifest gives types as text, which Storybook cannot turn into controls.
 * This picks them: colour pickers for `--cw-color-*`, text for other custom
 * properties, radios for string unions, none for events and parts. A control
 * a story file sets itself wins. Event arg types get the event's name as
 * their action, which `renderElement` (stories/helpers.ts) listens for.
 */
const manifestControls: ArgTypesEnhancer<WebComponentsRenderer> = ({ argTypes }) => {
  const enhanced: StrictArgTypes = {};
  for (const [key, argType] of Object.entries(argTypes)) {
    const category = argType.table?.category;
    let extra: Record<string, unknown> = {};
    if (argType.action && typeof argType.action === 'object') {
      extra = { action: (argType.action as { name: string }).name };
    } else if (argType.control !== undefined) {
      extra = {};
    } else if (category === 'css custom properties') {
      extra = { control: { type: key.startsWith('--cw-color') ? 'color' : 'text' } };
    } else if (category === 'events' || category === 'css shadow parts' || category === 'slots' || readonlyMembers.has(key)) {
      extra = { control: false };
    } else if (category === 'attributes' || category === 'properties') {
      extra = controlFor(String(argType.table?.type?.summary ?? ''));
    }
    enhanced[key] = { ...argType, ...extra };
  }
  return enhanced;
};

// ---------------------------------------------------------------------------
// Toolbar globals, applied by one decorator.

const wrapperSheet = new CSSStyleSheet();
wrapperSheet.replaceSync(storyWrapperCss());
document.adoptedStyleSheets = [...document.adoptedStyleSheets, wrapperSheet];

// The loading stories point `src` at a URL that never answers (see helpers.ts).
holdNeverAnsweringRequests();

/**
 * Language, colour scheme and brand theme for every story: a wrapper with
 * `lang`, `data-scheme` (the page's colours and `color-scheme`, which the
 * elements take, as on a host page) and `data-theme` (the theme's `--cw-*`
 * values, from themes.ts). The profile switcher and the heading level are read
 * by `renderElement` in stories/helpers.ts.
 */
const withGlobals: Decorator = (story, { globals, viewMode }) => {
  const scheme = (globals.scheme ?? 'light') as Scheme;
  const theme = (globals.theme ?? 'default') as ThemeName;
  return html`<div
    class="cw-story ${viewMode === 'story' ? 'cw-story--canvas' : ''}"
    lang=${globals.lang ?? 'de'}
    data-scheme=${scheme}
    data-theme=${theme}
  >
    ${story()}
  </div>`;
};

/** The rules the story test (scripts/test-storybook.mjs) checks too: WCAG 2.2 A and AA. */
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const preview: Preview = {
  tags: ['autodocs'],
  decorators: [withGlobals],
  argTypesEnhancers: [manifestControls],
  globalTypes: {
    lang: {
      description: 'Language of the elements’ own words, money and dates',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: [
          { value: 'de', title: 'Deutsch', right: 'de' },
          { value: 'en', title: 'English', right: 'en' },
        ],
        dynamicTitle: true,
      },
    },
    scheme: {
      description: "The page's color-scheme (the elements take it): light, dark, or following your system",
      toolbar: {
        title: 'Scheme',
        icon: 'contrast',
        items: [
          { value: 'light', title: 'Light page', icon: 'sun' },
          { value: 'dark', title: 'Dark page', icon: 'moon' },
          { value: 'system', title: 'Page follows the system (color-scheme: light dark)', icon: 'mirror' },
        ],
        dynamicTitle: true,
      },
    },
    headingLevel: {
      description: 'heading-level of every element in the story: the level of its title (inner headings one below)',
      toolbar: {
        title: 'Heading level',
        icon: 'listordered',
        items: [1, 2, 3, 4, 5, 6].map((level) => ({ value: String(level), title: `h${level}` })),
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Brand theme: a set of --cw-* values',
      toolbar: {
        title: 'Theme',
        icon: 'paintbrush',
        items: Object.entries(themes).map(([value, theme]) => ({ value, title: theme.title })),
        dynamicTitle: true,
      },
    },
    profile: {
      description: 'The profile of the stories that take it from the toolbar',
      toolbar: {
        title: 'Profile',
        icon: 'document',
        items: Object.entries(profileTitles).map(([value, title]) => ({ value, title })),
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { lang: 'de', scheme: 'light', headingLevel: '2', theme: 'default', profile: 'seed' satisfies ProfileName },
  parameters: {
    layout: 'fullscreen',
    // The scheme global paints the page; a second background picker would only disagree with it.
    backgrounds: { disable: true },
    controls: { expanded: true, sort: 'requiredFirst' },
    // Violations show as failures in the panel and the sidebar.
    a11y: { test: 'error', options: { runOnly: { type: 'tag', values: WCAG_TAGS } } },
    docs: { toc: false },
  },
};

export default preview;
