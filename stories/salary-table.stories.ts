import '../src/salary-table/define.js';
import { elementMeta, states, withoutSections, type ElementStory } from './helpers.js';

export default { title: 'Elements/Salary table', ...elementMeta('salary-table', { args: { view: 'both' } }) };

/** The toolbar's profile (the seed by default) as table and bar chart. */
export const Ready: ElementStory = { name: 'Ready: table and chart' };
export const TableOnly: ElementStory = { name: 'Ready: table only', args: { view: 'table' } };
/** The table stays for screen readers, visually hidden. */
export const ChartOnly: ElementStory = { name: 'Ready: chart only', args: { view: 'chart' } };
export const FromSrc: ElementStory = { ...states.fromSrc, name: 'Ready: from src' };
export const English: ElementStory = { ...states.english, name: 'Ready: English' };
export const Dark: ElementStory = { ...states.dark, name: 'Ready: dark scheme' };
export const LongWords: ElementStory = { ...states.longWords, name: 'Ready: long German words' };
export const Minimal: ElementStory = { ...states.minimal, name: 'Ready: minimal profile' };
export const Loading: ElementStory = { ...states.loading, name: 'Loading' };
export const ErrorInvalid: ElementStory = { ...states.invalid, name: 'Error: broken profile' };
export const ErrorHttp404: ElementStory = { ...states.http404, name: 'Error: HTTP 404' };
export const ErrorTimeout: ElementStory = { ...states.timeout, name: 'Error: timeout' };
export const ErrorNoProfile: ElementStory = { ...states.noProfile, name: 'Error: no profile' };
/** A valid profile without `salary`. */
export const MissingSection: ElementStory = {
  name: 'Missing section: no salary',
  args: { profile: withoutSections('seed', 'salary') },
};
