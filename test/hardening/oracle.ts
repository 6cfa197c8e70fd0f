/**
 * What the generated-input tests expect of an element after one input, shared by
 * generated-profiles and generated-documents: the state the data calls for (by the
 * validation and the element's documented missing-section state), one event of the
 * right kind, one warning with an error, nothing uncaught.
 */
import { expect } from '@open-wc/testing';
import type { ProfileElement } from '../../src/core/profile-element.js';
import type { Profile } from '../../src/core/profile-schema.js';
import { validateProfile } from '../../src/core/validate.js';
import { TAGS, type Tag, create, report, settleWithin, stateOf, type State, type watchPage } from './fuzz-helpers.js';

/** How long one element may take to settle on one input, in ms: generous, the machine is shared. */
export const BOUND = 10_000;

export function newCounts() {
  return { profiles: 0, inline: 0, src: 0, feeds: 0, renders: 0, valid: 0, states: {} as Record<string, number>, slowest: 0, slowestInput: '' };
}
export type Counts = ReturnType<typeof newCounts>;

export function reportCounts(name: string, counts: Counts) {
  report(
    `${name}: ${counts.profiles} profiles (${counts.valid} valid; ${counts.inline} as inline JSON, ${counts.src} over HTTP), ` +
      `${counts.feeds} feeds over HTTP; ${counts.renders} element runs; states ${JSON.stringify(counts.states)}; ` +
      `slowest settle ${Math.round(counts.slowest)} ms (bound ${BOUND} ms${counts.slowestInput ? `: ${counts.slowestInput}` : ''})`,
  );
}

export type Watch = ReturnType<typeof watchPage>;

/** The state a valid profile calls for in each element (the documented missing-section state, else ready). */
export function expectedState(tag: Tag, profile: Profile): State[] {
  switch (tag) {
    case 'salary-table': {
      const salary = profile.salary;
      const rows = (salary?.trainingSalary?.length ?? 0) + (salary?.salaryUponCompletion ? 1 : 0);
      return rows ? ['ready'] : ['empty'];
    }
    case 'career-path':
      return profile.training || profile.furtherEducation?.options.length ? ['ready'] : ['empty'];
    case 'profession-quiz':
    case 'career-quiz':
      return profile.quiz ? ['ready'] : ['empty'];
    case 'vacancy-teaser':
      // Without a feed: the profile's open vacancies, or the no-vacancies state; `[part=empty]` without a section.
      return profile.vacancies ? ['ready', 'empty'] : ['empty'];
  }
}

/** Counts our events on an element since the last `reset`. */
export function eventsOf(el: Element) {
  const seen = { load: 0, error: 0, issues: [] as { path: string; message: string }[] };
  el.addEventListener('profile-load', () => seen.load++);
  (el as HTMLElement).addEventListener('profile-error', (event) => {
    seen.error++;
    seen.issues = event.detail.issues;
  });
  return {
    seen,
    reset() {
      seen.load = 0;
      seen.error = 0;
      seen.issues = [];
    },
  };
}

/**
 * Checks one element after one input: the right state for what validation
 * says of the input, one event of the right kind, one warning with an error.
 */
export function checkElement(
  counts: Counts,
  tag: Tag,
  el: ProfileElement,
  input: unknown,
  events: ReturnType<typeof eventsOf>,
  warningsBefore: number,
  watch: Watch,
  fresh: boolean,
) {
  const state = stateOf(el);
  counts.states[state] = (counts.states[state] ?? 0) + 1;
  // Each element validates the sections it shows, and only those (src/core/read-profile.ts).
  const verdict = (el as unknown as { read: (input: unknown) => ReturnType<typeof validateProfile> }).read(input);
  const where = `<${tag}>`;
  expect(watch.problems, `${where}: nothing uncaught, no foreign console output`).to.deep.equal([]);
  if (!verdict.ok) {
    expect(state, `${where}: invalid input shows the error state`).to.equal('error');
    if (fresh) {
      expect(events.seen.error, `${where}: one profile-error`).to.equal(1);
      expect(events.seen.issues.length).to.be.above(0);
      for (const issue of events.seen.issues) expect(issue.path).to.match(/^\$/);
      // One, unless warn.ts is holding back a warning written 50 times this second (generated inputs
      // fail alike: hundreds of `{"": null}` in a few seconds); it then counts it into one line.
      expect(watch.ours.length - warningsBefore, `${where}: one warning`).to.equal(watch.ours.length === warningsBefore && watch.throttled(`[career-widgets] ${where}:`) ? 0 : 1);
    }
    expect(el.shadowRoot!.querySelector('[part="error"][role="status"]')!.textContent!.trim()).to.not.equal('');
    return;
  }
  expect(expectedState(tag, verdict.value), `${where}: state of a valid profile`).to.include(state);
  if (fresh) {
    expect(events.seen.load, `${where}: one profile-load`).to.equal(1);
    expect(events.seen.error).to.equal(0);
    expect(watch.ours.length - warningsBefore, `${where}: no warning for a valid profile`).to.equal(0);
  }
  if (state === 'ready' && tag === 'salary-table') {
    expect(el.shadowRoot!.querySelector('caption')!.textContent).to.contain(verdict.value.name);
  }
  if (state === 'ready' && (tag === 'profession-quiz' || tag === 'career-quiz') && verdict.value.quiz?.title) {
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal(verdict.value.quiz.title);
  }
}

/** One reused element per tag, each with its event counter. */
export function elements(container: HTMLElement) {
  return new Map(
    TAGS.map((tag) => {
      const el = create(tag);
      container.append(el);
      return [tag, { el, events: eventsOf(el), last: undefined as unknown }] as [Tag, { el: ProfileElement; events: ReturnType<typeof eventsOf>; last: unknown }];
    }),
  );
}

/** Gives `input` to every element as its `profile` property and checks each. */
export async function throughEveryElement(counts: Counts, input: unknown, els: ReturnType<typeof elements>, watch: Watch) {
  counts.profiles++;
  if (validateProfile(input).ok) counts.valid++;
  for (const tag of TAGS) {
    const slot = els.get(tag)!;
    // A primitive equal to the last one changes nothing: the element keeps its state and fires nothing.
    const fresh = !Object.is(slot.last, input);
    slot.events.reset();
    const before = watch.ours.length;
    slot.el.profile = input as never; // any value: the element validates it
    slot.last = input;
    const ms = await settleWithin(slot.el, BOUND);
    if (ms > counts.slowest) {
      counts.slowest = ms;
      counts.slowestInput = `<${tag}>, ${describe(input)}`;
    }
    counts.renders++;
    checkElement(counts, tag, slot.el, input, slot.events, before, watch, fresh);
  }
}

/** A few words on an input, for the report: its type and the size of its JSON. */
function describe(input: unknown): string {
  let size = 'no JSON';
  try {
    size = `${JSON.stringify(input)?.length ?? 0} characters of JSON`;
  } catch {
    // a cycle or a BigInt
  }
  return `${input === null ? 'null' : typeof input}, ${size}`;
}

