/**
 * One way to read what a page writes in an attribute, for every widget: each reader returns the
 * value, or the problem (one localized message with suggestions, one English console warning).
 * Pure: no DOM and no lit, so it is tested in Node; the element decides what to do with a problem
 * (`FoipElement` shows the message and warns once). Messages are built when called, while an element
 * renders, so they answer in its language (`msg`, `currentLocale`).
 */
import type {DatasetIndex} from '../data/queries.js';
import type {Category, PillarId} from '../data/types.js';
import {formatChoices, formatExamples} from '../i18n/format.js';
import {addTranslations, currentLocale, msg, str} from '../i18n/msg.js';
import {bad, ok} from './problem.js';
import type {Parsed} from './problem.js';

export {parseOption, parseOptions} from './problem.js';
export type {Parsed, Problem} from './problem.js';

// These readers' Japanese messages, loaded by the widgets that read with them (not the map's keyword-only base).
addTranslations(() => import('../i18n/locales/ja/attributes.js'));

/** What the readers look up: a dataset's index (the bundled edition or a page's `data`). */
type Index = Pick<
  DatasetIndex,
  | 'pillars'
  | 'countries'
  | 'organisations'
  | 'categories'
  | 'instruments'
  | 'initiatives'
  | 'initiativesByCountry'
  | 'partnerIds'
  | 'countriesWithInitiatives'
>;

/** Splits a list attribute such as `pillar="1 3"` or `country="PHL,IDN"`. */
export function listAttribute(value: string | null | undefined): string[] {
  return (value ?? '').split(/[\s,]+/u).filter(Boolean);
}

function distance(a: string, b: string): number {
  const row = Array.from({length: b.length + 1}, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length];
}

/** The `count` valid values closest to a wrong one, for "did you mean" messages. */
export function suggest(value: string, valid: readonly string[], count = 3): string[] {
  const v = value.toLowerCase();
  return [...valid]
    .map((option) => ({option, d: option.includes(v) && v ? 0 : distance(v, option.toLowerCase())}))
    .sort((a, b) => a.d - b.d)
    .slice(0, count)
    .map((s) => s.option);
}

/**
 * Full-width forms as their ASCII (`１ ３`, `ＰＨＬ`) and the document's circled numbers as digits,
 * each its own token: `①③` is two priority areas, as 「重点分野①③」 would be read.
 */
const normalized = (value: string): string => value.replace(/[\u2460-\u2473]/gu, ' $& ').normalize('NFKC');

/** A priority area's id from one token (`2`, `２`, `②`), or null. */
function pillarId(token: string, index: Index): PillarId | null {
  const id = Number(token) as PillarId;
  return /^\d+$/u.test(token) && index.pillars.has(id) ? id : null;
}

/**
 * Priority areas, several: `pillar="1 3"` (spaces or commas; full-width `１ ３` and `①③` alike), in
 * order, each once; `[]` when empty.
 */
export function parsePillars(given: string | null | undefined, index: Index, attribute = 'pillar'): Parsed<PillarId[]> {
  const value = given ?? '';
  const ids: PillarId[] = [];
  for (const token of listAttribute(normalized(value))) {
    const id = pillarId(token, index);
    if (id === null) {
      const valid = [...index.pillars.keys()].map(String);
      return bad({
        attribute,
        value,
        message: () =>
          msg(
            str`Unknown priority area "${token}". Use ${formatChoices(currentLocale(), valid)}; separate several with spaces (for example pillar="1 3").`,
          ),
        warning: `has no priority area "${token}"; use ${formatChoices('en', valid)}, several separated by spaces (e.g. pillar="1 3")`,
      });
    }
    if (!ids.includes(id)) ids.push(id);
  }
  return ok(ids.sort((a, b) => a - b));
}

/** One priority area (`2`, `２`, `②`), or null when empty. */
export function parsePillar(
  given: string | null | undefined,
  index: Index,
  attribute = 'pillar',
): Parsed<PillarId | null> {
  const value = (given ?? '').trim();
  if (!value) return ok(null);
  const id = pillarId(normalized(value).trim(), index);
  if (id !== null) return ok(id);
  const valid = [...index.pillars.keys()].map(String);
  return bad({
    attribute,
    value,
    message: () => msg(str`Unknown priority area "${value}". Use ${formatChoices(currentLocale(), valid)}.`),
    warning: `is not a priority area; use ${formatChoices('en', valid)}`,
  });
}

/**
 * The dataset's code for what a page wrote as a country: ISO 3166-1 alpha-3 in any case or width
 * (`phl`, `ＰＨＬ`). The one place to add alpha-2 or names later.
 */
export function countryCode(value: string, index: Pick<DatasetIndex, 'countries'>): string | undefined {
  const code = value.normalize('NFKC').toUpperCase();
  return index.countries.has(code) ? code : undefined;
}

/** Whether a country's name in either language contains `part` (lower case): a name typed for a code. */
export const nameHas = (name: {en: string; ja: string}, part: string): boolean =>
  [name.en, name.ja].some((n) => n.toLowerCase().includes(part));

