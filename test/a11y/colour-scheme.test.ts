// Issue 13: the elements take their palette from the host page's `color-scheme`, not from the
// reader's system. Every state of every element, in each set-up (a light-only page with a dark
// system, a dark-only page with a light system, a page that follows the system, both ways):
// axe finds nothing, and every text node (4.5:1), bar, marker, border and focus ring (3:1) has
// its contrast against what is painted behind it (contrast.ts). The totals are logged, so the
// counts before and after a change can be compared.
import { expect } from '@open-wc/testing';
import 'axe-core/axe.min.js';
import { contrastReport } from './contrast.js';
import { SETUPS, STATES, applySetup, resetSetup } from './states.js';
import { captureWarnings } from '../helpers.js';

interface AxeResult {
  violations: { id: string; nodes: { target: unknown[] }[] }[];
}
declare const axe: { run(context: Element, options?: object): Promise<AxeResult> };

const tags = [...new Set(STATES.map((state) => state.tag))];
const totals = { runs: 0, axeRuns: 0, axeViolations: 0, contrastChecked: 0, contrastFailures: 0 };

describe('colour scheme from the host page', () => {
  let container: HTMLElement;
  let warnings: ReturnType<typeof captureWarnings>;
  beforeEach(() => {
    warnings = captureWarnings();
    container = document.createElement('div');
    container.style.inlineSize = '640px';
    document.body.append(container);
  });
  afterEach(async () => {
    container.remove();
    warnings.restore();
    await resetSetup();
  });
  after(() => console.log(`[a11y colour scheme] ${JSON.stringify(totals)}`));

  for (const setup of SETUPS) {
    for (const tag of tags) {
      it(`<${tag}>, every state: no axe violation, every contrast met (${setup.name})`, async function () {
        this.timeout(120_000);
        await applySetup(setup);
        const problems: string[] = [];
        for (const state of STATES.filter((s) => s.tag === tag)) {
          const el = await state.make(container);
          const result = await axe.run(el);
          totals.axeRuns++;
          for (const violation of result.violations) {
            totals.axeViolations++;
            problems.push(`${state.name}: axe ${violation.id} (${violation.nodes.length} nodes)`);
          }
          const report = await contrastReport(el);
          totals.contrastChecked += Object.values(report.counts).reduce((a, b) => a + b, 0);
          totals.contrastFailures += report.failures.length;
          problems.push(...report.failures.map((failure) => `${state.name}: ${failure}`));
          el.remove();
        }
        totals.runs++;
        expect(problems, problems.slice(0, 30).join('\n')).to.deep.equal([]);
      });
    }
  }
});
