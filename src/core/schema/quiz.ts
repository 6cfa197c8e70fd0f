/** `quiz`: questions, and one result for every score. */
import * as v from 'valibot';
import { Link, list, text } from './fields.js';

const QuizQuestion = v.pipe(
  v.object({
    question: text,
    options: v.pipe(list(text), v.minLength(2, 'A question needs at least two options')),
    /** Index (from 0) of the right option. */
    correctOption: v.pipe(v.number(), v.integer(), v.minValue(0)),
    explanation: v.optional(text),
  }),
  v.forward(
    v.check((q) => q.correctOption < q.options.length, 'The right answer must be one of the options'),
    ['correctOption'],
  ),
);

const QuizResult = v.pipe(
  v.object({
    minScore: v.pipe(v.number(), v.integer(), v.minValue(0)),
    maxScore: v.pipe(v.number(), v.integer(), v.minValue(0)),
    text: text,
    cta: v.optional(Link),
  }),
  // An inverted range covers no score: a result nobody can reach is a mistake in the data.
  v.forward(
    v.check((r) => r.minScore <= r.maxScore, 'maxScore must not be less than minScore'),
    ['maxScore'],
  ),
);

export const Quiz = v.pipe(
  v.object({
    title: v.optional(text),
    intro: v.optional(text),
    questions: v.pipe(list(QuizQuestion), v.minLength(1, 'A quiz needs at least one question')),
    results: v.pipe(list(QuizResult), v.minLength(1, 'A quiz needs at least one result')),
  }),
  v.forward(
    v.check((quiz) => scoreGap(quiz) === undefined, (issue) => scoreGap(issue.input as QuizInput) ?? ''),
    ['results'],
  ),
);

type QuizInput = { questions: unknown[]; results: { minScore: number; maxScore: number }[] };

/**
 * Every score from 0 to the number of questions must have exactly one result. The ranges sorted by
 * their start must tile 0…n: linear after the sort, whatever the counts (checking each score against
 * each result took 40 s for 50,000 of each; found by the hardening probe).
 */
export function scoreGap(quiz: QuizInput): string | undefined {
  const ranges = [...quiz.results].sort((a, b) => a.minScore - b.minScore);
  let next = 0; // the lowest score not yet covered
  for (const { minScore, maxScore } of ranges) {
    if (minScore > quiz.questions.length) break;
    if (minScore > next) return `No result covers a score of ${next}`;
    if (minScore < next) return `Results overlap at a score of ${minScore}`;
    next = maxScore + 1;
  }
  return next > quiz.questions.length ? undefined : `No result covers a score of ${next}`;
}
