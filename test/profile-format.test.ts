// Format 2 as a pupil reads it: times from the start, exams in parts, bodies framed by our words,
// periods, unpaid years, short years, routes, specialisations, hours, the profile's language;
// and format 1, still read and shown as before (or better where it was wrong).
import { expect, fixture, html } from '@open-wc/testing';
import '../src/career-path/define.js';
import '../src/salary-table/define.js';
import '../src/profession-quiz/define.js';
import type { ProfileElement } from '../src/core/profile-element.js';
import type { Profile } from '../src/core/profile-schema.js';
import { validateProfile } from '../src/core/validate.js';
import { $, $$, plain, seedProfile, settled } from './helpers.js';

const text = (node: Element | null) => plain(node?.textContent).replace(/\s+/g, ' ');
const all = (el: Element) => text(el.shadowRoot as unknown as Element);
const stepTitles = (el: Element) => $$(el, '[part="steps"] > li .step-title').map(text);
const rows = (el: Element, table = 0) =>
  [...$$(el, 'table')[table].querySelectorAll('tbody tr')].map((tr) => [...tr.children].map(text));

async function show<T extends ProfileElement>(tag: string, profile: unknown, lang = 'de') {
  const wrapper = await fixture<HTMLElement>(html`<div lang=${lang}></div>`);
  const el = document.createElement(tag) as T;
  (el as ProfileElement).profile = profile as never; // any value: the element validates it
  wrapper.append(el);
  await settled(el);
  return el;
}

/** A minimal format-2 profile around one training and its pay. */
const profile2 = (training: object, salary?: object, more: object = {}) => ({
  schemaVersion: 2,
  inLanguage: 'de',
  name: 'Industriemechaniker/-in',
  training,
  ...(salary ? { salary } : {}),
  ...more,
});

