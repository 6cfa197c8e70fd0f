/** @jsxImportSource solid-js */
// SolidJS with career-widgets/types/solid: `prop:` sets a property, `attr:`/`bool:` an attribute, `on:` listens.
import type {} from 'career-widgets/types/solid';
import type { Profile } from 'career-widgets';
import seed from 'career-widgets/profiles/kaufmann-dialogmarketing.json';

export function Page(props: { profile: Profile }) {
  return (
    <div>
      <salary-table prop:profile={props.profile} prop:view="chart" attr:heading-level={3} on:profile-load={(event) => event.detail.profile.name} />
      <career-path prop:profile={seed} bool:structured-data={true} on:profile-error={(event) => event.detail.issues.length} />
      <vacancy-teaser prop:limit={2} on:vacancy-click={(event) => event.detail.url} />
      <vacancy-teaser attr:heading-level="3" attr:data-layer="gtmLayer" />
      {/* @ts-expect-error not a view */}
      <salary-table prop:view="pie" />
      {/* @ts-expect-error a profile is an object */}
      <salary-table prop:profile={42} />
      {/* @ts-expect-error no such field in the detail */}
      <career-path on:profile-load={(event) => event.detail.nothing} />
    </div>
  );
}
