/** Money, numbers, dates and durations for a locale, all through `Intl`. */
import { durationParts } from './duration.js';

/**
 * One `Intl` formatter per kind, locale and options, made on first use and kept: making one
 * costs ~50× what formatting with it does, and a page of 100 salary tables made ~900 of them
 * (bench/). A page holds a handful of locales and currencies, so the cache stays small.
 */
const formatters = new Map<string, unknown>();
function cached<T>(kind: string, locale: string, options: object, make: () => T): T {
  const key = `${kind}|${locale}|${JSON.stringify(options)}`;
  if (!formatters.has(key)) formatters.set(key, make());
  return formatters.get(key) as T;
}
const numberFormat = (locale: string, options: Intl.NumberFormatOptions) =>
  cached('number', locale, options, () => new Intl.NumberFormat(locale, options));

/** `1.000 €` (de), `€1,000` (en); cents only when the amount has them, then with the currency's own digits. */
export function formatMoney(value: number, currency: string, locale: string): string {
  const whole = Number.isInteger(value);
  const options: Intl.NumberFormatOptions = {
    style: 'currency',
    currency,
    ...(whole ? { minimumFractionDigits: 0, maximumFractionDigits: 0 } : {}),
  };
  return numberFormat(locale, options).format(value);
}

/**
 * `1.000–1.200 €` (de), `€1,000 – €1,200` (en): a range in the locale's own form, one amount where both
 * ends are equal. Cents as `formatMoney` has them (only where an end has them).
 */
export function formatMoneyRange(min: number, max: number, currency: string, locale: string): string {
  if (min === max) return formatMoney(min, currency, locale);
  const whole = Number.isInteger(min) && Number.isInteger(max);
  const options: Intl.NumberFormatOptions = { style: 'currency', currency, ...(whole ? { minimumFractionDigits: 0, maximumFractionDigits: 0 } : {}) };
  // formatRange is ES2023 (Firefox 116): before it, the two amounts with a dash.
  const format = numberFormat(locale, options) as Intl.NumberFormat & { formatRange?: (a: number, b: number) => string };
  return format.formatRange ? format.formatRange(min, max) : `${format.format(min)}–${format.format(max)}`;
}

/** `P3Y` → `3 Jahre` / `3 years`; `P1Y6M` → `1 Jahr, 6 Monate`. */
export function formatDuration(iso: string, locale: string): string {
  const parts = durationParts(iso);
  if (!parts) return iso;
  const units = ['year', 'month', 'week', 'day'] as const;
  const words = units.flatMap((unit, i) =>
    parts[i] ? [numberFormat(locale, { style: 'unit', unit, unitDisplay: 'long' }).format(parts[i])] : [],
  );
  return formatList(words, locale, 'unit', 'narrow');
}

/** `a, b und c` / `a, b, and c`: a list in the locale's words. */
export function formatList(items: string[], locale: string, type: Intl.ListFormatType = 'conjunction', style: Intl.ListFormatStyle = 'long'): string {
  return cached('list', locale, { type, style }, () => new Intl.ListFormat(locale, { type, style })).format(items);
}

/**
 * The same list as parts, `{ item }` for each item and `{ word }` for the locale's joining words, so an
 * element can mark the items with the profile's language and leave "und" in its own.
 */
export function formatListParts(items: string[], locale: string, type: Intl.ListFormatType = 'conjunction'): ({ item: string } | { word: string })[] {
  return cached('list', locale, { type, style: 'long' }, () => new Intl.ListFormat(locale, { type, style: 'long' }))
    .formatToParts(items)
    .map((part) => (part.type === 'element' ? { item: part.value } : { word: part.value }));
}

/** An ISO date, year-month or year, in the detail the profile gives: `1. August 2025`, `August 2025`, `2025`. */
export function formatDate(iso: string, locale: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  const date = new Date(Date.UTC(year, (month || 1) - 1, day || 1));
  if (Number.isNaN(date.getTime())) return iso;
  const options: Intl.DateTimeFormatOptions = {
    timeZone: 'UTC',
    year: 'numeric',
    ...(month ? { month: 'long' } : {}),
    ...(day ? { day: 'numeric' } : {}),
  };
  return cached('date', locale, options, () => new Intl.DateTimeFormat(locale, options)).format(date);
}

/**
 * Makes the formatters a profile usually needs (euros, long dates) for `locale` ahead of use. The
 * first `Intl` formatter of a page costs 40–55 ms (locale data; bench/), most of a first render:
 * called while a `src` request is in flight, that time is spent waiting for the network anyway.
 * With the same options as `formatMoney` and `formatDate`, so those find them in the cache.
 */
export function warmUpFormatters(locale: string) {
  try {
    formatMoney(1, 'EUR', locale);
    formatDate('2025-08', locale);
  } catch {
    // a warm-up never fails a load
  }
}
