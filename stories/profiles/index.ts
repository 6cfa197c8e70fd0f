/**
 * The profiles of the toolbar's profile switcher. The seed is imported from
 * profiles/ (never copied), so the stories always show the real profile.
 * `npx career-widgets validate stories/profiles/*.json` passes for all but
 * broken.json, which is broken on purpose (7 problems, in several sections).
 */
import seed from '../../profiles/kaufmann-dialogmarketing.json';
import industriemechaniker from '../../profiles/industriemechaniker.json';
import tischler from '../../profiles/tischler.json';
import pflegefachmann from '../../profiles/pflegefachmann.json';
import erzieher from '../../profiles/erzieher.json';
import fachinformatiker from '../../profiles/fachinformatiker-anwendungsentwicklung.json';
import verwaltungsfachangestellter from '../../profiles/verwaltungsfachangestellter.json';
import dentalAssistant from '../../profiles/dental-assistant-en.json';
import minimal from './minimal.json';
import longWords from './long-words.json';
import broken from './broken.json';

export const profiles = {
  /** The whole German profession page (profiles/kaufmann-dialogmarketing.json). */
  seed,
  // The corpus of profiles/: one real profession of each kind of German training (docs/profile-format.md).
  industriemechaniker,
  tischler,
  pflegefachmann,
  erzieher,
  fachinformatiker,
  verwaltungsfachangestellter,
  'dental-assistant-en': dentalAssistant,
  /** The fewest fields that still fill each section: no source, no entry salary, one quiz question, no vacancies. */
  minimal,
  /** Very long German compound words and texts in every section: the layout must hold. */
  'long-words': longWords,
  /** Invalid in several sections: every element shows its error state. */
  broken,
} satisfies Record<string, object>;

export type ProfileName = keyof typeof profiles;

/** The toolbar's names for them. */
export const profileTitles: Record<ProfileName, string> = {
  seed: 'Seed: Kaufmann/-frau für Dialogmarketing',
  industriemechaniker: 'Industriemechaniker/-in (3½ years, stretched exam)',
  tischler: 'Tischler/-in (craft, Handwerkskammer)',
  pflegefachmann: 'Pflegefachfrau/-mann (federal law, state exam)',
  erzieher: 'Erzieher/-in (school-based, unpaid years)',
  fachinformatiker: 'Fachinformatiker/-in (IT, shortened with Abitur)',
  verwaltungsfachangestellter: 'Verwaltungsfachangestellte/-r (public service)',
  'dental-assistant-en': 'Dental assistant (profile in English)',
  minimal: 'Minimal profile',
  'long-words': 'Long German words and texts',
  broken: 'Broken profile',
};

/** A fresh copy of a story profile, so that nothing a story does can change it for the next. */
export function storyProfile(name: ProfileName): Record<string, unknown> {
  return structuredClone(profiles[name]) as Record<string, unknown>;
}

/** A copy of a profile without some of its sections: the "missing section" state. */
export function withoutSections(name: ProfileName, ...sections: string[]): Record<string, unknown> {
  const profile = storyProfile(name);
  for (const section of sections) delete profile[section];
  return profile;
}
