// The React 19 page: every element rendered by React, the profile passed as a prop (React 19 sets
// it as a property, since the element has one), the events taken with `on<event-name>` props.
// Bundled by test/interop/run.mjs with esbuild; type-checked with the generated JSX types by
// `npm run test:types`.
import type {} from 'career-widgets/types/react';
import 'career-widgets';
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { flushSync } from 'react-dom';
import type { Profile } from 'career-widgets';
import { seed as profile } from './seed-page.js';

const handled = (tag: string, type: string) => () => window.__record.handled.push(`${tag}:${type}`);

function App({ initial }: { initial: Profile }) {
  const [profile, setProfile] = useState(initial);
  window.__setProfile = (next) => flushSync(() => setProfile(next));
  return (
    <main>
      <salary-table
        id="salary-table"
        profile={profile}
        view="both"
        onprofile-load={handled('salary-table', 'profile-load')}
        oncta-click={handled('salary-table', 'cta-click')}
      />
      <career-path id="career-path" profile={profile} onprofile-load={handled('career-path', 'profile-load')} />
      <profession-quiz
        id="profession-quiz"
        profile={profile}
        onprofile-load={handled('profession-quiz', 'profile-load')}
        onquiz-answer={handled('profession-quiz', 'quiz-answer')}
        onquiz-complete={(event) => window.__record.handled.push(`profession-quiz:quiz-complete:${event.detail.score}`)}
        oncta-click={handled('profession-quiz', 'cta-click')}
      />
      <career-quiz
        id="career-quiz"
        lang="en"
        profile={profile}
        onprofile-load={handled('career-quiz', 'profile-load')}
        onquiz-answer={handled('career-quiz', 'quiz-answer')}
        onquiz-complete={(event) => window.__record.handled.push(`career-quiz:quiz-complete:${event.detail.score}`)}
        oncta-click={handled('career-quiz', 'cta-click')}
      />
      <vacancy-teaser
        id="vacancy-teaser"
        profile={profile}
        feed="/profiles/feeds/kaufmann-dialogmarketing.json"
        limit={2}
        onprofile-load={handled('vacancy-teaser', 'profile-load')}
        onvacancy-click={(event) => window.__record.handled.push(`vacancy-teaser:vacancy-click:${event.detail.id}`)}
        oncta-click={handled('vacancy-teaser', 'cta-click')}
      />
    </main>
  );
}

flushSync(() => createRoot(document.getElementById('root')!).render(<App initial={profile} />));
