// `structured-data` on <salary-table> and <career-path>: schema.org JSON-LD in the light DOM,
// written by the core's writeJsonLd (shared with <vacancy-teaser>, tested in its own file).
import { expect, fixture, html } from '@open-wc/testing';
import '../src/salary-table/define.js';
import '../src/career-path/define.js';
import type { SalaryTable } from '../src/salary-table/salary-table.js';
import type { CareerPath } from '../src/career-path/career-path.js';
import type { ProfileElement } from '../src/core/profile-element.js';
import { SEED_URL, captureWarnings, seedProfile, settled } from './helpers.js';

const NAME = 'Kaufmann / Kauffrau für Dialogmarketing';

async function ready<T extends ProfileElement>(template: ReturnType<typeof html>) {
  const el = await fixture<T>(template);
  await settled(el);
  return el;
}

/** The element's JSON-LD scripts, parsed. */
function jsonLd(el: Element) {
  return [...el.querySelectorAll(':scope > script[type="application/ld+json"]')].map((script) => JSON.parse(script.textContent!));
}

const month = (median: number, name?: string) => ({
  '@type': 'MonetaryAmountDistribution',
  ...(name ? { name } : {}),
  currency: 'EUR',
  duration: 'P1M',
  median,
});

describe('structured data', () => {
  describe('<salary-table>', () => {
    it('writes nothing without the attribute', async () => {
      const el = await ready(html`<salary-table src=${SEED_URL}></salary-table>`);
      expect(jsonLd(el)).to.deep.equal([]);
    });

    it('writes the Occupation with its estimated salary and the WorkBasedProgram with its pay', async () => {
      const el = await ready(html`<salary-table src=${SEED_URL} structured-data></salary-table>`);
      expect(jsonLd(el)).to.deep.equal([
        {
          '@context': 'https://schema.org',
          '@graph': [
            { '@type': 'Occupation', name: NAME, estimatedSalary: month(2500, 'Einstiegsgehalt') },
            {
              '@type': 'WorkBasedProgram',
              name: NAME,
              programType: 'Duale Ausbildung',
              trainingSalary: [month(1000, '1. Ausbildungsjahr'), month(1100, '2. Ausbildungsjahr'), month(1200, '3. Ausbildungsjahr')],
              salaryUponCompletion: month(2500, 'Einstiegsgehalt'),
            },
          ],
        },
      ]);
      const script = el.querySelector('script[type="application/ld+json"]')!;
      expect(script.hasAttribute('data-salary-table'), 'marked as ours').to.be.true;
      expect(el.shadowRoot!.querySelector('script'), 'in the light DOM, where crawlers read it').to.equal(null);
    });

    it('follows the language, yearly pay, a new profile, the attribute and the error state', async () => {
      const profile = await seedProfile();
      profile.salary!.unitText = 'YEAR';
      delete profile.salary!.salaryUponCompletion;
      const el = await ready<SalaryTable>(html`<salary-table lang="en" .profile=${profile} structured-data></salary-table>`);
      const [doc] = jsonLd(el);
      expect(doc['@graph'][0]).to.deep.equal({ '@type': 'Occupation', name: NAME });
      expect(doc['@graph'][1].trainingSalary[0]).to.deep.equal({ ...month(1000, '1st year of training'), duration: 'P1Y' });
      expect(doc['@graph'][1]).not.to.have.property('salaryUponCompletion');

      const noSalary = await seedProfile();
      delete noSalary.salary;
      el.profile = noSalary;
      await settled(el);
      expect(jsonLd(el), 'no salary shown, none written').to.deep.equal([]);

      el.profile = await seedProfile();
      await settled(el);
      expect(jsonLd(el)).to.have.length(1);
      el.structuredData = false;
      await el.updateComplete;
      expect(jsonLd(el), 'the attribute went').to.deep.equal([]);

      el.structuredData = true;
      const warnings = captureWarnings();
      try {
        el.profile = { schemaVersion: 1 } as never;
        await settled(el);
      } finally {
        warnings.restore();
      }
      expect(jsonLd(el), 'nothing in the error state').to.deep.equal([]);
    });

    it('keeps text from a profile inside its script, and reads its inline profile still', async () => {
      const profile = await seedProfile();
      profile.name = '</script><script>alert(1)</script>';
      const el = await ready(html`<salary-table structured-data>
        <script type="application/json">${JSON.stringify(profile)}</script>
      </salary-table>`);
      const script = el.querySelector('script[type="application/ld+json"]')!;
      expect(script.textContent).not.to.contain('<');
      expect(jsonLd(el)[0]['@graph'][0].name).to.equal(profile.name);
      expect(el.querySelectorAll('script')).to.have.length(2);
      expect(el.shadowRoot!.textContent).to.contain(profile.name);
    });
  });

  describe('<career-path>', () => {
    it('writes the training as a WorkBasedProgram', async () => {
      const el = await ready(html`<career-path src=${SEED_URL} structured-data></career-path>`);
      expect(jsonLd(el)).to.deep.equal([
        {
          '@context': 'https://schema.org',
          '@graph': [
            {
              '@type': 'WorkBasedProgram',
              name: NAME,
              programType: 'Duale Ausbildung',
              timeToComplete: 'P3Y',
              programPrerequisites: 'Realschulabschluss / Mittlere Reife',
              occupationalCredentialAwarded: 'IHK-Prüfungszeugnis',
              trainingSalary: [month(1000, '1. Ausbildungsjahr'), month(1100, '2. Ausbildungsjahr'), month(1200, '3. Ausbildungsjahr')],
              salaryUponCompletion: month(2500),
            },
          ],
        },
      ]);
      expect(el.querySelector('script[type="application/ld+json"]')!.hasAttribute('data-career-path')).to.be.true;
    });

    it('takes the credential from the final exam, leaves out what the profile lacks, and goes without training', async () => {
      const profile = await seedProfile();
      delete profile.training!.occupationalCredentialAwarded;
      delete profile.training!.timeToComplete;
      delete profile.educationRequirements;
      delete profile.salary;
      const el = await ready<CareerPath>(html`<career-path .profile=${profile} structured-data></career-path>`);
      expect(jsonLd(el)[0]['@graph']).to.deep.equal([
        { '@type': 'WorkBasedProgram', name: NAME, programType: 'Duale Ausbildung', occupationalCredentialAwarded: 'IHK-Prüfungszeugnis' },
      ]);

      const noTraining = await seedProfile();
      delete noTraining.training;
      el.profile = noTraining;
      await settled(el);
      expect(jsonLd(el), 'further education only: no program to describe').to.deep.equal([]);
    });

    it('leaves a JSON-LD script of the page alone', async () => {
      const el = await ready<CareerPath>(html`<career-path src=${SEED_URL} structured-data>
        <script type="application/ld+json">{"@context":"https://schema.org","@type":"Thing","name":"the page's own"}</script>
      </career-path>`);
      expect(jsonLd(el).map((doc) => doc['@type'] ?? 'ours')).to.deep.equal(['Thing', 'ours']);
      el.structuredData = false;
      await el.updateComplete;
      expect(jsonLd(el).map((doc) => doc.name)).to.deep.equal(["the page's own"]);
    });
  });
});