describe('profile format 2', () => {
  it('places an exam in parts at its real months, with weights and the body framed by our words', async () => {
    const profile = profile2(
      {
        timeToComplete: 'P3Y6M',
        exams: [
          {
            name: 'Gestreckte Abschlussprüfung',
            examiningBody: { name: 'zuständige Landesbehörde' },
            credential: 'Facharbeiterbrief',
            parts: [
              { name: 'Teil 1', at: 'P18M', weight: 40 },
              { name: 'Teil 2', at: 'P3Y6M', weight: 60 },
            ],
          },
        ],
      },
      { trainingSalary: [1, 2, 3, 4].map((year) => ({ year, value: 1000 + year * 100 })) },
    );
    const el = await show('career-path', profile);
    expect(stepTitles(el)).to.deep.equal([
      '1. Ausbildungsjahr',
      '2. Ausbildungsjahr',
      'Gestreckte Abschlussprüfung – Teil 1',
      '3. Ausbildungsjahr',
      '4. Ausbildungsjahr',
      'Gestreckte Abschlussprüfung – Teil 2',
    ]);
    const exams = $$(el, '[part~="exam"]').map((li) => [...li.querySelectorAll('p')].map(text));
    expect(exams[0]).to.deep.equal(['Gestreckte Abschlussprüfung – Teil 1', 'Nach 18 Monaten, im 2. Ausbildungsjahr', 'Anteil an der Note: 40 %', 'Prüfung: zuständige Landesbehörde']);
    expect(exams[1]).to.include('Am Ende der Ausbildung').and.to.include('Anteil an der Note: 60 %').and.to.include('Abschluss: Facharbeiterbrief');
    // Never a sentence built around the body's name.
    expect(all(el)).not.to.match(/vor der zuständige/);
    expect(text($$(el, '.step.year')[3])).to.contain('Dauer: 6 Monate');
    await expect(el).to.be.accessible();
  });

  it('tells a school-based training by its periods, with unpaid years in words and never "0 €"', async () => {
    const profile = profile2(
      {
        timeToComplete: 'P3Y',
        periods: [
          { kind: 'school', duration: 'P2Y', name: 'Fachschule für Sozialpädagogik' },
          { kind: 'practical', duration: 'P1Y', name: 'Berufspraktikum' },
        ],
        exams: [{ name: 'Staatliche Abschlussprüfung', at: 'P2Y', examiningBody: { name: 'staatlicher Prüfungsausschuss' } }],
      },
      {
        trainingSalary: [
          { year: 1, unpaid: 'school-fees', schoolFee: 120, note: 'BAföG ist möglich.' },
          { year: 2, unpaid: 'fees-covered' },
          { year: 3, value: 1800 },
        ],
        notes: ['Im Berufspraktikum gilt der TVöD.'],
      },
    );
    const path = await show('career-path', profile);
    expect(stepTitles(path)).to.deep.equal(['Fachschule für Sozialpädagogik', 'Staatliche Abschlussprüfung', 'Berufspraktikum']);
    const school = $(path, '.period-school')!;
    expect(text(school)).to.contain('1.–2. Ausbildungsjahr · Dauer: 2 Jahre').and.to.contain('Lernort: Schule');
    expect([...school.querySelectorAll('[part="pay"]')].map(text)).to.deep.equal([
      '1. Ausbildungsjahr: unbezahlt · Schulgeld 120 €',
      '2. Ausbildungsjahr: unbezahlt · kein Schulgeld',
    ]);
    expect(text($(path, '.period-practical [part="pay"]'))).to.equal('3. Ausbildungsjahr: 1.800 € pro Monat');
    expect(text($$(path, '[part~="exam"]')[0])).to.contain('Am Ende des 2. Ausbildungsjahres').and.to.contain('Prüfung: staatlicher Prüfungsausschuss');
    await expect(path).to.be.accessible();

    const table = await show('salary-table', profile);
    expect(rows(table)).to.deep.equal([
      ['1. Ausbildungsjahr', 'unbezahlt · Schulgeld 120 €BAföG ist möglich.'],
      ['2. Ausbildungsjahr', 'unbezahlt · kein Schulgeld'],
      ['3. Ausbildungsjahr', '1.800 €'],
    ]);
    expect(all(table)).not.to.match(/(^|[^\d.])0 €/);
    // Bars for paid years only, in their rows; an unpaid year says so in words, with no bar that reads as 0.
    expect($$(table, 'tbody tr').map((tr) => tr.querySelectorAll('[part="bar"]').length)).to.deep.equal([0, 0, 1]);
    expect($$(table, 'tr.unpaid .amount').map(text)).to.deep.equal(['unbezahlt · Schulgeld 120 €', 'unbezahlt · kein Schulgeld']);
    expect($$(table, '[part="notes"] li').map(text)).to.deep.equal(['Im Berufspraktikum gilt der TVöD.']);
    await expect(table).to.be.accessible();
  });

  it('marks a short last year in the salary table, and shows routes with their own pay', async () => {
    const profile = profile2(
      {
        timeToComplete: 'P3Y6M',
        routes: [
          {
            name: 'Teilzeit',
            schedule: 'part-time',
            timeToComplete: 'P5Y',
            prerequisite: 'Zustimmung des Betriebs',
            trainingSalary: [{ year: 1, value: 700 }, { year: 2, value: 760 }],
          },
        ],
        specializations: [{ name: 'Altenpflege', from: 'P2Y', credential: 'Altenpflegerin / Altenpfleger' }],
        hours: { theory: 2100, practice: 2500 },
      },
      { trainingSalary: [1, 2, 3, 4].map((year) => ({ year, value: 1000 + year * 100 })), salaryUponCompletion: { value: 3200 } },
    );
    const table = await show('salary-table', profile);
    expect(rows(table).map((row) => row[0])).to.deep.equal([
      '1. Ausbildungsjahr',
      '2. Ausbildungsjahr',
      '3. Ausbildungsjahr',
      '4. Ausbildungsjahr (6 Monate)',
      'Einstiegsgehalt',
    ]);
    expect(text($$(table, 'caption')[1])).to.equal('Gehalt auf dem Weg: Teilzeit');
    expect(rows(table, 1)).to.deep.equal([['1. Ausbildungsjahr', '700 €'], ['2. Ausbildungsjahr', '760 €']]);
    await expect(table).to.be.accessible();

    const path = await show('career-path', profile);
    const route = text($(path, '[part~="route"]'));
    expect(route).to.contain('Anderer Weg: Teilzeit').and.to.contain('Dauer: 5 Jahre · Teilzeit')
      .and.to.contain('Voraussetzung: Zustimmung des Betriebs').and.to.contain('1. Ausbildungsjahr: 700 € pro Monat');
    expect(text($(path, '[part~="specializations"]'))).to.contain('Vertiefung zur Wahl').and.to.contain('Altenpflege')
      .and.to.contain('Wahl im 3. Ausbildungsjahr').and.to.contain('Abschluss: Altenpflegerin / Altenpfleger');
    expect(text($(path, '.hours'))).to.equal('Stunden: 2.100 Theorie, 2.500 Praxis');
    await expect(path).to.be.accessible();
  });

  it('marks profile text with the profile language where it differs from the element', async () => {
    const seed = await seedProfile();
    const english = await show('profession-quiz', seed, 'en');
    await show('career-path', seed, 'en').then((path) => {
      const marked = $$(path, '[lang="de"]').map(text);
      expect(marked).to.include('Kaufmann / Kauffrau für Dialogmarketing').and.to.include('IHK');
      // Our own words stay unmarked, in the element's language.
      expect($$(path, '[part="stage-title"]').every((title) => !title.querySelector('[lang]'))).to.be.true;
    });
    expect($$(english, '[lang="de"]').length, 'the German question is marked as German').to.be.greaterThan(0);
    const german = await show('career-path', seed, 'de');
    expect($$(german, '[lang]')).to.have.length(0);
  });

  it('marks the right answer of a wrong verdict, and each item of a list, leaving the joining words alone', async () => {
    const seed = await seedProfile();
    const quiz = await show('profession-quiz', seed, 'en');
    ($(quiz, '[part~="button"]') as HTMLButtonElement).click();
    await quiz.updateComplete;
    const { options, correctOption } = seed.quiz!.questions[0];
    const wrong = options.findIndex((_, i) => i !== correctOption);
    ($$(quiz, 'input[type="radio"]')[wrong] as HTMLInputElement).click();
    ($(quiz, 'button[type="submit"]') as HTMLButtonElement).click();
    await quiz.updateComplete;
    const verdict = $(quiz, '.verdict')!;
    expect(text(verdict)).to.equal(`Not quite. The right answer is “${options[correctOption]}”.`);
    expect(text(verdict.querySelector('[lang="de"]'))).to.equal(options[correctOption]);
    // A profile in the page's language: nothing marked.
    const same = await show('profession-quiz', seed, 'de');
    ($(same, '[part~="button"]') as HTMLButtonElement).click();
    await same.updateComplete;
    expect($$(same, '[lang]')).to.have.length(0);

    await import('../src/profession-suitability/define.js');
    const alternatives = ['Sehr guter Hauptschulabschluss', 'Fachoberschulreife'];
    const suits = await show('profession-suitability', { ...seed, educationRequirements: { ...seed.educationRequirements, alternatives } }, 'en');
    const line = $$(suits, 'p').find((p) => text(p).startsWith('Also possible') || text(p).includes(alternatives[0]))!;
    expect([...line.querySelectorAll('[lang="de"]')].map(text)).to.deep.equal(alternatives);
    expect(text(line)).to.contain(' or ');
    await expect(suits).to.be.accessible();
  });
});

