/**
 * The order in which each question shows its options. With `shuffle` the
 * order is random but reproducible: the seed is a hash of the questions and
 * their options, so one profile shows the same order on every load, in every
 * language, and a test can pin it. Orders are lists of original option
 * indices, so the right answer and the events never depend on the order.
 */

interface QuestionLike {
  question: string;
  options: string[];
}

/** 32-bit FNV-1a hash of a string. */
export function hashString(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** mulberry32: a tiny seeded PRNG giving floats in [0, 1). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const cache = new WeakMap<readonly QuestionLike[], number[][]>();

/** For each question, its option indices in display order (Fisher–Yates with the seeded PRNG). */
export function shuffledOrders(questions: readonly QuestionLike[]): number[][] {
  const cached = cache.get(questions);
  if (cached) return cached;
  // Only what a reader sees goes into the seed: the order depends on nothing else.
  const random = seededRandom(hashString(JSON.stringify(questions.map((q) => [q.question, q.options]))));
  const orders = questions.map((q) => {
    const order = q.options.map((_, i) => i);
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    return order;
  });
  cache.set(questions, orders);
  return orders;
}

/** Each question's options in the profile's order. */
export const naturalOrders = (questions: readonly QuestionLike[]) => questions.map((q) => q.options.map((_, i) => i));
