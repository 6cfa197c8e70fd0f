import '../src/profession-page/define.js';
import { elementMeta, states, withoutSections, type ElementStory } from './helpers.js';

export default { title: 'Profession page/Whole page', ...elementMeta('profession-page') };

/** The whole profession from the toolbar's profile (the seed by default), with its contents beside it. */
export const Ready: ElementStory = { name: 'Ready' };
/** As on a phone: the contents above the sections, everything in one column. */
export const Narrow: ElementStory = { ...states.narrow, name: 'Ready: narrow container (phone)' };
/** The page's title an `<h1>`, each section's title an `<h2>`. */
export const HeadingLevel1: ElementStory = { name: 'Ready: heading-level 1', args: { 'heading-level': 1 } };
export const FromSrc: ElementStory = { ...states.fromSrc, name: 'Ready: from src' };
export const English: ElementStory = { ...states.english, name: 'Ready: English' };
export const Dark: ElementStory = { ...states.dark, name: 'Ready: dark scheme' };
export const LongWords: ElementStory = { ...states.longWords, name: 'Ready: long German words' };
/** The fewest fields: only the sections the profile has, and only they in the contents. */
export const Minimal: ElementStory = { ...states.minimal, name: 'Ready: minimal profile' };
/** Without application, quiz and training contents: those sections and their contents entries are left out. */
export const SectionsLeftOut: ElementStory = {
  name: 'Ready: sections the profile lacks are left out',
  args: { profile: withoutSections('seed', 'application', 'quiz', 'trainingContents') },
};
export const Loading: ElementStory = { ...states.loading, name: 'Loading' };
export const ErrorInvalid: ElementStory = { ...states.invalid, name: 'Error: broken profile' };
export const ErrorHttp404: ElementStory = { ...states.http404, name: 'Error: HTTP 404' };
export const ErrorTimeout: ElementStory = { ...states.timeout, name: 'Error: timeout' };
export const ErrorNoProfile: ElementStory = { ...states.noProfile, name: 'Error: no profile' };
