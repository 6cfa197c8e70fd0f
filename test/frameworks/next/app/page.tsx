// A Server Component page (no 'use client' here): the wrappers are client components, and their
// server render puts each element's shadow DOM and inline profile into the HTML.
import type { ProfileData } from 'career-widgets';
import { SalaryTable } from 'career-widgets/react/salary-table';
import { CareerPath } from 'career-widgets/react/career-path';
import profileJson from 'career-widgets/profiles/kaufmann-dialogmarketing.json';
import { QuizWithScore } from './quiz-with-score';

const profile: ProfileData = profileJson;

export default function Page() {
  return (
    <main>
      <h1>{profile.name}</h1>
      <SalaryTable profile={profile} view="table" headingLevel={2} />
      <CareerPath profile={profile} headingLevel={2} />
      <QuizWithScore profile={profile} />
    </main>
  );
}
