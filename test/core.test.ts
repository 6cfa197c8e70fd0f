import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { formatDate, formatDuration, formatMoney } from '../src/core/format.js';
import { inheritedLang, resolveLanguage } from '../src/core/language.js';
import { safeUrl } from '../src/core/safe-url.js';
import { clampNumber } from '../src/core/number-attribute.js';
import { defineElement } from '../src/core/define.js';
import { toJsonPath, validateProfile } from '../src/core/validate.js';
import { captureWarnings, plain, seedProfile } from './helpers.js';

describe('formatting through Intl', () => {
  it('formats money per language, with cents only where there are some', () => {
    expect(plain(formatMoney(1000, 'EUR', 'de'))).to.equal('1.000 €');
    expect(formatMoney(1000, 'EUR', 'en')).to.equal('€1,000');
    expect(plain(formatMoney(1234.5, 'EUR', 'de'))).to.equal('1.234,50 €');
    expect(formatMoney(1000, 'JPY', 'en')).to.equal('¥1,000');
  });

  it('formats durations and dates', () => {
    expect(formatDuration('P3Y', 'de')).to.equal('3 Jahre');
    expect(formatDuration('P1Y', 'en')).to.equal('1 year');
    expect(formatDuration('P1Y6M', 'de')).to.equal('1 Jahr, 6 Monate');
    expect(formatDate('2025-08', 'de')).to.equal('August 2025');
    expect(formatDate('2025-08-01', 'en')).to.equal('August 1, 2025');
  });
});

describe('language', () => {
  it('takes the nearest lang, crossing shadow roots, else German', () => {
    const outer = document.createElement('div');
    outer.lang = 'en';
    const host = document.createElement('div');
    outer.append(host);
    const inner = document.createElement('span');
    host.attachShadow({ mode: 'open' }).append(inner);
    expect(inheritedLang(inner)).to.equal('en');
    expect(resolveLanguage('en-GB')).to.deep.equal({ language: 'en', locale: 'en-GB' });
    expect(resolveLanguage('fr')).to.deep.equal({ language: 'de', locale: 'de' });
    expect(resolveLanguage('')).to.deep.equal({ language: 'de', locale: 'de' });
  });

  it('finds only languages of its own, never a name of Object.prototype (issue 17, case 6)', () => {
    for (const lang of ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf-DE']) {
      expect(resolveLanguage(lang), lang).to.deep.equal({ language: 'de', locale: 'de' });
    }
  });
});

describe('number attributes', () => {
  const rule = { fallback: 10_000, min: 1, max: 86_400_000 };
  it('reads a finite number in range, and gives the fallback for anything else (issue 17, case 5)', () => {
    expect(clampNumber('2500', rule)).to.equal(2500);
    expect(clampNumber(' 2500 ', rule)).to.equal(2500);
    expect(clampNumber(2500, rule)).to.equal(2500);
    for (const value of ['30s', '', ' ', '0', '-1', 'Infinity', '-Infinity', 'NaN', null, undefined, NaN, Infinity, {}, '0x']) {
      expect(clampNumber(value, rule), String(value)).to.equal(10_000);
    }
    expect(clampNumber('1e10', rule)).to.equal(86_400_000);
    expect(clampNumber('2.7', { fallback: 3, min: 1, max: 200, integer: true })).to.equal(2);
    expect(clampNumber('0.5', { fallback: 3, min: 1, max: 200, integer: true })).to.equal(3);
  });
});

