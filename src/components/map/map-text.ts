/**
 * What the map says in words: each country's accessible name, the summary, and what the live
 * region announces. One wording per state, as the tooltip gives it, and every count with its noun:
 * English through plural rules ("1 initiative"), Japanese with its counter (取組3件, 28か国・地域).
 * No DOM: call it while `msg` answers in the map's language (`withLocale`), as rendering does.
 */
import {compareNames, nameInSentence} from '../../data/queries.js';
import type {DatasetIndex} from '../../data/queries.js';
import type {PillarId} from '../../data/types.js';
import {formatChoices, formatList, formatNumber, isSingular, joinSentences} from '../../i18n/format.js';
import {addTranslations, currentLocale, msg, str} from '../../i18n/msg.js';
import {regionNames} from '../../internal/region-wide.js';
import type {MapPlace, MapSummary} from '../../layout/map-places.js';

// The map's Japanese strings (this module's and the element's); msg has the shared ones.
addTranslations(() => import('../../i18n/locales/ja/map.js'));

const one = (n: number) => isSingular(currentLocale(), n);
const num = (n: number) => formatNumber(currentLocale(), n);

/** Priority areas as printed: ①③. */
export const glyphs = (index: DatasetIndex, pillars: readonly PillarId[]) =>
  pillars.map((p) => index.pillars.get(p)?.glyph ?? p).join('');

/**
 * What the document places in a country, counted as the tooltip lists it: initiatives, other map
 * entries ("Also on the map"), or both ("9 initiatives and map entries" / 取組等9件).
 */
export function entriesText(initiatives: number, entries: number): string {
  const n = initiatives + entries;
  const count = num(n);
  // Ids of their own: the priority areas say "3 initiatives" with another counter (3件の取組).
  if (!entries)
    return one(n)
      ? msg(str`${count} initiative`, {id: 'map-initiative'})
      : msg(str`${count} initiatives`, {id: 'map-initiatives'});
  if (!initiatives) return one(n) ? msg(str`${count} map entry`) : msg(str`${count} map entries`);
  return msg(str`${count} initiatives and map entries`);
}

/** "28 countries and territories" / 28か国・地域. */
export const placesText = (n: number) =>
  one(n) ? msg(str`${num(n)} country or territory`) : msg(str`${num(n)} countries and territories`);

/** A priority area in the legend with its count: "Prosperity (18 countries)" / …（18か国）. */
export const countriesText = (title: string, n: number) =>
  one(n) ? msg(str`${title} (${num(n)} country)`) : msg(str`${title} (${num(n)} countries)`);

/** Japan's legend entry: "Japan (home country)" / 日本（自国）. */
export const homeText = (name: string) => msg(str`${name} (home country)`);

/**
 * A country's option name, what a screen reader says on reaching it: the country and, in one short
 * phrase, what the tooltip shows first. Three kinds: a country with initiatives or map entries of its
 * own, a member of a region covered as a whole, and a partner of Japan only (Japan itself is none).
 */
export function optionLabel(index: DatasetIndex, place: MapPlace): string {
  const locale = currentLocale();
  const name = index.countries.get(place.iso3)!.name[locale];
  if (place.count) {
    const count = entriesText(place.initiatives.length, place.items.length);
    const areas = glyphs(index, place.pillars);
    return one(place.pillars.length)
      ? msg(str`${name}, ${count}, priority area ${areas}`)
      : msg(str`${name}, ${count}, priority areas ${areas}`);
  }
  if (place.regions.length) {
    const regions = regionNames(index, place.regions);
    return msg(str`${name}, covered as a member of ${regions} (region-wide items)`);
  }
  return msg(str`${name}, a partner of Japan`);
}

/** The map's summary: the document's initiatives, the countries they concern, and where the most are. */
export function summarySentences(index: DatasetIndex, summary: MapSummary): string {
  const locale = currentLocale();
  const total = entriesText(summary.total, 0);
  const placed = num(summary.initiatives);
  const top = num(summary.topCount);
  const names = formatList(
    locale,
    summary.top.map((iso3) => nameInSentence(index.countries.get(iso3)!, locale)),
  );
  const sentences = [
    // The document has initiatives no country counts as its own (region-wide, or naming none).
    summary.initiatives === summary.total
      ? msg(str`This document sets out ${total} by Japan, all of them for specific countries or territories.`)
      : msg(
          str`This document sets out ${total} by Japan, ${placed} of them for specific countries or territories; the rest cover a region as a whole or name no country or region.`,
        ),
    msg(str`Together with the other map entries, they concern ${placesText(summary.countries)}.`),
    regionOnlySentence(index, summary),
    summary.top.length > 1
      ? msg(str`The most initiatives and map entries are in ${names} (${top} each).`)
      : summary.top.length
        ? msg(str`The most initiatives and map entries are in ${names} (${top}).`)
        : '',
  ].filter(Boolean);
  return joinSentences(locale, sentences);
}

/** Alternatives in running text: "ASEAN or the Pacific Island countries" / 「ASEAN又は太平洋島しょ国」. */
const orList = (items: readonly string[]) =>
  currentLocale() === 'ja' && items.length > 1
    ? `${items.slice(0, -1).join('、')}又は${items.at(-1)}`
    : formatChoices('en', items);

/**
 * The countries the map hatches, which no count above includes: "A further 10 countries and
 * territories are covered only as members of ASEAN or the Pacific Island countries (region-wide items)."
 */
function regionOnlySentence(index: DatasetIndex, summary: MapSummary): string {
  const n = summary.regionOnly;
  if (!n) return '';
  const regions = orList(summary.regionOnlyBy.map((id) => nameInSentence(index.regions.get(id)!, currentLocale())));
  const places = placesText(n);
  return one(n)
    ? msg(str`A further ${places} is covered only as a member of ${regions} (region-wide items).`)
    : msg(str`A further ${places} are covered only as members of ${regions} (region-wide items).`);
}

/** What a filter shows, announced when it changes: "Priority areas ②③: 12 countries and territories, 10 of 14 initiatives." */
export function filterText(index: DatasetIndex, summary: MapSummary, pillars: readonly PillarId[]): string {
  const countries = placesText(summary.countries);
  const placed = num(summary.initiatives);
  const total = entriesText(summary.total, 0);
  const areas = glyphs(index, pillars);
  if (!pillars.length) return msg(str`All priority areas: ${countries}, ${placed} of ${total}.`);
  return one(pillars.length)
    ? msg(str`Priority area ${areas}: ${countries}, ${placed} of ${total}.`)
    : msg(str`Priority areas ${areas}: ${countries}, ${placed} of ${total}.`);
}

/**
 * What pressing a legend entry highlights, for those who cannot see it, in a picker's order (五十音順
 * in Japanese): "ASEAN: 11 countries and territories highlighted on the map (Brunei Darussalam, …)".
 */
export function highlightText(index: DatasetIndex, label: string, highlighted: readonly string[]): string {
  const locale = currentLocale();
  const count = placesText(highlighted.length);
  const names = highlighted
    .map((iso3) => index.countries.get(iso3)!)
    .sort(compareNames(locale))
    .map((country) => nameInSentence(country, locale));
  return names.length
    ? msg(str`${label}: ${count} highlighted on the map (${formatList(currentLocale(), names)}).`)
    : msg(str`${label}: ${count} highlighted on the map.`);
}
