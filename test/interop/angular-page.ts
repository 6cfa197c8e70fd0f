// The Angular 21 page: every element in an Angular template, the profile bound with `[profile]`
// (Angular sets the property), the events taken with `(event-name)`. The tags are custom elements,
// which Angular is told with CUSTOM_ELEMENTS_SCHEMA (without it, each tag is an error). Zoneless, as
// a new Angular 21 app is; compiled just in time (@angular/compiler in the page) and bundled by
// test/interop/run.mjs with esbuild; type-checked by `npm run test:types`.
import '@angular/compiler';
import 'career-widgets';
import { Component, CUSTOM_ELEMENTS_SCHEMA, provideZonelessChangeDetection, signal } from '@angular/core';
import { bootstrapApplication } from '@angular/platform-browser';
import type { Profile } from 'career-widgets';
import { seed as initial } from './seed-page.js';

@Component({
  selector: 'app-root',
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <main>
      <salary-table id="salary-table" [profile]="profile()" view="both"
        (profile-load)="on('salary-table', 'profile-load')" (cta-click)="on('salary-table', 'cta-click')"></salary-table>
      <career-path id="career-path" [profile]="profile()" (profile-load)="on('career-path', 'profile-load')"></career-path>
      <profession-quiz id="profession-quiz" [profile]="profile()"
        (profile-load)="on('profession-quiz', 'profile-load')" (quiz-answer)="on('profession-quiz', 'quiz-answer')"
        (quiz-complete)="on('profession-quiz', 'quiz-complete:' + $any($event).detail.score)"
        (cta-click)="on('profession-quiz', 'cta-click')"></profession-quiz>
      <career-quiz id="career-quiz" lang="en" [profile]="profile()"
        (profile-load)="on('career-quiz', 'profile-load')" (quiz-answer)="on('career-quiz', 'quiz-answer')"
        (quiz-complete)="on('career-quiz', 'quiz-complete:' + $any($event).detail.score)"
        (cta-click)="on('career-quiz', 'cta-click')"></career-quiz>
      <vacancy-teaser id="vacancy-teaser" [profile]="profile()" feed="/profiles/feeds/kaufmann-dialogmarketing.json" [limit]="2"
        (profile-load)="on('vacancy-teaser', 'profile-load')"
        (vacancy-click)="on('vacancy-teaser', 'vacancy-click:' + $any($event).detail.id)"
        (cta-click)="on('vacancy-teaser', 'cta-click')"></vacancy-teaser>
    </main>`,
})
class App {
  // A signal holds the object itself: the element receives the very profile the app has.
  readonly profile = signal(initial);
  constructor() {
    window.__setProfile = async (next) => {
      this.profile.set(next);
      await new Promise((resolve) => setTimeout(resolve));
    };
  }
  on(tag: string, type: string) {
    window.__record.handled.push(`${tag}:${type}`);
  }
}

await bootstrapApplication(App, { providers: [provideZonelessChangeDetection()] });
