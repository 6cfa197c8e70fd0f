// Every state of every element, for the accessibility tests in this folder: each entry makes a
// fresh element in one state (loading, error, ready and its variants, each quiz step, the
// vacancy empty state, a missing section) inside `container`, and resolves once it is there.
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/index.js';
import type { ProfileElement } from '../../src/core/profile-element.js';
import type { Profile } from '../../src/core/profile-schema.js';
import { SEED_URL, seedProfile } from '../helpers.js';

export interface State {
  tag: string;
  name: string;
  make(container: HTMLElement): Promise<ProfileElement>;
}

let hangs = 0;
const raf = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

async function mount(container: HTMLElement, tag: string, setup: (el: ProfileElement & Record<string, unknown>) => unknown, wait = true) {
  const el = document.createElement(tag) as ProfileElement & Record<string, unknown>;
  await setup(el);
  container.append(el);
  // A loading element never settles: its request never answers.
  await (wait ? el.settled : el.updateComplete);
  await raf();
  return el;
}

const click = async (el: ProfileElement, selector: string) => {
  el.shadowRoot!.querySelector<HTMLElement>(selector)!.click();
  await el.updateComplete;
};

/** The quiz in `step`: driven there by clicks, as a reader would. */
const quizState = (tag: string, step: string, drive: (el: ProfileElement) => Promise<void>): State => ({
  tag,
  name: step,
  make: async (container) => {
    const el = await mount(container, tag, async (e) => (e.profile = await seedProfile()));
    await drive(el);
    await raf();
    return el;
  },
});

const start = (el: ProfileElement) => click(el, 'button[part="button"]');
/** Checks the option at `index` on screen. */
const choose = (el: ProfileElement, index: number) => click(el, `label.option:nth-of-type(${index + 1}) input`);
const submit = (el: ProfileElement) => click(el, 'button[type="submit"]');
/** The seed's right answers, as positions on screen (no shuffle). */
const RIGHT = [1, 2, 1];

function common(tag: string, without: (profile: Profile) => void): State[] {
  return [
    {
      tag,
      name: 'loading',
      make: (c) => mount(c, tag, (el) => {
        el.timeout = 86_400_000;
        el.src = `/test-api/hang?id=a11y-${tag}-${++hangs}`;
      }, false),
    },
    { tag, name: 'error', make: (c) => mount(c, tag, (el) => (el.profile = { schemaVersion: 1 } as never)) },
    {
      tag,
      name: 'missing section',
      make: (c) => mount(c, tag, async (el) => {
        const profile = await seedProfile();
        without(profile);
        el.profile = profile;
      }),
    },
  ];
}

function quizStates(tag: string): State[] {
  return [
    ...common(tag, (p) => delete p.quiz),
    quizState(tag, 'intro', async () => {}),
    quizState(tag, 'question', start),
    quizState(tag, 'question, an option checked', async (el) => {
      await start(el);
      await choose(el, 0);
    }),
    quizState(tag, 'question, "choose an answer first"', async (el) => {
      await start(el);
      await submit(el);
    }),
    quizState(tag, 'feedback, right', async (el) => {
      await start(el);
      await choose(el, RIGHT[0]);
      await submit(el);
    }),
    quizState(tag, 'feedback, wrong', async (el) => {
      await start(el);
      await choose(el, 0);
      await submit(el);
    }),
    quizState(tag, 'result', async (el) => {
      await start(el);
      for (const right of RIGHT) {
        await choose(el, right);
        await submit(el);
        await submit(el);
      }
    }),
  ];
}

