// Mounts test/interop/svelte-page.svelte (the Svelte 5 page) with the seed profile.
import 'career-widgets';
import { mount } from 'svelte';
import { seed as initial } from './seed-page.js';
import Page from './svelte-page.svelte';

mount(Page, { target: document.getElementById('root')!, props: { initial } });
