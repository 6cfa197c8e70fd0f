// Medians with bootstrap 95% confidence intervals (percentile method, seeded, so the
// same samples always give the same interval).

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** mulberry32: a small seeded PRNG, enough for resampling. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const RESAMPLES = 4000;
const resample = (values, next) => values.map(() => values[Math.floor(next() * values.length)]);
const interval = (estimates) => {
  estimates.sort((a, b) => a - b);
  return [estimates[Math.floor(0.025 * estimates.length)], estimates[Math.ceil(0.975 * estimates.length) - 1]];
};

/** The median and its 95% CI. */
export function medianCI(values, seed = 1) {
  const next = random(seed);
  const estimates = Array.from({ length: RESAMPLES }, () => median(resample(values, next)));
  return { median: median(values), ci: interval(estimates), n: values.length };
}

/** The ratio of two medians (a / b) and its 95% CI, each group resampled on its own. */
export function ratioCI(a, b, seed = 2) {
  const next = random(seed);
  const estimates = Array.from({ length: RESAMPLES }, () => median(resample(a, next)) / median(resample(b, next)));
  return { ratio: median(a) / median(b), ci: interval(estimates) };
}
