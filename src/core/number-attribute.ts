import type { ComplexAttributeConverter } from 'lit';
import { MAX_TIMEOUT_MS } from './limits.js';

/**
 * A converter for number attributes written by people (`timeout="30s"`, `limit=""`): the
 * attribute is read as a number and clamped to `[min, max]`; anything that is not a finite
 * number (`"30s"`, `""`, `"Infinity"`, a removed attribute) gives `fallback`, never `NaN`.
 * Whole numbers only where `integer` is set (`limit="2.7"` → 2). A property set from script
 * goes through `clampNumber` in the element, which applies the same rule.
 */
export interface NumberRule {
  fallback: number;
  min: number;
  max: number;
  integer?: boolean;
}

export function clampNumber(value: unknown, { fallback, min, max, integer }: NumberRule): number {
  const raw = typeof value === 'string' ? (value.trim() === '' ? NaN : Number(value.trim())) : typeof value === 'number' ? value : NaN;
  if (!Number.isFinite(raw)) return fallback;
  const n = integer ? Math.floor(raw) : raw;
  // Below the least (0, -1): the fallback, since "0 ms" or "no vacancies" is never what was meant.
  if (n < min) return fallback;
  return Math.min(n, max);
}

export const numberAttribute = (rule: NumberRule): ComplexAttributeConverter<number> => ({
  fromAttribute: (value) => clampNumber(value, rule),
  toAttribute: (value) => String(value),
});

/** `timeout` (ms, of `src` and `feed`): 10 s unless a number from 1 to `MAX_TIMEOUT_MS` is given ("30s", "0", "-1" → 10 s). */
export const TIMEOUT: NumberRule = { fallback: 10_000, min: 1, max: MAX_TIMEOUT_MS };
