/**
 * Formatting shared by every widget, so numbers, lists and dates read the same everywhere.
 * Written out rather than with Intl: the first `Intl.ListFormat` alone cost ~25 ms of the map's
 * first draw on this kind of machine (loading locale data), and two locales need little.
 */
import type {Locale} from '../data/types.js';

/**
 * "Philippines, Indonesia and Viet Nam" (British, no serial comma) / 「フィリピン、インドネシア及びベトナム」
 * (the last joined by 及び, as the document writes 「…同志国及び世界銀行、ADB等」).
 */
export function formatList(locale: Locale, items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  const [last, rest] = [items.at(-1), items.slice(0, -1)];
  return locale === 'ja' ? `${rest.join('、')}及び${last}` : `${rest.join(', ')} and ${last}`;
}

/** Alternatives in error messages: "1, 2 or 3" / 「1、2、3」 (the message says 「…のいずれか」). */
export function formatChoices(locale: Locale, items: readonly string[]): string {
  if (locale === 'ja' || items.length <= 1) return items.join('、');
  return `${items.slice(0, -1).join(', ')} or ${items.at(-1)}`;
}

/** Examples of valid values in error messages: "IDN, PHL, MYS" / 「IDN、PHL、MYS」. */
export const formatExamples = (locale: Locale, items: readonly string[]): string =>
  items.join(locale === 'ja' ? '、' : ', ');

/** Sentences as one text: a space between them in English, none in Japanese (。 ends each). */
export const joinSentences = (locale: Locale, sentences: readonly string[]): string =>
  sentences.join(locale === 'ja' ? '' : ' ');

/**
 * Whether `n` takes the singular in `locale`: in English a whole number is singular when it is 1 ("1
 * initiative", "2 initiatives": CLDR's rule for counts, without building an `Intl.PluralRules`, ~1.5 ms
 * on first use); Japanese has no plural (a counter follows the number: 1件, 2件). @lit/localize has
 * no plural messages, so a count is written as two messages and this picks one:
 * `isSingular(locale, n) ? msg(str`${n} initiative`) : msg(str`${n} initiatives`)`.
 */
export function isSingular(locale: Locale, n: number): boolean {
  if (locale === 'ja') return false;
  return n === 1;
}

/** Whole numbers with thousands separators in both languages (1,234); counts here stay far below 万. */
export function formatNumber(_locale: Locale, n: number): string {
  return String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/gu, ',');
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** An ISO date (YYYY-MM-DD) as a reader expects it: "25 November 2026" / 「2026年11月25日」. */
export function formatDate(locale: Locale, iso: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  return locale === 'ja' ? `${year}年${month}月${day}日` : `${day} ${MONTHS[month - 1]} ${year}`;
}
