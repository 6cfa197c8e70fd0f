// React 19 with career-widgets/types/react: props, property types, event details, refs.
import type {} from 'career-widgets/types/react';
import { useRef } from 'react';
import type { Profile } from 'career-widgets';
import type { SalaryTable } from 'career-widgets/salary-table/class';
// A JSON import of a profile, as TypeScript types it (`schemaVersion: number`): no cast needed.
import seed from 'career-widgets/profiles/kaufmann-dialogmarketing.json';

export function Page({ profile }: { profile: Profile }) {
  const table = useRef<SalaryTable>(null);
  return (
    <>
      <salary-table
        ref={table}
        profile={profile}
        view="chart"
        timeout={5000}
        structuredData
        lang="en"
        class="wide"
        data-layer=""
        onprofile-load={(event) => event.detail.profile.name.toUpperCase()}
        onprofile-error={(event) => event.detail.issues.map((issue) => issue.path)}
        oncta-click={(event) => event.detail.href}
      />
      <career-path src="/p.json" structuredData onprofile-load={(event) => event.detail.profile.training?.timeToComplete} />
      <profession-quiz shuffle onquiz-answer={(event) => event.detail.correct} onquiz-complete={(event) => event.detail.result.text} />
      <career-quiz profile={profile} finder-href="/finder" vacancies-href="/lehrstellen" onquiz-complete={(event) => event.detail.score.toFixed()} />
      <vacancy-teaser feed="/feed.json" limit={3} location="Berlin" target="_blank" onvacancy-click={(event) => event.detail.id.length}>
        <script type="application/json">{JSON.stringify(profile)}</script>
      </vacancy-teaser>

      <salary-table profile={seed} style={{ '--cw-color-accent': 'rebeccapurple', marginBlock: 8 }} />
      {/* Numbers as HTML writes them: the element parses the string. */}
      <career-path profile={seed} heading-level="3" timeout="5000" headingLevel={3} />
      <vacancy-teaser limit="3" data-layer="gtmLayer" data-layer-include="quiz-answer" />
      <profession-page profile={seed} feed="/feed.json" id-prefix="p-" onquiz-complete={(event) => event.detail.result.text} />

      {/* @ts-expect-error not a view */}
      <salary-table view="pie" />
      {/* @ts-expect-error a profile is an object */}
      <salary-table profile={42} />
      {/* @ts-expect-error a profile has a name */}
      <career-path profile={{ schemaVersion: 2 }} />
      {/* @ts-expect-error timeout is a number */}
      <salary-table timeout="soon" />
      {/* @ts-expect-error a salary table has no feed */}
      <salary-table feed="/feed.json" />
      {/* @ts-expect-error no such field in the detail */}
      <salary-table onprofile-load={(event) => event.detail.nothing} />
      {/* @ts-expect-error shuffle is a boolean */}
      <career-quiz shuffle="yes" />
      {/* @ts-expect-error limit is a number, or a string of one */}
      <vacancy-teaser limit="three" />
      {/* @ts-expect-error no property is named "undefined" (data-layer has no property) */}
      <salary-table undefined="x" />
      {/* @ts-expect-error headingLevel, the property, is a number */}
      <salary-table headingLevel="3" />
      {/* @ts-expect-error data-layer names a global array: a string */}
      <salary-table data-layer={42} />
    </>
  );
}

// A ref of the wrong element type is refused too.
export function WrongRef() {
  const quiz = useRef<HTMLInputElement>(null);
  // @ts-expect-error a quiz is no input
  return <profession-quiz ref={quiz} />;
}
