// The Vue 3 page: every element in a Vue template, the profile bound with `:profile` (Vue sets it
// as a property, since the element has one), the events taken with `@event-name`. Vue is told
// that our tags are custom elements (`isCustomElement`), as the README says. Bundled by
// test/interop/run.mjs with esbuild, with Vue's template compiler.
import 'career-widgets';
import { createApp, shallowRef } from 'vue';
import type { Profile } from 'career-widgets';
import { seed as initial } from './seed-page.js';

const template = `
  <main>
    <salary-table id="salary-table" :profile="profile" view="both"
      @profile-load="on('salary-table', 'profile-load')" @cta-click="on('salary-table', 'cta-click')"></salary-table>
    <career-path id="career-path" :profile="profile" @profile-load="on('career-path', 'profile-load')"></career-path>
    <profession-quiz id="profession-quiz" :profile="profile"
      @profile-load="on('profession-quiz', 'profile-load')" @quiz-answer="on('profession-quiz', 'quiz-answer')"
      @quiz-complete="(event) => on('profession-quiz', 'quiz-complete:' + event.detail.score)"
      @cta-click="on('profession-quiz', 'cta-click')"></profession-quiz>
    <career-quiz id="career-quiz" lang="en" :profile="profile"
      @profile-load="on('career-quiz', 'profile-load')" @quiz-answer="on('career-quiz', 'quiz-answer')"
      @quiz-complete="(event) => on('career-quiz', 'quiz-complete:' + event.detail.score)"
      @cta-click="on('career-quiz', 'cta-click')"></career-quiz>
    <vacancy-teaser id="vacancy-teaser" :profile="profile" feed="/profiles/feeds/kaufmann-dialogmarketing.json" :limit="2"
      @profile-load="on('vacancy-teaser', 'profile-load')"
      @vacancy-click="(event) => on('vacancy-teaser', 'vacancy-click:' + event.detail.id)"
      @cta-click="on('vacancy-teaser', 'cta-click')"></vacancy-teaser>
  </main>`;

// A shallowRef hands the element the object itself; a deep ref or reactive() would hand it a proxy.
const profile = shallowRef(initial);
const app = createApp({
  template,
  setup: () => ({ profile, on: (tag: string, type: string) => window.__record.handled.push(`${tag}:${type}`) }),
});
app.config.compilerOptions.isCustomElement = (tag: string) => tag.includes('-');
app.mount('#root');
window.__setProfile = async (next) => {
  profile.value = next;
  await new Promise((resolve) => setTimeout(resolve));
};
