import '../src/career-path/define.js';
import type { CareerPath } from '../src/career-path/career-path.js';
import { elementMeta, states, withoutSections, type ElementStory } from './helpers.js';

export default { title: 'Elements/Career path', ...elementMeta('career-path') };

/** Opens every disclosure (certificate, training, shorter way, each option), as a reader would by clicking. */
const allOpen: Pick<ElementStory, 'play'> = {
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector<CareerPath>('career-path')!;
    await el.settled;
    for (const summary of el.shadowRoot!.querySelectorAll<HTMLElement>('details:not([open]) > summary')) summary.click();
    await el.updateComplete;
  },
};

/** The toolbar's profile (the seed by default) as a timeline, left to right in a wide container. */
export const Ready: ElementStory = { name: 'Ready' };
/** Top-down, as in a sidebar. */
export const Narrow: ElementStory = { ...states.narrow, name: 'Ready: narrow container' };
export const DisclosuresOpen: ElementStory = { ...allOpen, name: 'Ready: every disclosure open' };
export const FromSrc: ElementStory = { ...states.fromSrc, name: 'Ready: from src' };
export const English: ElementStory = { ...states.english, name: 'Ready: English' };
export const Dark: ElementStory = { ...states.dark, ...allOpen, name: 'Ready: dark scheme, disclosures open' };
export const LongWords: ElementStory = { ...states.longWords, ...allOpen, name: 'Ready: long German words' };
export const LongWordsNarrow: ElementStory = { ...states.longWords, ...states.narrow, name: 'Ready: long German words, narrow' };
export const Minimal: ElementStory = { ...states.minimal, name: 'Ready: minimal profile' };
/** Further education only: no training section, so the path starts at job entry. */
export const FurtherEducationOnly: ElementStory = {
  name: 'Ready: further education only',
  args: { profile: withoutSections('seed', 'training') },
};
export const Loading: ElementStory = { ...states.loading, name: 'Loading' };
export const ErrorInvalid: ElementStory = { ...states.invalid, name: 'Error: broken profile' };
export const ErrorHttp404: ElementStory = { ...states.http404, name: 'Error: HTTP 404' };
export const ErrorTimeout: ElementStory = { ...states.timeout, name: 'Error: timeout' };
export const ErrorNoProfile: ElementStory = { ...states.noProfile, name: 'Error: no profile' };
/** A valid profile with neither `training` nor `furtherEducation`. */
export const MissingSection: ElementStory = {
  name: 'Missing section: no training, no further education',
  args: { profile: withoutSections('seed', 'training', 'furtherEducation') },
};
