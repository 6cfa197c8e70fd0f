import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import '../src/career-path/define.js';
import type { CareerPath } from '../src/career-path/career-path.js';
import { trainingSteps } from '../src/career-path/career-path.model.js';
import { $, $$, SEED_URL, captureWarnings, plain, seedProfile, settled, visibleText } from './helpers.js';

async function ready(template: TemplateResult) {
  const el = await fixture<CareerPath>(template);
  await settled(el);
  return el;
}

/** A <career-path> inside a wrapper of the given width, as in someone's sidebar or main column. */
async function inWrapper(width: number, lang = 'de', profile?: object) {
  const wrapper = await fixture<HTMLDivElement>(
    profile
      ? html`<div lang=${lang}><career-path .profile=${profile}></career-path></div>`
      : html`<div lang=${lang}><career-path src=${SEED_URL}></career-path></div>`,
  );
  wrapper.style.width = `${width}px`;
  const el = wrapper.querySelector('career-path')!;
  await settled(el);
  return { wrapper, el };
}

const text = (node: Element | null) => plain(node?.textContent).replace(/\s+/g, ' ');
const stageTitles = (el: CareerPath) => $$(el, '[part="timeline"] > [part="stage"] > [part="stage-title"]').map(text);
const stepTitles = (el: CareerPath) => $$(el, '[part="steps"] > li .step-title').map(text);
const stage = (el: CareerPath, name: string) => $(el, `.stage-${name}`)!;
const shown = (node: Element) => node.checkVisibility();

/** Presses Tab until focus is on the summary with this text; fails rather than loop for ever. */
async function tabTo(el: CareerPath, summaryText: string) {
  for (let i = 0; i < 20; i++) {
    await sendKeys({ press: 'Tab' });
    const active = el.shadowRoot!.activeElement;
    if (active?.localName === 'summary' && text(active) === summaryText) return active as HTMLElement;
  }
  throw new Error(`Tab never reached "${summaryText}"`);
}

