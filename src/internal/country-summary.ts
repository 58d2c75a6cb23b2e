/**
 * `<foip-country>`'s summary: a country profile (src/data/country-profile.ts) as sentences, in the
 * register of an official text. Its own initiatives and map items, its partnerships and what
 * reaches it only as a member of a region are each said apart, with their own count, as the
 * profile keeps them; a country the document does not name gets the plain fact, never an error.
 * No DOM: call it while `msg` answers in the widget's language (`withLocale`), as rendering does.
 */
import type {CountryProfile, PillarShare} from '../data/country-profile.js';
import {regionWideCount} from '../data/country-profile.js';
import {nameInSentence} from '../data/queries.js';
import type {DatasetIndex} from '../data/queries.js';
import type {WorldCountry} from '../data/world-countries.js';
import {formatList, isSingular, joinSentences} from '../i18n/format.js';
import {addTranslations, currentLocale, msg, str} from '../i18n/msg.js';
import {regionNames} from './region-wide.js';

addTranslations(() => import('../i18n/locales/ja/country-summary.js'));

/** "2 in priority area ①, 2 in ② and 2 in ③", or "priority area ①" where all are in one. */
function areaCounts(index: DatasetIndex, shares: readonly PillarShare[]): string {
  const glyph = (s: PillarShare) => index.pillars.get(s.pillar)!.glyph;
  if (shares.length === 1) return msg(str`priority area ${glyph(shares[0])}`);
  return formatList(
    currentLocale(),
    shares.map((s, i) => {
      const n = s.initiatives.length;
      const g = glyph(s);
      return i === 0 ? msg(str`${n} in priority area ${g}`) : msg(str`${n} in ${g}`);
    }),
  );
}

/**
 * The summary of `profile` for `country` (`worldCountry(iso3, index)`), one string per sentence, in
 * reading order: its own initiatives (or that the document names none), its map items, its
 * partnerships and their formats, then each region that covers it as a member. Join them with a
 * space in English and with nothing in Japanese.
 */
export function countrySummary(index: DatasetIndex, profile: CountryProfile, country: WorldCountry): string[] {
  const locale = currentLocale();
  const name = nameInSentence(country, locale);
  const sentences: string[] = [];

  const own = profile.initiatives.length;
  if (own > 0) {
    const areas = areaCounts(
      index,
      profile.pillars.filter((s) => s.initiatives.length > 0),
    );
    sentences.push(
      isSingular(locale, own)
        ? msg(str`The document sets out ${own} initiative for ${name} (${areas}).`)
        : msg(str`The document sets out ${own} initiatives for ${name} (${areas}).`),
    );
  } else {
    sentences.push(msg(str`The document names no initiative for ${name}.`));
  }

  const items = profile.items.length;
  if (items > 0) {
    sentences.push(
      isSingular(locale, items)
        ? msg(str`Its map shows ${items} item for ${name}.`)
        : msg(str`Its map shows ${items} items for ${name}.`),
    );
  }

  const {partnerships} = profile;
  const partner = partnerships.initiatives.length + partnerships.items.length;
  if (partner > 0) {
    sentences.push(
      isSingular(locale, partner)
        ? msg(str`The document names ${name} as a partner of Japan in ${partner} initiative or map item.`)
        : msg(str`The document names ${name} as a partner of Japan in ${partner} initiatives or map items.`),
    );
    const formats = formatList(
      locale,
      partnerships.formats.map((f) => f[locale]),
    );
    if (partnerships.formats.length === 1) sentences.push(msg(str`Among them is the format ${formats}.`));
    else if (partnerships.formats.length > 1) sentences.push(msg(str`Among them are the formats ${formats}.`));
  }
  if (country.record?.ally) sentences.push(msg(str`The document calls ${name} Japan's ally.`));

  // Region-wide items reach it as a member only: said after its own, with their own count.
  const before = own + items + partner > 0;
  for (const region of profile.regions) {
    const n = regionWideCount(region);
    const by = regionNames(index, [region.region]);
    if (before) {
      sentences.push(
        isSingular(locale, n)
          ? msg(str`As a member of ${by}, ${name} is also covered by ${n} region-wide item.`)
          : msg(str`As a member of ${by}, ${name} is also covered by ${n} region-wide items.`),
      );
    } else {
      sentences.push(
        isSingular(locale, n)
          ? msg(str`As a member of ${by}, ${name} is covered by ${n} region-wide item.`)
          : msg(str`As a member of ${by}, ${name} is covered by ${n} region-wide items.`),
      );
    }
  }
  // A region of the dataset that counts it as a member but covers it with nothing: said, not hidden.
  const idle = profile.memberOf.filter((id) => !profile.regions.some((r) => r.region === id));
  if (idle.length) {
    sentences.push(
      msg(
        str`The document counts ${name} as a member of ${regionNames(index, idle)}, for which it names no region-wide item.`,
      ),
    );
  }
  return sentences;
}

/** The summary as one text: sentences joined with a space in English and with nothing in Japanese. */
export const countrySummaryText = (index: DatasetIndex, profile: CountryProfile, country: WorldCountry): string =>
  joinSentences(currentLocale(), countrySummary(index, profile, country));
