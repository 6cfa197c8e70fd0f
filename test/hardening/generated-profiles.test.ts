/**
 * Hardening, generated input (1 of 2): thousands of mutated and generated
 * profiles, given as the `profile` property, through every element. Whatever
 * comes in — wrong types, missing and extra fields, huge strings and arrays,
 * unusual Unicode, deep nesting, values no JSON has — nothing throws, nothing
 * but our own warning reaches the console, and every element ends, within a
 * bound, in the state the data calls for: ready, error (role="status") or its
 * documented empty state. Inline JSON, `src` and feeds: generated-documents.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import type { TemplateResult } from 'lit';
import { ProfileElement } from '../../src/core/profile-element.js';
import { sectionReader } from '../../src/core/read-profile.js';
import { NO_PROFILE_GRACE_MS } from '../../src/core/load-profile.js';
import type { Profile } from '../../src/core/profile-schema.js';
import { seedProfile } from '../helpers.js';
import { TAGS, type Tag, create, report, settleWithin, stage, stateOf, watchPage } from './fuzz-helpers.js';
import { applyMutations, gentleMutation, jsonish, mutation, nodePaths, type Path } from './mutate.js';
import { BOUND, elements, newCounts, reportCounts, throughEveryElement, type Watch } from './oracle.js';

/** An element with a bug: its render throws for every profile. */
class Exploding extends ProfileElement {
  protected readonly widget = 'salary-table';
  protected readonly read = sectionReader({});
  protected renderProfile(): TemplateResult {
    throw new RangeError('Maximum call stack size exceeded');
  }
}
customElements.define('cw-test-exploding', Exploding);

const counts = newCounts();

/** fast-check keeps a failing run's error as the `cause` of its own, which the test runner does not print. */
function explain(error: unknown): never {
  report(`failing run: ${error instanceof Error ? error.message : String(error)}`);
  throw error;
}

/** After a quiz has loaded, answers every question with its first option and goes to the result. */
async function playQuiz(el: ProfileElement) {
  const root = el.shadowRoot!;
  const start = root.querySelector<HTMLButtonElement>('.intro button');
  if (start) {
    start.click();
    await el.updateComplete;
  }
  for (let step = 0; step < 200 && root.querySelector('form'); step++) {
    root.querySelector<HTMLInputElement>('input[type="radio"]')?.click();
    await el.updateComplete;
    root.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await el.updateComplete;
  }
  expect(root.querySelector('[part="result-heading"]'), 'the quiz reaches its result').to.not.equal(null);
}

