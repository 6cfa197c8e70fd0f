import '../src/profession-suitability/define.js';
import { elementMeta, states, withoutSections, type ElementStory } from './helpers.js';

export default { title: 'Profession page/Suitability', ...elementMeta('profession-suitability') };

/** Qualifications, strengths, school certificate, suits / suits less, from the toolbar's profile (the seed by default). */
export const Ready: ElementStory = { name: 'Ready' };
/** Under a host page's `<h3>`: the title an `<h4>`, its sub-sections `<h5>`. */
export const HeadingLevel4: ElementStory = { name: 'Ready: heading-level 4', args: { 'heading-level': 4 } };
export const Narrow: ElementStory = { ...states.narrow, name: 'Ready: narrow container' };
export const FromSrc: ElementStory = { ...states.fromSrc, name: 'Ready: from src' };
export const English: ElementStory = { ...states.english, name: 'Ready: English' };
export const Dark: ElementStory = { ...states.dark, name: 'Ready: dark scheme' };
export const LongWords: ElementStory = { ...states.longWords, name: 'Ready: long German words' };
export const LongWordsNarrow: ElementStory = { ...states.longWords, ...states.narrow, name: 'Ready: long German words, narrow' };
export const Minimal: ElementStory = { ...states.minimal, name: 'Minimal profile' };
export const Loading: ElementStory = { ...states.loading, name: 'Loading' };
export const ErrorInvalid: ElementStory = { ...states.invalid, name: 'Error: broken profile' };
export const ErrorHttp404: ElementStory = { ...states.http404, name: 'Error: HTTP 404' };
export const ErrorTimeout: ElementStory = { ...states.timeout, name: 'Error: timeout' };
export const ErrorNoProfile: ElementStory = { ...states.noProfile, name: 'Error: no profile' };
/** A valid profile with none of these. */
export const MissingSection: ElementStory = {
  name: 'Missing section: none of these',
  args: { profile: withoutSections('seed', 'qualifications', 'skills', 'educationRequirements', 'suitability') },
};
