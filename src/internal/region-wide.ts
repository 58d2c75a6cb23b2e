/**
 * The one wording every widget gives a country reached only through a region named as a whole
 * (data/glossary.json: 広域の取組, "region-wide items"): the map's tooltip and table and the list's
 * groups say it alike. No DOM: call it while `msg` answers in the widget's language, as rendering does.
 */
import {nameInSentence} from '../data/queries.js';
import type {DatasetIndex} from '../data/queries.js';
import {formatList} from '../i18n/format.js';
import {currentLocale, msg, str} from '../i18n/msg.js';

/** The regions as a sentence names them: "the Pacific Island countries" / 太平洋島しょ国. */
export const regionNames = (index: DatasetIndex, regions: readonly string[]): string =>
  formatList(
    currentLocale(),
    regions.map((id) => nameInSentence(index.regions.get(id)!, currentLocale())),
  );

/**
 * The heading of a region's group: "Covered as a member of ASEAN (region-wide items)" /
 * 「ASEANの一員として対象（広域の取組）」. Said of named and unnamed members alike: the Philippines'
 * own items stand apart, above it.
 */
export const coveredText = (index: DatasetIndex, regions: readonly string[]): string =>
  msg(str`Covered as a member of ${regionNames(index, regions)} (region-wide items)`);