describe('hardening: generated profiles', function () {
  this.timeout(120_000);
  let seed: Profile;
  let paths: Path[];
  let watch: Watch;
  let container: HTMLElement;

  before(async () => {
    seed = await seedProfile();
    paths = nodePaths(seed);
    // `null` and `undefined` are no input: "no profile" after the grace time (2 s), here at once.
    ProfileElement.noProfileGraceMs = 0;
  });
  after(() => (ProfileElement.noProfileGraceMs = NO_PROFILE_GRACE_MS));
  beforeEach(() => {
    watch = watchPage();
    container = stage();
  });
  afterEach(function () {
    watch.stop();
    container.remove();
    report(`${this.currentTest?.title}: ${this.currentTest?.duration} ms`);
  });
  after(() => reportCounts('generated profiles', counts));

  it('mutated seed profiles and arbitrary values, as the profile property, in every element', async () => {
    const els = elements(container);
    // Created with no input, they report "no profile" after the grace time (0 here): before the first run, not during it.
    await Promise.all([...els.values()].map(({ el }) => el.settled));
    const mutated = fc.array(mutation(true), { minLength: 1, maxLength: 6 }).map((ms) => applyMutations(seed, paths, ms));
    const reshaped = fc.array(gentleMutation, { minLength: 1, maxLength: 8 }).map((ms) => applyMutations(seed, paths, ms));
    // Mutated seeds, half of them keeping the shape (so most still validate); some values from nowhere
    // (objects, arrays, Maps, Dates, BigInts, null prototypes …).
    const input = fc.oneof(
      { weight: 4, arbitrary: mutated },
      { weight: 4, arbitrary: reshaped },
      { weight: 1, arbitrary: fc.anything({ withBigInt: true, withDate: true, withMap: true, withSet: true, withNullPrototype: true, withTypedArray: true, withSparseArray: true, withBoxedValues: true }) },
      { weight: 1, arbitrary: jsonish },
    );
    await fc.assert(
      fc.asyncProperty(input, async (profile) => {
        await throughEveryElement(counts, profile, els, watch).catch(explain);
      }),
      // No shrinking on a failure (endOnFailure): it can take minutes here. The report names the seed and
      // path; replay with { seed, path } and without endOnFailure to shrink locally.
      { numRuns: 1_500, endOnFailure: true },
    );
  });

  it('plays the quiz of every generated profile that has one through to its result', async () => {
    const quiz = create('career-quiz', { shuffle: '' });
    container.append(quiz);
    const paths = nodePaths(seed.quiz).map((p) => ['quiz', ...p]);
    let played = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(fc.oneof(gentleMutation, mutation(false)), { minLength: 1, maxLength: 4 }), async (ms) => {
        const profile = applyMutations(seed, paths, ms);
        quiz.profile = profile as never; // any value: the element validates it
        await settleWithin(quiz, BOUND);
        counts.profiles++;
        if (stateOf(quiz) !== 'ready') return;
        played++;
        await playQuiz(quiz).catch(explain);
        expect(watch.problems).to.deep.equal([]);
      }),
      { numRuns: 120, endOnFailure: true },
    );
    report(`quiz: ${played} generated quizzes played to their result`);
    expect(played, 'many mutated quizzes are still playable').to.be.above(15);
  });

  // Finding: `"year": 99999999` or `"timeToComplete": "P99999999Y"` were valid, and <career-path> drew one
  // step per training year: a 40-byte profile froze the page. The schema now bounds both (10 years).
  it('rejects a training year or a duration beyond any training, with its path, instead of drawing it', async () => {
    // Each element checks what it reads (issue 26): the salary table reads no shortening, so that one is the career path's alone.
    const cases: [(p: Profile) => void, string, ('career-path' | 'salary-table')[]][] = [
      [(p) => (p.salary!.trainingSalary![0].year = 99_999_999), '$.salary.trainingSalary[0].year', ['career-path', 'salary-table']],
      [(p) => (p.training!.timeToComplete = 'P99999999Y'), '$.training.timeToComplete', ['career-path', 'salary-table']],
      [(p) => (p.training!.shortening![0].remainingDuration = `P${'9'.repeat(400)}D`), '$.training.shortening[0].remainingDuration', ['career-path']],
    ];
    for (const [change, path, readers] of cases) {
      const profile = structuredClone(seed);
      change(profile);
      for (const tag of readers) {
        const el = create(tag);
        let issues: { path: string }[] = [];
        el.addEventListener('profile-error', (event) => (issues = event.detail.issues));
        el.profile = profile;
        container.append(el);
        await settleWithin(el, 2_000);
        expect(stateOf(el)).to.equal('error');
        expect(issues.map((issue) => issue.path)).to.deep.equal([path]);
      }
    }
    expect(watch.ours).to.have.length(5);
    // Ten years is still a training: every year is drawn.
    const longest = structuredClone(seed);
    longest.training!.timeToComplete = 'P10Y';
    const el = create('career-path');
    el.profile = longest;
    container.append(el);
    await settleWithin(el, 2_000);
    expect(el.shadowRoot!.querySelectorAll('.step.year')).to.have.length(10);
  });

  // Finding: 150,000 rows for year 1 were valid, and <salary-table>'s Math.max(...rows) threw a RangeError in
  // render: an uncaught exception, and the element stuck in its loading state. A year now appears once.
  it('rejects a training year given twice, so a salary cannot grow past the training', async () => {
    const profile = structuredClone(seed);
    profile.salary!.trainingSalary = Array.from({ length: 150_000 }, () => ({ year: 1, value: 1_000 }));
    for (const tag of TAGS) {
      const el = create(tag);
      let issues: { path: string; message: string }[] = [];
      el.addEventListener('profile-error', (event) => (issues = event.detail.issues));
      el.profile = profile;
      container.append(el);
      await settleWithin(el, 2_000);
      // Each element validates the sections it shows: the quiz and the teaser do not show pay.
      const showsPay = tag === 'salary-table' || tag === 'career-path';
      expect(stateOf(el), `<${tag}>`).to.not.equal(showsPay ? 'ready' : 'error');
      if (showsPay) expect(stateOf(el)).to.equal('error');
      expect(issues).to.deep.equal(
        showsPay
          ? [
              { path: '$.salary.trainingSalary', message: 'Must not have more than 200 items' },
              { path: '$.salary.trainingSalary', message: 'Each training year must appear only once' },
            ]
          : [],
      );
    }
    expect(watch.problems).to.deep.equal([]);
  });

  // The safety net under every element: a valid profile an element cannot render (a bug) shows the error
  // state with one warning and one profile-error, not an uncaught exception and the old profile on screen.
  it('shows the error state, not an exception, when an element fails to render a valid profile', async () => {
    const el = create('cw-test-exploding' as Tag);
    const errors: string[] = [];
    el.addEventListener('profile-error', (event) => errors.push(event.detail.issues[0].message));
    el.profile = seed;
    container.append(el);
    await settleWithin(el, 2_000);
    await Promise.resolve();
    expect(stateOf(el)).to.equal('error');
    expect(el.shadowRoot!.querySelector('[part="error"][role="status"]')!.textContent!.trim()).to.equal('Das Berufsprofil ist fehlerhaft und kann nicht angezeigt werden.');
    // The kind of error only: a platform's message may quote a URL or a piece of the data (issue 22).
    expect(errors).to.deep.equal(['<cw-test-exploding> could not show this profile: unexpected RangeError']);
    expect(watch.ours).to.have.length(1);
    // A re-render (a change of language) reports nothing new.
    el.setAttribute('lang', 'en');
    await el.updateComplete;
    await Promise.resolve();
    expect(el.shadowRoot!.querySelector('[part="error"][role="status"]')!.textContent!.trim()).to.equal('The profession profile has errors and cannot be shown.');
    expect(watch.ours).to.have.length(1);
    expect(watch.problems).to.deep.equal([]);
  });

  it('leaves Object.prototype alone, whatever keys the input has', () => {
    expect(Object.keys(Object.prototype)).to.deep.equal([]);
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
  });
});