export const STATES: State[] = [
  ...common('salary-table', (p) => delete p.salary),
  { tag: 'salary-table', name: 'ready', make: (c) => mount(c, 'salary-table', (el) => (el.src = SEED_URL)) },
  ...(['table', 'chart'] as const).map((view) => ({
    tag: 'salary-table',
    name: `ready, view="${view}"`,
    make: (c: HTMLElement) => mount(c, 'salary-table', (el) => {
      el.setAttribute('view', view);
      el.src = SEED_URL;
    }),
  })),

  ...common('career-path', (p) => {
    delete p.training;
    delete p.furtherEducation;
  }),
  { tag: 'career-path', name: 'ready', make: (c) => mount(c, 'career-path', (el) => (el.src = SEED_URL)) },
  {
    tag: 'career-path',
    name: 'ready, every disclosure open',
    make: async (c) => {
      const el = await mount(c, 'career-path', (e) => (e.src = SEED_URL));
      for (const details of el.shadowRoot!.querySelectorAll('details')) details.open = true;
      await raf();
      return el;
    },
  },

  ...quizStates('profession-quiz'),
  ...quizStates('career-quiz'),

  ...common('vacancy-teaser', (p) => delete p.vacancies),
  { tag: 'vacancy-teaser', name: 'empty state, job alert', make: (c) => mount(c, 'vacancy-teaser', (el) => (el.src = SEED_URL)) },
  {
    tag: 'vacancy-teaser',
    name: 'vacancies from a feed',
    make: (c) => mount(c, 'vacancy-teaser', (el) => {
      el.src = SEED_URL;
      el.feed = '/test-api/feed';
      el.limit = 2;
    }),
  },
  {
    tag: 'vacancy-teaser',
    name: 'the feed failed',
    make: (c) => mount(c, 'vacancy-teaser', (el) => {
      el.src = SEED_URL;
      el.feed = '/test-api/status/500';
    }),
  },

  ...finderStates(),
];

/** The finder (no profile): its intro, a page of items, the result, an error; driven by clicks. */
function finderStates(): State[] {
  const documents = (el: Record<string, unknown>) => ((el.catalog = '/profiles/catalog.json'), (el.items = '/profiles/finder-items.json'));
  const state = (name: string, drive: (el: ProfileElement) => Promise<void>): State => ({
    tag: 'profession-finder',
    name,
    make: async (c) => {
      const el = await mount(c, 'profession-finder', documents);
      await drive(el);
      await raf();
      return el;
    },
  });
  const start = (el: ProfileElement) => click(el, '[part~="intro"] button');
  /** Answers the page on screen ("Mag ich" for the first two items, "Mag ich nicht" for the rest) and goes on. */
  const answerPage = async (el: ProfileElement) => {
    el.shadowRoot!.querySelectorAll('fieldset').forEach((f, i) => f.querySelectorAll('input')[i < 2 ? 0 : 2].click());
    await el.updateComplete;
    await click(el, 'button[type="submit"]');
  };
  return [
    state('intro', async () => {}),
    state('a page of items, one answered', async (el) => {
      await start(el);
      await answerPage(el);
      el.shadowRoot!.querySelector('input')!.click();
      await el.updateComplete;
    }),
    state('result', async (el) => {
      await start(el);
      while (el.shadowRoot!.querySelector('form')) await answerPage(el);
    }),
    {
      tag: 'profession-finder',
      name: 'error: catalog 404',
      make: (c) => mount(c, 'profession-finder', (el) => ((el.catalog = '/test-api/status/404'), (el.items = '/profiles/finder-items.json'))),
    },
  ];
}

/** The colour set-ups of issue 13: what the page declares, and what the reader's system prefers. */
export const SETUPS = [
  { name: 'light-only page, dark system', page: '', system: 'dark' },
  { name: 'dark-only page, light system', page: 'dark', system: 'light' },
  { name: 'page follows the system, light', page: 'light dark', system: 'light' },
  { name: 'page follows the system, dark', page: 'light dark', system: 'dark' },
] as const;
export type Setup = (typeof SETUPS)[number];

/** Any media feature, through the DevTools protocol (test/server/cdp-plugin.mjs). */
export const emulateMedia = (features: { name: string; value: string }[]) => executeServerCommand('cw-emulate-media', { features });

/** Puts the page into a set-up: its `color-scheme` on the root, and the system's preference. */
export async function applySetup(setup: Setup) {
  const root = document.documentElement.style;
  root.colorScheme = setup.page;
  // What the browser paints anyway (the canvas and its text in the used scheme), said explicitly:
  // axe reads a page without a background as white, also when its canvas is dark.
  root.background = 'Canvas';
  root.color = 'CanvasText';
  await emulateMedia([{ name: 'prefers-color-scheme', value: setup.system }]);
}

export async function resetSetup() {
  document.documentElement.removeAttribute('style');
  await emulateMedia([]);
}