/**
 * Codes whose name (either language) contains a wrong country value, then the closest codes; among
 * equally close ones, the countries with the most initiatives.
 */
function suggestCountries(value: string, index: Index): string[] {
  const v = value.normalize('NFKC').toLowerCase();
  const byName = [...index.countries.values()].filter((c) => nameHas(c.name, v)).map((c) => c.iso3);
  const count = (code: string) => index.initiativesByCountry.get(code)?.length ?? 0;
  const ranked = [...index.countriesWithInitiatives].sort((a, b) => count(b) - count(a));
  return [...new Set([...byName, ...suggest(value, ranked)])].slice(0, 3);
}

/** A country of the dataset (`PHL`, `phl`, `ＰＨＬ` → `PHL`), or null when empty. */
export function parseCountry(
  given: string | null | undefined,
  index: Index,
  attribute = 'country',
): Parsed<string | null> {
  const value = (given ?? '').trim();
  if (!value) return ok(null);
  const code = countryCode(value, index);
  if (code) return ok(code);
  const suggestions = suggestCountries(value, index);
  return bad({
    attribute,
    value,
    message: () =>
      msg(
        str`Unknown country code "${value}". Use an ISO 3166-1 alpha-3 code such as ${formatExamples(currentLocale(), suggestions)}.`,
      ),
    warning: `is not a country code of the dataset; use an ISO 3166-1 alpha-3 code such as ${suggestions.join(', ')}`,
  });
}

/** A partner: a country code (`USA`) or an organisation id (`asean`), in any case; null when empty. */
export function parsePartner(
  given: string | null | undefined,
  index: Index,
  attribute = 'partner',
): Parsed<string | null> {
  const value = (given ?? '').trim();
  if (!value) return ok(null);
  const v = value.normalize('NFKC').toLowerCase();
  const id = [...index.countries.keys(), ...index.organisations.keys()].find((k) => k.toLowerCase() === v);
  if (id) return ok(id);
  const suggestions = suggest(value, index.partnerIds);
  return bad({
    attribute,
    value,
    message: () =>
      msg(
        str`Unknown partner "${value}". Use a country code or an organisation id such as ${formatExamples(currentLocale(), suggestions)}.`,
      ),
    warning: `is not a partner of the dataset; use a country code or an organisation id such as ${suggestions.join(', ')}`,
  });
}

/** An instrument id (`osa`, `OSA`), or null when empty. */
export function parseInstrument(
  given: string | null | undefined,
  index: Index,
  attribute = 'instrument',
): Parsed<string | null> {
  const value = (given ?? '').trim();
  if (!value) return ok(null);
  const id = value.normalize('NFKC').toLowerCase();
  if (index.instruments.has(id)) return ok(id);
  const suggestions = suggest(value, [...index.instruments.keys()]);
  return bad({
    attribute,
    value,
    message: () =>
      msg(str`Unknown instrument "${value}". Valid ids include: ${formatExamples(currentLocale(), suggestions)}.`),
    warning: `is not an instrument id of the dataset; valid ids include ${suggestions.join(', ')}`,
  });
}

/**
 * A category id (`free-trade-investment`, in any case), or null when empty; with `pillar`, one of
 * that priority area's only.
 */
export function parseCategory(
  given: string | null | undefined,
  index: Index,
  pillar: PillarId | null = null,
  attribute = 'category',
): Parsed<Category | null> {
  const value = (given ?? '').trim();
  if (!value) return ok(null);
  const category = index.categories.get(value) ?? index.categories.get(value.normalize('NFKC').toLowerCase());
  if (!category) {
    const suggestions = suggest(value, [...index.categories.keys()]);
    return bad({
      attribute,
      value,
      message: () =>
        msg(str`Unknown category "${value}". Valid ids include: ${formatExamples(currentLocale(), suggestions)}.`),
      warning: `is not a category id of the dataset; valid ids include ${suggestions.join(', ')}`,
    });
  }
  if (pillar !== null && category.pillar !== pillar) {
    const own = category.pillar;
    return bad({
      attribute,
      value,
      message: () => msg(str`Category "${value}" belongs to priority area ${own}, not ${pillar}.`),
      warning: `belongs to priority area ${own}, not to pillar="${pillar}"`,
    });
  }
  return ok(category);
}

/** An initiative id, exactly as the dataset writes it; empty is a problem too (a card shows one). */
export function parseInitiative(
  given: string | null | undefined,
  index: Index,
  attribute = 'initiative',
): Parsed<string> {
  const value = given ?? '';
  if (index.initiatives.has(value)) return ok(value);
  const suggestions = suggest(value, [...index.initiatives.keys()]);
  return bad({
    attribute,
    value,
    message: () =>
      value
        ? msg(
            str`There is no initiative "${value}". Valid ids include: ${formatExamples(currentLocale(), suggestions)}.`,
          )
        : msg(str`Set the initiative attribute to an initiative id, such as ${suggestions[0]}.`),
    warning: `is not an initiative id of the dataset; valid ids include ${suggestions.join(', ')}`,
  });
}
