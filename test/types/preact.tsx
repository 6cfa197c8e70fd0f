/** @jsxImportSource preact */
// Preact with career-widgets/types/preact.
import type {} from 'career-widgets/types/preact';
import type { Profile } from 'career-widgets';
import seed from 'career-widgets/profiles/kaufmann-dialogmarketing.json';

export function Page({ profile }: { profile: Profile }) {
  return (
    <div>
      <salary-table profile={profile} view="table" timeout={5000} onprofile-load={(event) => event.detail.profile.name} />
      <career-quiz shuffle onquiz-answer={(event) => event.detail.answerIndex + 1} />
      <vacancy-teaser feed="/feed.json" limit={2} onvacancy-click={(event) => event.detail.url} />
      <career-path profile={seed} heading-level={3} />
      {/* @ts-expect-error not a view */}
      <salary-table view="pie" />
      {/* @ts-expect-error a profile is an object */}
      <salary-table profile={42} />
      {/* @ts-expect-error limit is a number, or a string of one */}
      <vacancy-teaser limit="two" />
      <vacancy-teaser limit="2" heading-level="3" timeout="5000" />
      {/* @ts-expect-error no such field in the detail */}
      <career-path onprofile-load={(event) => event.detail.nothing} />
    </div>
  );
}
