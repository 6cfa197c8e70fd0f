// What every framework page shares with test/interop/run.mjs: the window globals the runner reads and
// sets (record.js keeps `__record`; a page sets `__setProfile`), and the seed profile it starts with.
import type { Profile } from 'career-widgets';

declare global {
  interface Window {
    __record: { handled: string[] };
    __profile: Profile;
    __setProfile: (profile: Profile) => void | Promise<void>;
  }
}

/** The seed profile, as the page's first input; also `window.__profile`, for the runner to compare with. */
export const seed: Profile = await (await fetch('/profiles/kaufmann-dialogmarketing.json')).json();
window.__profile = seed;
