/** ISO 8601 durations, as profiles write every time inside a training (`P3Y`, `P18M`, `P3Y6M`). */

export const DURATION = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?$/;

/** The parts of a duration, `[years, months, weeks, days]`; undefined for anything else. */
export function durationParts(iso: string | undefined): [number, number, number, number] | undefined {
  const match = iso ? DURATION.exec(iso) : null;
  if (!match) return undefined;
  const [y, m, w, d] = match.slice(1).map((n) => Number(n ?? 0));
  return [y, m, w, d];
}

/** `P3Y` → 36, `P1Y6M` → 18; weeks and days as parts of a month. Undefined for what is no duration. */
export function durationMonths(iso: string | undefined): number | undefined {
  const parts = durationParts(iso);
  if (!parts) return undefined;
  const [y, m, w, d] = parts;
  return y * 12 + m + (w * 12) / 52 + (d * 12) / 365;
}

/** 18 → `P1Y6M`, 36 → `P3Y`, 0 → `P0M`: whole months as a duration. */
export function monthsDuration(months: number): string {
  const years = Math.floor(months / 12);
  const rest = months % 12;
  return `P${years ? `${years}Y` : ''}${rest || !years ? `${rest}M` : ''}`;
}