describe('<career-path>', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  beforeEach(() => (warnings = captureWarnings()));
  afterEach(() => warnings.restore());

  describe('ready, from the seed profile', () => {
    it('shows the stages in order in an ordered list', async () => {
      const el = await ready(html`<career-path src=${SEED_URL}></career-path>`);
      await expect(el).to.be.accessible();
      const timeline = $(el, '[part="timeline"]')!;
      expect(timeline.localName).to.equal('ol');
      // The title heading names the timeline that follows it (no aria-label saying it again).
      const title = $(el, '[part="title"]')!;
      expect(title.localName).to.equal('h2');
      expect(text(title)).to.equal('Karriereweg: Kaufmann / Kauffrau für Dialogmarketing');
      expect(timeline.hasAttribute('aria-label')).to.equal(false);
      expect($$(el, '[part="stage-title"]').map((h) => h.localName)).to.deep.equal(['h3', 'h3', 'h3', 'h3']);
      expect(stageTitles(el)).to.deep.equal(['Einstieg', 'Ausbildung', 'Berufseinstieg', 'Danach']);
      expect($(el, '[part="steps"]')!.localName).to.equal('ol');
    });

    it('says which school certificate is asked for, what else can work, and the strengths that help', async () => {
      const el = await ready(html`<career-path src=${SEED_URL}></career-path>`);
      const entry = stage(el, 'entry');
      expect(text(entry.querySelector('.certificate'))).to.equal('Schulabschluss: Realschulabschluss / Mittlere Reife');
      expect(text(entry.querySelector('.alternatives'))).to.equal('Auch möglich: Sehr guter Hauptschulabschluss');
      expect(text(entry.querySelector('.label'))).to.equal('Deine Stärken');
      // The label precedes the list: no aria-labelledby that would read it twice.
      expect(entry.querySelector('[part="strengths"]')!.hasAttribute('aria-labelledby')).to.equal(false);
      // The check mark is a decoration, with empty alternative text.
      expect(getComputedStyle(entry.querySelector('[part="strengths"] li')!, '::before').content).to.equal('"✓ " / ""');
      // The three highlighted skills, not the fourth.
      expect([...entry.querySelectorAll('[part="strengths"] li')].map(text)).to.deep.equal([
        'Mündlich und schriftlich kommunizieren',
        'Andere beraten und überzeugen',
        'Eigene Ideen entwickeln und umsetzen',
      ]);
      expect(visibleText(el)).not.to.contain('Mit Zahlen und Grafiken arbeiten');
    });

    it('shows the dual training: 3 years, where you learn, each year with its duration and pay, the exams in between', async () => {
      const el = await ready(html`<career-path src=${SEED_URL}></career-path>`);
      const training = stage(el, 'training');
      expect(text(training.querySelector('.kind'))).to.equal('Duale Ausbildung');
      expect(text(training)).to.contain('Dauer: 3 Jahre').and.to.contain('Lernorte: Betrieb und Berufsschule');
      expect(stepTitles(el)).to.deep.equal(['1. Ausbildungsjahr', '2. Ausbildungsjahr', 'Zwischenprüfung', '3. Ausbildungsjahr', 'Abschlussprüfung']);
      const years = $$(el, '.step.year').map((li) => [text(li.querySelector('.meta')), text(li.querySelector('[part="pay"]'))]);
      expect(years).to.deep.equal([
        ['Dauer: 1 Jahr', '1.000 € pro Monat'],
        ['Dauer: 1 Jahr', '1.100 € pro Monat'],
        ['Dauer: 1 Jahr', '1.200 € pro Monat'],
      ]);
    });

    it('shows both exams: the intermediate one at half time and the final one before the IHK', async () => {
      const el = await ready(html`<career-path src=${SEED_URL}></career-path>`);
      const exams = $$(el, '[part~="exam"]').map((li) => [...li.querySelectorAll('p')].map(text));
      expect(exams).to.deep.equal([
        ['Zwischenprüfung', 'Nach der Hälfte der Ausbildung', 'Prüfung: IHK'],
        ['Abschlussprüfung', 'Am Ende der Ausbildung', 'Prüfung: IHK', 'Abschluss: IHK-Prüfungszeugnis'],
      ]);
    });

    it('shows the shorter way: 2 years credited after the Servicefachkraft, 1 year left', async () => {
      const el = await ready(html`<career-path src=${SEED_URL}></career-path>`);
      const way = $(el, '[part~="shortening"]')!;
      expect(way.closest('.stage-training'), 'part of the training stage').to.exist;
      expect(text(way)).to.contain('Kürzerer Weg')
        .and.to.contain('Voraussetzung: Abgeschlossene Ausbildung zur Servicefachkraft für Dialogmarketing')
        .and.to.contain('Angerechnet: 2 Jahre')
        .and.to.contain('Verbleibende Ausbildungszeit: 1 Jahr');
      expect(text(way.querySelector('summary'))).to.equal('Mehr zum kürzeren Weg');
    });

    it('shows job entry with the entry salary', async () => {
      const el = await ready(html`<career-path src=${SEED_URL}></career-path>`);
      const entry = stage(el, 'job-entry');
      expect(text(entry)).to.contain('Dein Beruf: Kaufmann / Kauffrau für Dialogmarketing');
      expect(text(entry.querySelector('[part="pay"]'))).to.equal('Einstiegsgehalt: 2.500 € pro Monat');
    });

    it('shows further training and study as branches, each description behind a closed disclosure', async () => {
      const el = await ready(html`<career-path src=${SEED_URL}></career-path>`);
      const groups = $$(el, '[part="branch"]').map((branch) => ({
        label: text(branch.querySelector('.label')),
        options: [...branch.querySelectorAll('summary')].map(text),
      }));
      expect(groups).to.deep.equal([
        {
          label: 'Weiterbildung',
          options: ['Marktforschung und Marktbeobachtung', 'Betriebswirt/-in für Absatz und Marketing', 'Fachwirt/in – E-Commerce'],
        },
        { label: 'Studium', options: ['Marketing, Vertrieb'] },
      ]);
      const details = $$(el, '[part="branch"] details');
      expect(details.every((d) => !(d as HTMLDetailsElement).open)).to.be.true;
      const description = details[3].querySelector('p')!;
      expect(text(description)).to.match(/^Im Studium erhältst du Kenntnisse/);
      expect(shown(description), 'a closed description is not shown').to.be.false;
      await expect(el).to.be.accessible();
    });

    it('speaks English, with durations and money in English', async () => {
      const { el } = await inWrapper(600, 'en');
      await expect(el).to.be.accessible();
      expect(stageTitles(el)).to.deep.equal(['Getting in', 'Training', 'Job entry', 'After that']);
      expect(stepTitles(el).slice(0, 2)).to.deep.equal(['1st year of training', '2nd year of training']);
      const all = text(el.shadowRoot as unknown as Element);
      expect(all)
        .to.contain('Duration: 3 years')
        .and.to.contain('Where you learn: Betrieb and Berufsschule')
        .and.to.contain('€1,000 a month')
        .and.to.contain('At half time')
        .and.to.contain('Examined by: IHK')
        .and.to.contain('Credited: 2 years')
        .and.to.contain('Training time left: 1 year')
        .and.to.contain('Entry salary: €2,500 a month')
        .and.to.contain('Your strengths');
      expect($$(el, '.label').map(text)).to.include.members(['Further training', 'Study']);
    });

    it('fires profile-load with the profile', async () => {
      const el = document.createElement('career-path');
      el.src = SEED_URL;
      const loaded = oneEvent(el, 'profile-load');
      document.body.append(el);
      const event = await loaded;
      expect(event.detail.profile.training?.timeToComplete).to.equal('P3Y');
      expect(event.bubbles && event.composed).to.be.true;
      el.remove();
    });
  });

  describe('keyboard', () => {
    it('opens a disclosure with Enter and another with Space, with a visible focus and a 24 px target', async () => {
      const el = await ready(html`<career-path src=${SEED_URL}></career-path>`);
      const summary = await tabTo(el, 'Betriebswirt/-in für Absatz und Marketing');
      const details = summary.parentElement as HTMLDetailsElement;
      expect(details.open).to.be.false;
      expect(getComputedStyle(summary).outlineStyle, 'focus is visible').to.equal('solid');
      expect(summary.getBoundingClientRect().height).to.be.at.least(24);
      await sendKeys({ press: 'Enter' });
      expect(details.open).to.be.true;
      expect(shown(details.querySelector('p')!)).to.be.true;
      expect(text(details.querySelector('p'))).to.match(/^Als Betriebswirt vertiefst du/);
      await expect(el).to.be.accessible();

      const next = await tabTo(el, 'Fachwirt/in – E-Commerce');
      await sendKeys({ press: 'Space' });
      expect((next.parentElement as HTMLDetailsElement).open).to.be.true;
      await sendKeys({ press: 'Space' });
      expect((next.parentElement as HTMLDetailsElement).open, 'and closes it again').to.be.false;
    });
  });

  describe('layout', () => {
    before(() => setViewport({ width: 1280, height: 800 }));
    after(() => setViewport({ width: 800, height: 600 }));

    const boxes = (el: CareerPath) => $$(el, '[part="timeline"] > [part="stage"]').map((li) => li.getBoundingClientRect());

    it('reads top-down in a narrow container, even in a wide window', async () => {
      const { el } = await inWrapper(320);
      const stages = boxes(el);
      expect(stages).to.have.length(4);
      for (let i = 1; i < stages.length; i++) {
        expect(stages[i].top, `stage ${i + 1} is below stage ${i}`).to.be.at.least(stages[i - 1].bottom);
        expect(stages[i].left).to.equal(stages[0].left);
      }
    });

    it('uses the width of a wide container: the training years and exams in one row, boxes and branches side by side', async () => {
      const { wrapper, el } = await inWrapper(1280);
      const stages = boxes(el);
      expect(stages).to.have.length(4);
      for (let i = 1; i < stages.length; i++) expect(stages[i].top, `stage ${i + 1} is below stage ${i}`).to.be.at.least(stages[i - 1].bottom);
      // Each stage as wide as the element: no column ends early beside a long one.
      for (const box of stages) expect(box.width, 'a stage takes the whole width').to.be.greaterThan(1100);
      const steps = $$(el, '[part="steps"] > li').map((li) => li.getBoundingClientRect());
      expect(steps).to.have.length(5);
      for (let i = 1; i < steps.length; i++) {
        expect(steps[i].top, `step ${i + 1} in the row of step 1`).to.equal(steps[0].top);
        expect(steps[i].left, `step ${i + 1} right of step ${i}`).to.be.at.least(steps[i - 1].right);
      }
      const [training, study] = $$(el, '[part="branch"]').map((li) => li.getBoundingClientRect());
      expect(study.top, 'study beside further training').to.equal(training.top);
      expect(study.left).to.be.at.least(training.right);
      // The certificate and the strengths in two columns, not one under the other.
      const certificate = $(el, '.certificate')!.getBoundingClientRect();
      const strengths = $(el, '[part="strengths"]')!.getBoundingClientRect();
      expect(strengths.left, 'the strengths in the second column').to.be.at.least(certificate.right);
      await expect(el).to.be.accessible();

      wrapper.style.width = '400px';
      await new Promise(requestAnimationFrame);
      const narrow = $$(el, '[part="steps"] > li').map((li) => li.getBoundingClientRect());
      expect(narrow[1].top, 'top-down again in a narrow container').to.be.at.least(narrow[0].bottom);
    });

    /** The seed with German compounds far wider than 320 px in every field the path shows. */
    async function longWords() {
      const long = 'Versicherungsvermittlungsdienstleistungsfachkraftausbildungsverordnung';
      const profile = await seedProfile();
      profile.educationRequirements!.name = long;
      profile.educationRequirements!.alternatives = [long];
      profile.skills![0].name = long;
      profile.training!.programType = long;
      profile.training!.learningPlaces = [long, long];
      profile.training!.exams![0] = { name: long, at: 'P18M', examiningBody: { name: long }, credential: long };
      profile.training!.shortening![0].prerequisite = long;
      profile.furtherEducation!.options[0] = { name: long, kind: 'further-training', description: long };
      profile.name = long;
      return profile;
    }

    for (const [name, lang, profile] of [['de', 'de'], ['en', 'en'], ['long words', 'de', longWords]] as const) {
      it(`lets nothing overflow at 320 px, every disclosure open (${name})`, async () => {
        const { el } = await inWrapper(320, lang, profile && (await profile()));
        $$(el, 'details').forEach((d) => ((d as HTMLDetailsElement).open = true));
        await new Promise(requestAnimationFrame);
        const host = el.getBoundingClientRect();
        expect(host.width).to.equal(320);
        expect(el.scrollWidth).to.be.at.most(el.clientWidth);
        for (const part of $$(el, '[part]')) {
          expect(part.scrollWidth, `${part.getAttribute('part')} overflows`).to.be.at.most(part.clientWidth);
        }
        for (const node of $$(el, '*')) {
          const box = node.getBoundingClientRect();
          if (box.width === 0) continue;
          expect(box.right, `<${node.localName} class="${node.className}"> sticks out`).to.be.at.most(host.right + 0.5);
          expect(box.left).to.be.at.least(host.left - 0.5);
        }
      });
    }
  });

  describe('partial profiles', () => {
    it('says clearly that a profile with neither training nor further education has no career path', async () => {
      const profile = await seedProfile();
      delete profile.training;
      delete profile.furtherEducation;
      const el = await ready(html`<career-path .profile=${profile}></career-path>`);
      expect(text($(el, '[part="empty"]'))).to.equal('Dieses Berufsprofil enthält keine Angaben zu: Karriereweg.');
      expect($(el, '[part="timeline"]')).to.be.null;
      await expect(el).to.be.accessible();
    });

    it('shows only what a profile without training has', async () => {
      const profile = await seedProfile();
      delete profile.training;
      const el = await ready(html`<career-path .profile=${profile}></career-path>`);
      expect(stageTitles(el)).to.deep.equal(['Einstieg', 'Berufseinstieg', 'Danach']);
      expect($(el, '[part="steps"]')).to.be.null;
      await expect(el).to.be.accessible();
    });

    it('ends with the prospects, behind a disclosure, also without further education', async () => {
      const profile = await seedProfile();
      delete profile.furtherEducation;
      const el = await ready(html`<career-path .profile=${profile}></career-path>`);
      expect(stageTitles(el)).to.deep.equal(['Einstieg', 'Ausbildung', 'Berufseinstieg', 'Danach']);
      const summary = $$(el, '.stage-after summary').map((s) => plain(s.textContent));
      expect(summary).to.deep.equal(['Zukunftsaussichten']);
      expect(plain($(el, '.stage-after .disclosure-text')!.textContent)).to.contain('Deine Zukunft als Kaufmann für Dialogmarketing ist gesichert!');
      await expect(el).to.be.accessible();
    });

    it('shows only what a profile without further education or salary has', async () => {
      const profile = await seedProfile();
      delete profile.furtherEducation;
      delete profile.prospects;
      delete profile.salary;
      delete profile.educationRequirements;
      delete profile.skills;
      const el = await ready(html`<career-path .profile=${profile}></career-path>`);
      expect(stageTitles(el)).to.deep.equal(['Ausbildung', 'Berufseinstieg']);
      expect(stepTitles(el)).to.have.length(5);
      expect($(el, '[part="pay"]')).to.be.null;
      await expect(el).to.be.accessible();
    });

    it('gives a training of 3½ years a fourth year of 6 months, and an option without description no empty disclosure', async () => {
      const profile = await seedProfile();
      profile.training!.timeToComplete = 'P3Y6M';
      profile.furtherEducation!.options[3].description = undefined;
      const el = await ready(html`<career-path .profile=${profile}></career-path>`);
      expect(text(stage(el, 'training'))).to.contain('Dauer: 3 Jahre, 6 Monate');
      expect(text($$(el, '.step.year')[3])).to.contain('4. Ausbildungsjahr').and.to.contain('Dauer: 6 Monate');
      const study = $(el, '.branch-study')!;
      expect(study.querySelector('details')).to.be.null;
      expect(text(study.querySelector('.option'))).to.equal('Marketing, Vertrieb');
    });
  });

  describe('training steps in time order', () => {
    const exam = (name: string, at?: string) => ({ name, at });
    const names = (steps: ReturnType<typeof trainingSteps>) => steps.map((s) => (s.kind === 'year' ? `Y${s.year}` : s.kind === 'exam' ? s.exam.name : s.period.kind));

    it('puts an exam at a year boundary before that year, and an exam without timing last', () => {
      const training = { timeToComplete: 'P2Y', exams: [exam('ohne'), exam('Teil 1', 'P1Y'), exam('Anfang', 'P0M'), exam('Ende', 'P2Y')] };
      expect(names(trainingSteps(training, undefined))).to.deep.equal(['Anfang', 'Y1', 'Teil 1', 'Y2', 'Ende', 'ohne']);
    });

    it('takes the years from the pay when the profile gives no duration', () => {
      const salary = { currency: 'EUR', unitText: 'MONTH' as const, trainingSalary: [{ year: 1, value: 1 }, { year: 2, value: 2 }] };
      const steps = trainingSteps({ exams: [exam('Mitte', 'P12M')] }, salary);
      expect(names(steps)).to.deep.equal(['Y1', 'Mitte', 'Y2']);
      expect(steps[2]).to.deep.equal({ kind: 'year', year: 2, duration: 'P1Y', pay: { year: 2, value: 2 } });
    });
  });

  it('shows a loading state that reserves space', async () => {
    const el = await fixture<CareerPath>(html`<career-path src="/test-api/profile?delay=400"></career-path>`);
    expect($(el, '[part="loading"]')!.getAttribute('aria-busy')).to.equal('true');
    expect(el.getBoundingClientRect().height).to.be.greaterThan(150);
    await expect(el).to.be.accessible();
    await settled(el);
    expect(stageTitles(el)).to.have.length(4);
  });

  describe('errors', () => {
    async function expectError(template: TemplateResult, message: string, path: string) {
      const errored = new Promise<CustomEvent>((resolve) =>
        document.addEventListener('profile-error', (e) => resolve(e as CustomEvent), { once: true }),
      );
      const wrapper = await fixture(html`<div>${template}</div>`);
      const el = wrapper.querySelector('career-path')!;
      const event = await errored;
      await settled(el);
      expect(text($(el, '[part="error"][role="status"]'))).to.equal(message);
      expect(event.detail.issues.map((issue: { path: string }) => issue.path)).to.include(path);
      expect(warnings.calls.filter((call) => call.includes('<career-path>'))).to.have.length(1);
      expect($(el, '[part="timeline"]')).to.be.null;
      await expect(el).to.be.accessible();
    }

    it('names the wrong fields of a broken career path', async () => {
      const profile = (await seedProfile()) as unknown as Record<string, any>;
      profile.training.timeToComplete = 'drei Jahre';
      profile.furtherEducation.options[1].kind = 'course';
      await expectError(
        html`<career-path .profile=${profile}></career-path>`,
        'Das Berufsprofil ist fehlerhaft und kann nicht angezeigt werden.',
        '$.training.timeToComplete',
      );
    });

    it('reports a 404 in English on an English page', async () => {
      await expectError(
        html`<section lang="en"><career-path src="/test-api/status/404"></career-path></section>`,
        'The profession profile could not be loaded (HTTP 404).',
        '$',
      );
    });
  });

  it('renders every profile string as text, never as HTML', async () => {
    const profile = await seedProfile();
    const payload = '<img src=x onerror="window.__pwned=1">';
    profile.training!.exams![0].name = payload;
    profile.furtherEducation!.options[0] = { name: payload, kind: 'study', description: payload };
    profile.educationRequirements!.alternatives = [payload];
    const el = await ready(html`<career-path .profile=${profile}></career-path>`);
    $$(el, 'details').forEach((d) => ((d as HTMLDetailsElement).open = true));
    await new Promise(requestAnimationFrame);
    expect((window as unknown as { __pwned?: number }).__pwned).to.be.undefined;
    expect(el.shadowRoot!.querySelector('img')).to.be.null;
    expect(stepTitles(el)).to.include(payload);
  });

  describe('language of profile text (issue 25)', () => {
    /** Each piece of text inside `node` with the language it is read in: the nearest lang in the shadow root, else the element's. */
    const spans = (node: Element) => [...node.querySelectorAll('[lang]')].map((span) => [span.getAttribute('lang'), plain(span.textContent)]);

    it('marks the German name in the title and the exam parts German on an English page', async () => {
      const profile = await (await fetch('/profiles/industriemechaniker.json')).json();
      const { el } = await inWrapper(1280, 'en', profile);
      const title = $(el, '[part="title"]')!;
      expect(text(title)).to.equal('Career path: Industriemechaniker / Industriemechanikerin');
      // Our words frame the name; only the name is German.
      expect(spans(title)).to.deep.equal([['de', 'Industriemechaniker / Industriemechanikerin']]);
      const partSteps = $$(el, '[part="steps"] > li .step-title').filter((step) => text(step).includes(' – '));
      expect(partSteps.length, 'the exam-part steps').to.be.greaterThan(0);
      for (const step of partSteps) {
        // "Abschlussprüfung – Teil 1": both names from the profile, each marked, the dash ours.
        const marked = spans(step).map(([lang, words]) => `${lang}:${words}`).join(' | ');
        expect(spans(step).every(([lang]) => lang === 'de'), marked).to.be.true;
        expect(spans(step).map(([, words]) => words).join(' – ')).to.equal(text(step));
      }
      await expect(el).to.be.accessible();
    });

    it('marks an English profile\'s name English on a German page, and nothing on an English one', async () => {
      const profile = await (await fetch('/profiles/dental-assistant-en.json')).json();
      const german = (await inWrapper(1280, 'de', profile)).el;
      expect(spans($(german, '[part="title"]')!)).to.deep.equal([['en', profile.name]]);
      expect(text($(german, '[part="title"]'))).to.equal(`Karriereweg: ${profile.name}`);
      const english = (await inWrapper(1280, 'en', profile)).el;
      expect(spans($(english, '[part="title"]')!)).to.deep.equal([]);
    });
  });

  it('names a dual study\'s phases at the university as such, in German and English (issue 25)', async () => {
    const profile = await seedProfile();
    profile.name = 'Wirtschaftsinformatik (duales Studium, B. Sc.)';
    profile.training = {
      ...profile.training!,
      legalBasis: 'higher-education',
      timeToComplete: 'P3Y',
      exams: [],
      shortening: [],
      periods: [
        { kind: 'university', duration: 'P3M', name: 'Theoriephase 1' },
        { kind: 'company', duration: 'P3M' },
        { kind: 'university', duration: 'P2Y6M' },
      ],
    };
    const { el } = await inWrapper(1280, 'de', profile);
    const periods = $$(el, '[part~="period"]').map((step) => text(step));
    expect(periods[0]).to.contain('Theoriephase 1').and.to.contain('Hochschule');
    expect(periods[2]).to.match(/^Hochschule/);
    expect(periods.join(' ')).not.to.contain('Schule ');
    const english = (await inWrapper(1280, 'en', profile)).el;
    expect($$(english, '[part~="period"]').map((step) => text(step))[2]).to.match(/^University/);
    await expect(el).to.be.accessible();
  });
});
