/** What the finder says in words, without DOM: a profession's key facts and why a document failed. Pure, so the server renders them too. */
import { formatDuration } from '../core/format.js';
import { ProfileLoadError } from '../core/load-profile.js';
import { NO_ITEM_FOR_AREA, type CatalogEntry } from '../core/schema/catalog.js';
import type { finderStrings } from './profession-finder.strings.js';

type Words = typeof finderStrings.de;

/** A profession's key facts as [label, value]: duration, kind of training, usual school certificate, pay. */
export function keyFacts(entry: CatalogEntry, t: Words, locale: string): [string, string][] {
  const money = new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 });
  // "1.416–1.578 €"; where formatRange is missing (Firefox before 116), "1.416 €–1.578 €".
  const formatRange = (money as { formatRange?: (a: number, b: number) => string }).formatRange?.bind(money);
  const range = (min: number, max: number) =>
    min === max ? money.format(min) : formatRange ? formatRange(min, max) : `${money.format(min)}–${money.format(max)}`;
  const pay = entry.trainingPay;
  let paid: string;
  if (pay.kind === 'unpaid') {
    paid = t.unpaid + (pay.schoolFee ? t.schoolFee((pay.schoolFee.estimate ? t.about : '') + range(pay.schoolFee.min, pay.schoolFee.max)) : '');
  } else {
    // "ca." for a figure the catalog marks as an estimate; "1.–2. Jahr unbezahlt, danach …" for an unpaid start.
    const amount = (pay.estimate ? t.about : '') + range(pay.min!, pay.max!) + t.perMonth;
    paid = pay.unpaidYears ? t.unpaidYears(pay.unpaidYears, amount) : amount;
  }
  const certificate = t.certificates(entry.schoolCertificate);
  return [
    [t.duration, formatDuration(entry.duration, locale)],
    [t.kind, t.kinds(entry.trainingKind)],
    [t.certificate, entry.schoolCertificateRequired ? t.required(certificate) : t.usually(certificate)],
    // Each kind of pay under its own name: Anwärterbezüge are never an Ausbildungsvergütung.
    [t.pay(pay.kind), paid],
  ];
}

/** The reader's message for a document that failed (`items`: the item bank, else the catalog): which one, and why in a few words. */
export function failureMessage(error: unknown, t: Words, items: boolean): string {
  const failure = error instanceof ProfileLoadError ? error : undefined;
  if (items && failure?.issues.some((issue) => issue.message.startsWith(NO_ITEM_FOR_AREA))) return t.areaWithoutItems;
  if (!failure || failure.kind === 'invalid' || failure.kind === 'json') return items ? t.itemsInvalid : t.catalogInvalid;
  const status = failure.kind === 'http' ? ` (HTTP ${failure.status})` : '';
  return items ? t.itemsFailed(status) : t.catalogFailed(status);
}
