/**
 * What reaches a country only because it belongs to a region the document speaks of as a whole
 * (ASEAN, the Pacific Island countries, Africa, Europe). Myanmar, Laos, Brunei and several Pacific
 * Island countries are never named: every widget that lists a country's initiatives asks this module,
 * so none of them presents a region-wide item as addressed to the member, or counts it as the
 * member's own. Pure: no DOM, no lit.
 */
import {itemPillars, type DatasetIndex, type InitiativeFilter} from './queries.js';
import type {MapEntry, MapItem, PillarId} from './types.js';

/** A map item with the place label (entry) it is printed under. */
export interface MapItemRef {
  readonly entry: MapEntry;
  readonly item: MapItem;
}

/** What one region covers a member with. */
export interface RegionWide {
  /** The region's id (`asean`). */
  readonly region: string;
  /**
   * Initiatives whose `regions` include the region, in the filter and in document order, less those
   * the country has as its own (the Philippines' critical minerals recycling is also ASEAN's).
   */
  readonly initiatives: readonly string[];
  /**
   * Items of the region's own boxes on the map (entries of kind `region`), in the priority-area
   * filter, that illustrate neither one of `initiatives` nor one of the country's own: what the region
   * adds, as `MapPlace.items` is for a country. Map items answer to the priority areas only.
   */
  readonly items: readonly MapItemRef[];
}

/** Regions the country belongs to that cover it with something in the filter, in the dataset's order. */
export interface Coverage {
  readonly iso3: string;
  readonly regions: readonly RegionWide[];
}

const inFilter = (pillars: readonly PillarId[] | undefined, pillar: PillarId) =>
  !pillars?.length || pillars.includes(pillar);

/**
 * The region-wide initiatives and map items that cover `iso3` as a member, for `filter` (its
 * `country` is ignored: the country is `iso3`). A region with nothing in the filter is left out.
 */
export function coverage(index: DatasetIndex, iso3: string, filter: InitiativeFilter = {}): Coverage {
  const own = index.countryInitiatives(iso3);
  const rest: InitiativeFilter = {...filter, country: undefined};
  const regions = index.data.regions
    .filter((r) => r.members.includes(iso3))
    .map((r): RegionWide => {
      // The region's initiatives from the index, not a scan of every record per member and filter.
      const initiatives = (index.initiativesByRegion.get(r.id) ?? []).filter(
        (id) => !own.has(id) && index.matches(index.initiatives.get(id)!, rest),
      );
      const theirs = new Set(initiatives);
      const items = index.data.mapEntries
        .filter((e) => e.kind === 'region' && e.regions.includes(r.id))
        .flatMap((entry) =>
          entry.items
            .filter(
              (item) =>
                itemPillars(item).some((p) => inFilter(filter.pillars, p)) &&
                !(item.initiative && (own.has(item.initiative) || theirs.has(item.initiative))),
            )
            .map((item) => ({entry, item})),
        );
      return {region: r.id, initiatives, items};
    })
    .filter((r) => r.initiatives.length + r.items.length > 0);
  return {iso3, regions};
}

/**
 * Per region, its members that have no initiative of their own but are covered by one of the
 * region's initiatives: where a country picker offers them, so a reader looking for Myanmar finds it.
 * Members in the dataset's country order; regions with none are left out.
 */
export function membersCoveredOnly(index: DatasetIndex): {region: string; members: string[]}[] {
  return index.data.regions
    .map((r) => ({
      region: r.id,
      members: index.data.countries
        .map((c) => c.iso3)
        .filter(
          (iso3) =>
            r.members.includes(iso3) &&
            !index.initiativesByCountry.has(iso3) &&
            coverage(index, iso3).regions.some((w) => w.region === r.id && w.initiatives.length > 0),
        ),
    }))
    .filter((r) => r.members.length > 0);
}
