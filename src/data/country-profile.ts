/**
 * What the document holds for one country, for `<foip-country>`: four things kept apart, because a
 * target country, a partner and a member of a region named only as a whole are different things
 * (data/README.md, Editorial decisions), and none is counted as another:
 *
 * - `initiatives`: those that name the country as a place they are for (detail pages or map page,
 *   `DatasetIndex.initiativesByCountry`), grouped by priority area;
 * - `items`: the map items placed in it (`itemPlaces`: a format's members are partners, not places);
 * - `partnerships`: initiatives and map items that name it as Japan's partner (（日米豪比）);
 * - `regions`: what reaches it only as a member of a region (`coverage()`), grouped under the region.
 *
 * A country outside the document gets an empty profile, never invented data. Pure: no DOM, no lit,
 * no words (src/internal/country-summary.ts puts a profile into words).
 */
import {coverage} from './coverage.js';
import type {MapItemRef, RegionWide} from './coverage.js';
import {itemPillars, itemPlaces} from './queries.js';
import type {DatasetIndex} from './queries.js';
import type {Initiative, Localized, PillarId, SourceRef} from './types.js';

/** One priority area's share of a country's own initiatives and map items. */
export interface PillarShare {
  readonly pillar: PillarId;
  /** The initiatives for the country in this area, in document order. */
  readonly initiatives: readonly Initiative[];
  /** How many of its map items span this area (an item of two areas counts in both, as on the map). */
  readonly items: number;
}

/** Where the country is Japan's partner. */
export interface Partnerships {
  /** Initiatives that name it as a partner (and not as a place they are for), in document order. */
  readonly initiatives: readonly Initiative[];
  /** Map items that print it as a partner, less those that illustrate one of `initiatives` or of its own. */
  readonly items: readonly MapItemRef[];
  /** The formats its map items print, once each, in map order: （日米豪比） / (Japan-U.S.-Australia-Philippines). */
  readonly formats: readonly Localized[];
}

export interface CountryProfile {
  readonly iso3: string;
  /** Its own initiatives, by priority area: every area of the dataset, in order, empty ones too. */
  readonly pillars: readonly PillarShare[];
  /** Its own initiatives, all areas, in document order. */
  readonly initiatives: readonly Initiative[];
  /** Map items placed in it, in map order. */
  readonly items: readonly MapItemRef[];
  readonly partnerships: Partnerships;
  /** Ids of the dataset's regions it is a member of, covering it or not, in the dataset's order. */
  readonly memberOf: readonly string[];
  /** What its regions cover it with, as a member only (`coverage()`); regions with nothing are left out. */
  readonly regions: readonly RegionWide[];
}

/** A format printed at the start of a map item: （日米豪比） in Japanese, (Japan-U.S.-…) in English. */
const FORMAT = /^[（(][^）)]+[）)]/u;

/** The number of region-wide initiatives and items a region covers a member with. */
export const regionWideCount = (region: RegionWide): number => region.initiatives.length + region.items.length;

/**
 * The profile of `iso3` (alpha-3, in or outside the dataset) in `index`. Nothing is counted twice:
 * a partner initiative that is also the country's own stays its own, and a map item that
 * illustrates a listed initiative is not listed again among the partnerships.
 */
export function countryProfile(index: DatasetIndex, iso3: string): CountryProfile {
  const {data} = index;
  const ownIds = index.initiativesByCountry.get(iso3) ?? [];
  const own = new Set(ownIds);
  const initiatives = ownIds.map((id) => index.initiatives.get(id)!);

  const refs = data.mapEntries.flatMap((entry) => entry.items.map((item): MapItemRef => ({entry, item})));
  const items = refs.filter(({entry, item}) => itemPlaces(entry, item).includes(iso3));

  const pillars = data.pillars.map((p): PillarShare => ({
    pillar: p.id,
    initiatives: initiatives.filter((i) => i.pillar === p.id),
    items: items.filter(({item}) => itemPillars(item).includes(p.id)).length,
  }));

  const partnerIds = (index.initiativesByPartner.get(iso3) ?? []).filter((id) => !own.has(id));
  const partnerItems = refs.filter(({item}) => item.partners.includes(iso3));
  const formats = new Map<string, Localized>();
  for (const {item} of partnerItems) {
    const ja = FORMAT.exec(item.text.ja)?.[0];
    const en = FORMAT.exec(item.text.en)?.[0];
    if (ja && en && !formats.has(ja)) formats.set(ja, {ja, en});
  }
  const partnerships: Partnerships = {
    initiatives: partnerIds.map((id) => index.initiatives.get(id)!),
    items: partnerItems.filter(
      ({item}) => !(item.initiative && (own.has(item.initiative) || partnerIds.includes(item.initiative))),
    ),
    formats: [...formats.values()],
  };

  return {
    iso3,
    pillars,
    initiatives,
    items,
    partnerships,
    memberOf: data.regions.filter((r) => r.members.includes(iso3)).map((r) => r.id),
    regions: coverage(index, iso3).regions,
  };
}

/** True when the document names the country for nothing at all: no initiative, item, partnership or region. */
export const isOutside = (profile: CountryProfile): boolean =>
  profile.initiatives.length + profile.items.length === 0 &&
  profile.partnerships.initiatives.length + profile.partnerships.items.length === 0 &&
  profile.regions.length === 0;

/** Every record the profile shows (initiatives and the map entries of its items), for the pages a source line cites. */
export function profileRecords(index: DatasetIndex, profile: CountryProfile): {readonly source?: SourceRef}[] {
  const {initiatives, items, partnerships, regions} = profile;
  return [
    ...initiatives,
    ...partnerships.initiatives,
    ...regions.flatMap((r) => r.initiatives.map((id) => index.initiatives.get(id)!)),
    ...[...items, ...partnerships.items, ...regions.flatMap((r) => r.items)].map((ref) => ref.entry),
  ];
}
