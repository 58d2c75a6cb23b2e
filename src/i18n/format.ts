/** Locale-aware formatting, shared so every widget writes numbers and lists the same way. */
import type {Locale} from '../data/types.js';

const lists = new Map<Locale, Intl.ListFormat>();
const numbers = new Map<Locale, Intl.NumberFormat>();

/** "Philippines, Indonesia and Viet Nam" / 「フィリピン、インドネシア、ベトナム」. */
export function formatList(locale: Locale, items: readonly string[]): string {
  let f = lists.get(locale);
  if (!f) lists.set(locale, (f = new Intl.ListFormat(locale, {style: 'long', type: 'conjunction'})));
  return f.format(items);
}

export function formatNumber(locale: Locale, n: number): string {
  let f = numbers.get(locale);
  if (!f) numbers.set(locale, (f = new Intl.NumberFormat(locale)));
  return f.format(n);
}

const dates = new Map<Locale, Intl.DateTimeFormat>();

/** An ISO date (YYYY-MM-DD) as a reader expects it: "25 November 2026" / 「2026年11月25日」. */
export function formatDate(locale: Locale, iso: string): string {
  let f = dates.get(locale);
  if (!f)
    dates.set(
      locale,
      (f = new Intl.DateTimeFormat(locale === 'ja' ? 'ja-JP' : 'en-GB', {dateStyle: 'long', timeZone: 'UTC'})),
    );
  return f.format(new Date(`${iso}T00:00:00Z`));
}
