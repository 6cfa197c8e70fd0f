/** Money, numbers, dates and durations for a locale, all through `Intl`. */

/** `1.000 €` (de), `€1,000` (en); cents only when the amount has them, then with the currency's own digits. */
export function formatMoney(value: number, currency: string, locale: string): string {
  const whole = Number.isInteger(value);
  return new Intl.NumberFormat(locale, {
    style: 'currency',
    currency,
    ...(whole ? { minimumFractionDigits: 0, maximumFractionDigits: 0 } : {}),
  }).format(value);
}

/** `P3Y` → `3 Jahre` / `3 years`; `P1Y6M` → `1 Jahr, 6 Monate`. */
export function formatDuration(iso: string, locale: string): string {
  const match = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?$/.exec(iso);
  if (!match) return iso;
  const units = ['year', 'month', 'week', 'day'] as const;
  const parts = units.flatMap((unit, i) =>
    match[i + 1] ? [new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'long' }).format(Number(match[i + 1]))] : [],
  );
  return new Intl.ListFormat(locale, { style: 'narrow', type: 'unit' }).format(parts);
}

/** An ISO date, year-month or year, in the detail the profile gives: `1. August 2025`, `August 2025`, `2025`. */
export function formatDate(iso: string, locale: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  const date = new Date(Date.UTC(year, (month || 1) - 1, day || 1));
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale, {
    timeZone: 'UTC',
    year: 'numeric',
    ...(month ? { month: 'long' } : {}),
    ...(day ? { day: 'numeric' } : {}),
  }).format(date);
}
