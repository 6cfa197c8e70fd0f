/**
 * Brand themes for the toolbar: sets of `--cw-*` values, as a site would set
 * them in its own stylesheet. Each has a light and a dark set, because a site
 * that themes the elements must also pick colours that hold on a dark page.
 * To add a theme, add an entry here; the toolbar and the stylesheet follow.
 */
/** The story page's `color-scheme`, which the elements take: light, dark, or the designer's system. */
export type Scheme = 'light' | 'dark' | 'system';
type Tokens = Record<`--cw-${string}`, string>;

export interface BrandTheme {
  title: string;
  /** Values for both schemes. */
  all?: Tokens;
  light?: Tokens;
  dark?: Tokens;
}

export const themes = {
  default: {
    title: 'Default (library defaults)',
  },
  school: {
    title: 'School: green, rounded less',
    all: {
      '--cw-font-family': '"Trebuchet MS", "Segoe UI", sans-serif',
      '--cw-radius': '0.25rem',
    },
    light: {
      '--cw-color-accent': '#1e6b3a',
      '--cw-color-on-accent': '#ffffff',
      '--cw-color-entry': '#9a4d00',
      '--cw-color-border': '#a9c7b2',
      '--cw-color-surface': '#f3f9f4',
    },
    dark: {
      '--cw-color-accent': '#8fd19e',
      '--cw-color-on-accent': '#0b3318',
      '--cw-color-entry': '#ffb870',
      '--cw-color-border': '#4d6b55',
      '--cw-color-surface': '#16231a',
    },
  },
  portal: {
    title: 'Career portal: violet, roomy',
    all: {
      '--cw-radius': '1rem',
      '--cw-space': '1.25rem',
      '--cw-font-size': '1.0625rem',
    },
    light: {
      '--cw-color-accent': '#6a1b9a',
      '--cw-color-on-accent': '#ffffff',
      '--cw-color-entry': '#00695c',
      '--cw-color-border': '#d1c4e9',
      '--cw-color-surface': '#f8f4fb',
      '--cw-color-muted': '#5e5468',
    },
    dark: {
      '--cw-color-accent': '#d7b8f3',
      '--cw-color-on-accent': '#3b0a57',
      '--cw-color-entry': '#80cbc4',
      '--cw-color-border': '#5e4b6e',
      '--cw-color-surface': '#231a2b',
      '--cw-color-muted': '#c9bcd4',
    },
  },
} satisfies Record<string, BrandTheme>;

export type ThemeName = keyof typeof themes;

/**
 * The page around a story in each scheme: what a host page would give the elements. They take
 * their palette from this `color-scheme` (CSS light-dark()), as on any host page.
 */
const stage: Record<Scheme, string> = {
  light: 'color-scheme: light; background: #ffffff; color: #1f1f1f;',
  dark: 'color-scheme: dark; background: #131314; color: #e3e3e3;',
  system: 'color-scheme: light dark; background: Canvas; color: CanvasText;',
};

const declarations = (tokens: Tokens = {}) =>
  Object.entries(tokens)
    .map(([name, value]) => `${name}: ${value};`)
    .join(' ');

/** One stylesheet for the story wrapper: the stage per scheme and the tokens per theme and scheme. */
export function storyWrapperCss(): string {
  const rules = [
    '.cw-story { box-sizing: border-box; padding: 1rem; font-family: system-ui, sans-serif; }',
    '.cw-story.cw-story--canvas { min-block-size: 100vh; }',
    '.cw-story .cw-narrow { max-inline-size: 20rem; }',
    ...(Object.keys(stage) as Scheme[]).map((scheme) => `.cw-story[data-scheme="${scheme}"] { ${stage[scheme]} }`),
  ];
  // A theme's light and dark values as one light-dark() each, as a site would write them: the
  // elements pick by the page's colour scheme, whichever it is.
  for (const [name, theme] of Object.entries(themes) as [ThemeName, BrandTheme][]) {
    const light: Tokens = theme.light ?? {};
    const dark: Tokens = theme.dark ?? {};
    const both: Tokens = { ...theme.all };
    for (const key of new Set([...Object.keys(light), ...Object.keys(dark)]) as Set<`--cw-${string}`>) {
      both[key] = `light-dark(${light[key] ?? dark[key]}, ${dark[key] ?? light[key]})`;
    }
    const tokens = declarations(both);
    if (tokens) rules.push(`.cw-story[data-theme="${name}"] { ${tokens} }`);
  }
  return rules.join('\n');
}
