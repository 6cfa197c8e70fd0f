'use client';
// A client component of the app: the quiz's events as props, what they say rendered by React.
import { useState } from 'react';
import type { ProfileData } from 'career-widgets';
import { ProfessionQuiz } from 'career-widgets/react/profession-quiz';

export function QuizWithScore({ profile }: { profile: ProfileData }) {
  const [answers, setAnswers] = useState(0);
  const [score, setScore] = useState<number | null>(null);
  return (
    <section>
      <ProfessionQuiz profile={profile} onQuizAnswer={() => setAnswers((n) => n + 1)} onQuizComplete={(event) => setScore(event.detail.score)} />
      <p id="react-state">
        Antworten: {answers}, Ergebnis: {score ?? 'offen'}
      </p>
    </section>
  );
}
