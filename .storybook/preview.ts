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
interface Attribute {
  name: string;
  fieldName?: string;
}
interface Declaration {
  tagName?: string;
  members?: Member[];
  attributes?: Attribute[];
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

/** Each tag's attributes by name, to find the property an attribute sets. */
const attributeFields = new Map(
  declarations.filter((d) => d.tagName).map((d) => [d.tagName!, new Map((d.attributes ?? []).map((a) => [a.name, a.fieldName ?? a.name]))]),
);
/** A fresh, unconnected element of each tag (never rendered): its own property values are the real defaults. */
const fresh = new Map<string, Record<string, unknown>>();
function freshElement(tag: string) {
  if (!fresh.has(tag) && customElements.get(tag)) fresh.set(tag, document.createElement(tag) as unknown as Record<string, unknown>);
  return fresh.get(tag);
}

/**
 * The type and default to show, and to pick the control by. The manifest's, where it has them;
 * where it has none (a property with a converter, or an `unknown`), what a fresh element holds:
 * `timeout` is a number because the element's `timeout` is 10000 (else an attribute is a string). A default such as `10_000`
 * (source text) shows as the value it is. The profile is an object in the profile format.
 */
function realType(tag: string, key: string, category: string, typeText: string, defaultText: unknown) {
  const field = category === 'attributes' ? (attributeFields.get(tag)?.get(key) ?? key) : key;
  const value = freshElement(tag)?.[field];
  let type = typeText.replace(/\s*\|\s*undefined\b/g, '');
  if (field === 'profile' && /^(unknown)?$/.test(type)) type = 'Profile';
  else if (!type || type === 'unknown') type = ['number', 'boolean', 'string'].includes(typeof value) ? typeof value : category === 'attributes' ? 'string' : type;
  let shown = defaultText === undefined || defaultText === '' ? undefined : String(defaultText);
  if (shown !== undefined && /^-?[\d_]+(\.\d+)?$/.test(shown)) shown = shown.replace(/_/g, '');
  // A default named by a constant (`DEFAULT_LIMIT`, `TIMEOUT.fallback`) shows as its value.
  if ((shown === undefined || /^[A-Z_][\w.]*$/.test(shown)) && ['number', 'boolean', 'string'].includes(typeof value) && value !== '') shown = typeof value === 'string' ? `'${value}'` : String(value);
  return { type, shown };
}

/**
 * The manifest gives types as text, which Storybook cannot turn into controls.
 * This picks them: colour pickers for `--cw-color-*`, text for other custom
 * properties, radios for string unions, none for events and parts. A control
 * a story file sets itself wins. Event arg types get the event's name as
 * their action, which `renderElement` (stories/helpers.ts) listens for.
 */
const manifestControls: ArgTypesEnhancer<WebComponentsRenderer> = ({ argTypes, component }) => {
  const enhanced: StrictArgTypes = {};
  for (const [key, original] of Object.entries(argTypes)) {
    let argType = original;
    const category = argType.table?.category;
    let extra: Record<string, unknown> = {};
    if ((category === 'attributes' || category === 'properties') && typeof component === 'string') {
      const { type, shown } = realType(component, key, category, String(argType.table?.type?.summary ?? ''), argType.table?.defaultValue?.summary);
      argType = {
        ...argType,
        type: { name: 'other', value: type },
        table: {
          ...argType.table,
          type: { ...argType.table?.type, summary: type, ...(type === 'Profile' ? { detail: 'An object in the profile format (career-widgets/profile.schema.json)' } : {}) },
          defaultValue: shown === undefined ? undefined : { summary: shown },
        },
      };
    }
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
    // The introduction first, then the elements one uses alone, then the profession page and its sections.
    options: {
      storySort: {
        order: [
          'Introduction',
          'Elements',
          ['Salary table', 'Career path', 'Profession quiz', 'Career quiz', 'Vacancy teaser'],
          'Profession page',
          ['Whole page', 'Facts', 'Tasks', 'Workplaces', 'Suitability', 'Training contents', 'Application'],
        ],
      },
    },
    // Violations show as failures in the panel and the sidebar.
    a11y: { test: 'error', options: { runOnly: { type: 'tag', values: WCAG_TAGS } } },
    docs: { toc: false },
  },
};

export default preview;