describe('profile format 1, still read', () => {
  const v1 = async () => (await (await fetch('/test/fixtures/kaufmann-dialogmarketing.v1.json')).json()) as Record<string, any>;

  it('shows the seed in format 1 exactly as in format 2', async () => {
    const [old, current] = [await show('career-path', await v1()), await show('career-path', await seedProfile())];
    expect(all(old)).to.equal(all(current));
    const [oldTable, table] = [await show('salary-table', await v1()), await show('salary-table', await seedProfile())];
    expect(all(oldTable)).to.equal(all(table));
  });

  it('counts a share of the training in whole months: 0.6667 of 3 years is the end of year 2, before year 3', async () => {
    const profile = await v1();
    profile.training.exams = [{ name: 'Teil 1', timing: 0.6667, conductedBy: 'IHK' }];
    let el = await show('career-path', profile);
    expect(stepTitles(el)).to.deep.equal(['1. Ausbildungsjahr', '2. Ausbildungsjahr', 'Teil 1', '3. Ausbildungsjahr']);
    expect(text($(el, '[part~="exam"]'))).to.contain('Am Ende des 2. Ausbildungsjahres').and.to.contain('Prüfung: IHK');
    // "After 18 months" of 3½ years, once only writable as 0.4286, reads as months, not "43 %".
    profile.training.timeToComplete = 'P3Y6M';
    profile.training.exams = [{ name: 'Teil 1', timing: 0.4286 }];
    el = await show('career-path', profile);
    expect(text($(el, '[part~="exam"]'))).to.contain('Nach 18 Monaten, im 2. Ausbildungsjahr').and.not.to.contain('%');
  });

  it('validates and comes back as format 2', async () => {
    const result = validateProfile(await v1());
    expect(result.ok).to.be.true;
    const exams = result.ok ? result.value.training!.exams! : [];
    expect(result.ok && result.value.schemaVersion).to.equal(2);
    expect(exams[0]).to.deep.include({ at: 'P1Y6M', examiningBody: { name: 'IHK' } });
  });
});

