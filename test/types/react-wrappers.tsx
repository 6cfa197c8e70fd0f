// The React wrappers (career-widgets/react/<tag>, generated from the manifest): the element's own
// properties typed as its class has them, its events as on… props with their detail, a ref of the
// element, and React's HTML attributes. A JSON import of a profile is a ProfileData.
import { useRef } from 'react';
import type { ProfileData } from 'career-widgets';
import { SalaryTable } from 'career-widgets/react/salary-table';
import { ProfessionQuiz } from 'career-widgets/react/profession-quiz';
import { CareerPath, ProfessionFinder, VacancyTeaser } from 'career-widgets/react';
import type { SalaryTable as SalaryTableElement } from 'career-widgets/salary-table/class';
import seed from 'career-widgets/profiles/kaufmann-dialogmarketing.json';

const profile: ProfileData = seed;

export function Page() {
  const table = useRef<SalaryTableElement>(null);
  return (
    <main>
      <SalaryTable ref={table} id="pay" className="wide" lang="en" profile={profile} view="chart" headingLevel={3} structuredData data-layer="gtmLayer" onProfileLoad={(event) => event.detail.profile.name} onCtaClick={(event) => event.detail.href} />
      <ProfessionQuiz profile={seed} shuffle finderHref="/finder" vacanciesHref="/lehrstellen" onQuizComplete={(event) => event.detail.result.text} onQuizAnswer={(event) => event.detail.correct} />
      <CareerPath src="/p.json" timeout={5000} onProfileError={(event) => event.detail.issues.map((issue) => issue.path)} />
      <VacancyTeaser profile={seed} feed="/feed.json" limit={3} onVacancyClick={(event) => event.detail.url} />
      <ProfessionFinder catalog="/catalog.json" onFinderComplete={(event) => event.detail.ranking[0]?.slug} />

      {/* @ts-expect-error not a view */}
      <SalaryTable view="pie" />
      {/* @ts-expect-error a profile is an object */}
      <SalaryTable profile={42} />
      {/* @ts-expect-error headingLevel is a number */}
      <SalaryTable headingLevel="3" />
      {/* @ts-expect-error a salary table fires no quiz-complete */}
      <SalaryTable onQuizComplete={() => {}} />
      {/* @ts-expect-error no such field in the detail */}
      <ProfessionQuiz onQuizComplete={(event) => event.detail.nothing} />
      {/* @ts-expect-error a finder has no profile */}
      <ProfessionFinder profile={seed} />
    </main>
  );
}