describe('safe links', () => {
  it('keeps https, http, mailto and tel', () => {
    expect(safeUrl('https://example.org/a')).to.equal('https://example.org/a');
    expect(safeUrl('mailto:ausbildung@example.org')).to.equal('mailto:ausbildung@example.org');
    expect(safeUrl('tel:+4930123')).to.equal('tel:+4930123');
    expect(safeUrl('/jobs')).to.match(/^http:\/\/(localhost|127\.0\.0\.1)/);
  });

  it('drops a URL with a user or a password: it shows one host and goes to another (issue 17, case 8)', () => {
    for (const url of ['https://www.arbeitsagentur.de@evil.example/', 'https://user:pw@example.org/', 'http://:secret@example.org/', 'https://a%40b@example.org']) {
      expect(safeUrl(url), url).to.be.undefined;
    }
    expect(safeUrl('mailto:ausbildung@example.org'), 'an address in mailto: is no user').to.equal('mailto:ausbildung@example.org');
    expect(safeUrl('https://example.org/@user')).to.equal('https://example.org/@user');
  });

  it('drops every other scheme, whatever the case, white space or control characters', () => {
    for (const url of ['javascript:alert(1)', ' JaVaScRiPt:alert(1)', 'java\tscript:alert(1)', 'java\nscript:x', 'data:text/html,<b>', 'vbscript:x', '\u0000javascript:x', 'file:///etc/passwd']) {
      expect(safeUrl(url), url).to.be.undefined;
    }
    expect(safeUrl(42)).to.be.undefined;
    expect(safeUrl('')).to.be.undefined;
  });

  it('never lets a non-web scheme through (generated)', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (scheme, rest) => {
        const result = safeUrl(`${scheme}:${rest}`);
        return result === undefined || /^(https?|mailto|tel):/.test(result);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('registration', () => {
  it('leaves a tag defined by someone else alone, with one warning', () => {
    class Theirs extends HTMLElement {}
    customElements.define('cw-test-taken', Theirs);
    const warnings = captureWarnings();
    try {
      class Ours extends HTMLElement {}
      expect(() => defineElement('cw-test-taken', Ours)).not.to.throw();
      expect(() => defineElement('cw-test-taken', Ours)).not.to.throw();
      expect(customElements.get('cw-test-taken')).to.equal(Theirs);
      expect(warnings.calls).to.have.length(1);
      expect(warnings.calls[0]).to.contain('<cw-test-taken> is already defined');
    } finally {
      warnings.restore();
    }
  });

  it('is silent when the same version registers again', () => {
    const warnings = captureWarnings();
    try {
      const Again = class extends HTMLElement {
        static version = customElements.get('cw-test-same') ? '' : 'x';
      };
      defineElement('cw-test-same', Again);
      defineElement('cw-test-same', Again);
      expect(warnings.calls).to.have.length(0);
    } finally {
      warnings.restore();
    }
  });
});

describe('the profile format', () => {
  it('accepts the seed profile', async () => {
    const result = validateProfile(await seedProfile());
    expect(result.ok, JSON.stringify(!result.ok && result.issues)).to.be.true;
  });

  it('writes JSON paths', () => {
    expect(toJsonPath([])).to.equal('$');
    expect(toJsonPath(['quiz', 'questions', 2, 'options'])).to.equal('$.quiz.questions[2].options');
    expect(toJsonPath(['odd key'])).to.equal('$["odd key"]');
  });

  it('reports every problem with its path, not just the first', async () => {
    const profile = (await seedProfile()) as any;
    profile.schemaVersion = 3;
    profile.salary.trainingSalary[0].value = -5;
    profile.training.timeToComplete = 'drei Jahre';
    profile.skills[1].name = '';
    profile.quiz.questions[0].correctOption = 7;
    const result = validateProfile(profile);
    expect(result.ok).to.be.false;
    const paths = !result.ok ? result.issues.map((issue) => issue.path) : [];
    expect(paths).to.include.members([
      '$.schemaVersion',
      '$.salary.trainingSalary[0].value',
      '$.training.timeToComplete',
      '$.skills[1].name',
      '$.quiz.questions[0].correctOption',
    ]);
  });

  it('rejects quiz results that overlap or leave a score without a result', async () => {
    const profile = (await seedProfile()) as any;
    profile.quiz.results[1].minScore = 1;
    let result = validateProfile(profile);
    expect(!result.ok && result.issues).to.deep.include({ path: '$.quiz.results', message: 'Results overlap at a score of 1' });
    profile.quiz.results[1].minScore = 3;
    result = validateProfile(profile);
    expect(!result.ok && result.issues).to.deep.include({ path: '$.quiz.results', message: 'No result covers a score of 2' });
  });

  it('never throws on generated input', () => {
    fc.assert(
      fc.property(fc.anything(), (input) => {
        const result = validateProfile(input);
        return result.ok || result.issues.every((issue) => issue.path.startsWith('$') && issue.message.length > 0);
      }),
      { numRuns: 1000 },
    );
  });
});