describe('section-wise validation', () => {
  it('a broken quiz never stops a salary table, and the quiz names its own fault', async () => {
    const profile = (await seedProfile()) as unknown as Record<string, any>;
    profile.quiz.questions[0].correctOption = 9;
    const table = await show('salary-table', profile);
    expect($(table, 'table')).to.exist;
    expect($(table, '[part="error"]')).to.be.null;
    const errored = new Promise<CustomEvent>((resolve) => document.addEventListener('profile-error', (e) => resolve(e as CustomEvent), { once: true }));
    const quiz = await show('profession-quiz', profile);
    expect((await errored).detail.issues.map((issue: { path: string }) => issue.path)).to.deep.equal(['$.quiz.questions[0].correctOption']);
    expect($(quiz, '[part="error"]')).to.exist;
  });

  it('a broken salary never stops the quiz, in either format', async () => {
    for (const base of [await seedProfile(), await (await fetch('/test/fixtures/kaufmann-dialogmarketing.v1.json')).json()]) {
      const profile = base as Record<string, any>;
      profile.salary.trainingSalary[0].value = 'viel';
      const quiz = await show('profession-quiz', profile);
      expect($(quiz, '[part="error"]')).to.be.null;
      expect(all(quiz)).to.contain('3 Fragen');
      const table = await show('salary-table', profile);
      expect($(table, '[part="error"]')).to.exist;
    }
  });

  it('still needs a name and a known format in every element', async () => {
    for (const profile of [{ schemaVersion: 2, quiz: {} }, { schemaVersion: 3, name: 'X' }]) {
      const el = await show('profession-quiz', profile);
      expect($(el, '[part="error"]')).to.exist;
    }
  });
});

describe('unknown fields', () => {
  it('are reported with their path and a likely meaning, and do not stop an element', async () => {
    const profile = (await seedProfile()) as Profile & Record<string, unknown>;
    profile.salry = { currency: 'EUR' };
    (profile.training as Record<string, unknown>).durationn = 'P3Y';
    const result = validateProfile(profile);
    expect(result.ok && result.unknown).to.have.deep.members([
      { path: '$.salry', message: 'Unknown field; did you mean "salary"?' },
      { path: '$.training.durationn', message: 'Unknown field (not part of the profile format)' },
    ]);
    const el = await show('salary-table', profile);
    expect($(el, 'table')).to.exist;
  });

  it('are looked up as own properties only', () => {
    const result = validateProfile(JSON.parse('{"schemaVersion":2,"name":"X","constructor":1,"__proto__":{"a":1},"toString":2}'));
    expect(result.ok && result.unknown.map((issue) => issue.path)).to.deep.equal(['$.constructor', '$.__proto__', '$.toString']);
  });
});
