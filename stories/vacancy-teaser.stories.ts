import '../src/vacancy-teaser/define.js';
import { MISSING_URL, NEVER_ANSWERS_URL, elementMeta, states, storyProfile, withoutSections, type ElementStory } from './helpers.js';

export default { title: 'Elements/Vacancy teaser', ...elementMeta('vacancy-teaser', { args: { limit: 3 } }) };

/** The fixture feed (13 postings, dated 2029–2031) as the static Storybook serves it from profiles/. */
const FEED_URL = './profiles/feeds/kaufmann-dialogmarketing.json';

/** `YYYY-MM-DD`, `days` from today: the profile's own vacancies for the expiry story. */
function isoDay(days: number) {
  const date = new Date();
  date.setDate(date.getDate() + days);
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}

/** The seed profile with three vacancies of its own (no feed): one expired yesterday and is not shown. */
function profileWithVacancies() {
  const profile = storyProfile('seed') as { vacancies: { items: unknown[] } };
  const posting = (id: string, employer: string, postalCode: string, city: string, start: number, until: number) => ({
    identifier: id,
    title: 'Ausbildung Kaufmann / Kauffrau für Dialogmarketing (m/w/d)',
    hiringOrganization: { name: employer },
    jobLocation: { address: { postalCode, addressLocality: city } },
    jobStartDate: isoDay(start),
    datePosted: isoDay(-7),
    validThrough: isoDay(until),
    url: `https://karriere.example/${id}`,
  });
  profile.vacancies.items = [
    posting('A-1', 'Dialogwerk Berlin GmbH', '10117', 'Berlin', 60, 30),
    posting('A-2', 'Messestadt Callcenter GmbH (abgelaufen)', '04109', 'Leipzig', 10, -1),
    posting('A-3', 'Hanse Kundenservice GmbH', '20097', 'Hamburg', 30, 20),
  ];
  return profile;
}

/** The first three of the fixture feed, soonest start first, and "show all" (the feed's own page). */
export const Ready: ElementStory = { name: 'Ready: from a feed', args: { feed: FEED_URL } };
export const English: ElementStory = { ...states.english, name: 'Ready: English', args: { feed: FEED_URL } };
export const Dark: ElementStory = { ...states.dark, name: 'Ready: dark scheme', args: { feed: FEED_URL } };
export const LongWords: ElementStory = { ...states.longWords, name: 'Ready: long German words', args: { feed: FEED_URL } };
export const Limit: ElementStory = { name: 'Ready: limit 6', args: { feed: FEED_URL, limit: 6 } };
/** `location` matches the place, ignoring case, or a postal-code prefix (`10`). */
export const Location: ElementStory = { name: 'Ready: only Berlin', args: { feed: FEED_URL, location: 'berlin' } };
/** Links open in a new window, with `rel="noopener noreferrer"` and a hint for screen readers. */
export const NewWindow: ElementStory = { name: 'Ready: links in a new window', args: { feed: FEED_URL, target: '_blank' } };
/** Also writes the shown postings as JSON-LD into the element's light DOM (inspect the element). */
export const StructuredData: ElementStory = { name: 'Ready: with JSON-LD', args: { feed: FEED_URL, 'structured-data': true } };
/** No feed: the profile's own `vacancies.items`; the expired one is left out. */
export const FromProfile: ElementStory = { name: 'Ready: the profile\'s own vacancies', args: { profile: profileWithVacancies() } };
/** No feed and no vacancies in the profile: its text and job alert ("Suchbot erstellen"). */
export const Empty: ElementStory = { name: 'Empty: job alert' };
export const EmptyEnglish: ElementStory = { ...states.english, name: 'Empty: English' };
export const EmptyLocation: ElementStory = { name: 'Empty: nothing in that place', args: { feed: FEED_URL, location: 'Kiel' } };
/** The feed answers 404: the empty state with a notice, never the error state. */
export const FeedHttp404: ElementStory = { name: 'Empty: feed answers 404', args: { feed: MISSING_URL }, tags: ['http-error'] };
export const FeedTimeout: ElementStory = { name: 'Empty: feed times out', args: { feed: NEVER_ANSWERS_URL, timeout: 1000 } };
export const Loading: ElementStory = { ...states.loading, name: 'Loading: profile' };
export const LoadingFeed: ElementStory = {
  name: 'Loading: feed',
  args: { feed: NEVER_ANSWERS_URL, timeout: 86_400_000 },
  tags: ['loading'],
};
export const ErrorInvalid: ElementStory = { ...states.invalid, name: 'Error: broken profile' };
export const ErrorHttp404: ElementStory = { ...states.http404, name: 'Error: HTTP 404' };
export const ErrorTimeout: ElementStory = { ...states.timeout, name: 'Error: timeout' };
export const ErrorNoProfile: ElementStory = { ...states.noProfile, name: 'Error: no profile' };
/** A valid profile without `vacancies`, and no feed. */
export const MissingSection: ElementStory = {
  name: 'Missing section: no vacancies',
  args: { profile: withoutSections('seed', 'vacancies') },
};
