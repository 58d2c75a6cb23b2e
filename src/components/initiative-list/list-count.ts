/**
 * The list's count line in words: "Showing 5 of 24 initiatives", and what covers the country as a
 * member, never added to its own. Which sentence fits is decided without words in
 * src/layout/list-view.ts (`countKind`).
 */
import type {DatasetIndex, InitiativeFilter} from '../../data/queries.js';
import {nameInSentence} from '../../data/queries.js';
import type {Locale} from '../../data/types.js';
import {formatNumber, isSingular} from '../../i18n/format.js';
import {msg, str} from '../../i18n/msg.js';
import {regionNames} from '../../internal/region-wide.js';
import type {RegionWide} from '../../data/coverage.js';
import {countKind, wideCount} from '../../layout/list-view.js';

/**
 * "Showing 5 of 24 initiatives"; "…; 5 region-wide initiatives of ASEAN also cover the Philippines";
 * for a country no initiative names, "No initiatives name Myanmar; 6 region-wide initiatives of ASEAN cover it".
 */
export function countText(
  index: DatasetIndex,
  locale: Locale,
  filter: InitiativeFilter,
  shown: number,
  regions: readonly RegionWide[],
): string {
  const total = index.data.initiatives.length;
  const [n, of] = [formatNumber(locale, shown), formatNumber(locale, total)];
  const kind = countKind(filter, shown, regions);
  if (kind === 'own') {
    return isSingular(locale, total)
      ? msg(str`Showing ${n} of ${of} initiative`)
      : msg(str`Showing ${n} of ${of} initiatives`);
  }
  const wide = wideCount(regions);
  const r = formatNumber(locale, wide);
  const one = isSingular(locale, wide);
  const country = nameInSentence(index.countries.get(filter.country!)!, locale);
  const by = regionNames(
    index,
    regions.map((w) => w.region),
  );
  if (kind === 'also') {
    // Own initiatives shown: the edition has more than one, so "initiatives" is plural.
    return one
      ? msg(str`Showing ${n} of ${of} initiatives; ${r} region-wide initiative of ${by} also covers ${country}`)
      : msg(str`Showing ${n} of ${of} initiatives; ${r} region-wide initiatives of ${by} also cover ${country}`);
  }
  if (kind === 'narrowed') {
    return one
      ? msg(
          str`No initiatives matching the other filters name ${country}; ${r} region-wide initiative of ${by} covers it`,
        )
      : msg(
          str`No initiatives matching the other filters name ${country}; ${r} region-wide initiatives of ${by} cover it`,
        );
  }
  return one
    ? msg(str`No initiatives name ${country}; ${r} region-wide initiative of ${by} covers it`)
    : msg(str`No initiatives name ${country}; ${r} region-wide initiatives of ${by} cover it`);
}
