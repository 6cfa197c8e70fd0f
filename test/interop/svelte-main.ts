// Mounts test/interop/svelte-page.svelte (the Svelte 5 page) with the seed profile.
import 'career-widgets';
import { mount } from 'svelte';
import type { Profile } from 'career-widgets';
import Page from './svelte-page.svelte';

declare global {
  interface Window {
    __record: { handled: string[] };
    __profile: Profile;
    __setProfile: (profile: Profile) => void | Promise<void>;
  }
}

const initial: Profile = await (await fetch('/profiles/kaufmann-dialogmarketing.json')).json();
window.__profile = initial;
mount(Page, { target: document.getElementById('root')!, props: { initial } });
