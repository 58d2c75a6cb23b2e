/**
 * What the map says about each country: its initiatives, the map-page items that name it without
 * an initiative of their own, the regions it belongs to, and the pillars all of these fall under,
 * for a pillar filter. Pure and deterministic: the element renders from this, the tests read it.
 */
import {coverage} from '../data/coverage.js';
import type {MapItemRef, RegionWide} from '../data/coverage.js';
import {toCsv} from '../data/csv.js';
import {itemPillars, itemPlaces, type DatasetIndex} from '../data/queries.js';
import {HOME, type Localized, type MapItem, type PillarId, type SourceRef} from '../data/types.js';

export type {MapItemRef, RegionWide} from '../data/coverage.js';

export interface MapPlace {
  readonly iso3: string;
  /** Initiative ids that happen in or with the country, in document order. */
  readonly initiatives: readonly string[];
  /**
   * Map-page items placed in the country (its label names it, the item does not print it as a
   * partner) that illustrate no initiative the filter keeps (Chile's copper loan).
   */
  readonly items: readonly MapItemRef[];
  /** Ids of the regions (of `regionWide`) that cover the country as a member with something in the filter. */
  readonly regions: readonly string[];
  /**
   * What those regions cover it with, region by region (src/data/coverage.ts): shown grouped under
   * the region, never counted as the country's own.
   */
  readonly regionWide: readonly RegionWide[];
  /** Initiatives elsewhere that name the country as a partner of Japan (the US, Australia, Taiwan…). */
  readonly partnerships: readonly string[];
  /** Map-page items of no initiative that print the country as a partner: （日米韓） in the US box. */
  readonly partnerItems: readonly MapItemRef[];
  /** Pillars of its initiatives and items, ascending. */
  readonly pillars: readonly PillarId[];
  /** Initiatives plus unlinked items: how much the document places in this country. */
  readonly count: number;
}

const inFilter = (pillars: readonly PillarId[], pillar: PillarId) => pillars.length === 0 || pillars.includes(pillar);
/** The priority areas of an item that a filter keeps: both of a two-area item's where the filter is empty. */
const spans = (pillars: readonly PillarId[], item: MapItem) => itemPillars(item).filter((p) => inFilter(pillars, p));

/**
 * Every dataset country the document places anything in (directly, through a region-wide box, or
 * as Japan's partner), in the order of the dataset's country table. `pillars` empty means all.
 * Never Japan (`HOME`): the actor, not a place its initiatives reach, even where a dataset lists it.
 */
export function mapPlaces(index: DatasetIndex, pillars: readonly PillarId[] = []): MapPlace[] {
  return index.data.countries.flatMap((country) => {
    if (country.iso3 === HOME) return [];
    const initiatives = (index.initiativesByCountry.get(country.iso3) ?? []).filter((id) =>
      inFilter(pillars, index.initiatives.get(id)!.pillar),
    );
    // Items placed in the country: an item stands on its own where the filter keeps none of its
    // initiative (Indonesia's LNG, ①, of the geothermal initiative, ②) or it has none.
    const placed = index.data.mapEntries.flatMap((entry) =>
      entry.items
        .filter((item) => itemPlaces(entry, item).includes(country.iso3) && spans(pillars, item).length)
        .map((item) => ({entry, item})),
    );
    // The country's set (made once per dataset), not `includes`: a partner's country has thousands
    // of initiatives. One of them is among `initiatives` when the filter keeps its priority area.
    const all = index.countryInitiatives(country.iso3);
    const ownIds = {has: (id: string) => all.has(id) && inFilter(pillars, index.initiatives.get(id)!.pillar)};
    const items = placed.filter(({item}) => item.initiative === null || !ownIds.has(item.initiative));
    const regionWide = coverage(index, country.iso3, {pillars}).regions;
    const regions = regionWide.map((r) => r.region);
    const partnerships = (index.initiativesByPartner.get(country.iso3) ?? []).filter(
      (id) => !ownIds.has(id) && inFilter(pillars, index.initiatives.get(id)!.pillar),
    );
    const partnerItems = index.data.mapEntries.flatMap((entry) =>
      entry.items
        .filter(
          (item) => item.initiative === null && item.partners.includes(country.iso3) && spans(pillars, item).length,
        )
        .map((item) => ({entry, item})),
    );
    if (initiatives.length + items.length + regions.length + partnerships.length + partnerItems.length === 0) return [];
    const own = new Set<PillarId>([
      ...initiatives.map((id) => index.initiatives.get(id)!.pillar),
      ...placed.flatMap(({item}) => spans(pillars, item)),
    ]);
    return [
      {
        iso3: country.iso3,
        initiatives,
        items,
        regions,
        regionWide,
        partnerships,
        partnerItems,
        pillars: [...own].sort(),
        count: initiatives.length + items.length,
      },
    ];
  });
}

export interface MapSummary {
  /** Countries with at least one initiative or item of their own. */
  readonly countries: number;
  /** Distinct initiatives across them. */
  readonly initiatives: number;
  /**
   * The filter's initiatives in the whole document: those beyond `initiatives` cover a region as a
   * whole or name no country or region, so no country counts them as its own.
   */
  readonly total: number;
  /** The countries with the highest count, and that count. */
  readonly top: readonly string[];
  readonly topCount: number;
  /** Countries with nothing of their own, covered only as members of a region (region-wide items). */
  readonly regionOnly: number;
  /** The regions that cover them, in the dataset's order. */
  readonly regionOnlyBy: readonly string[];
}

/** How many different ids the lists hold (no flattened copy: a partner's lists hold tens of thousands). */
function distinct(lists: readonly (readonly string[])[]): number {
  const seen = new Set<string>();
  for (const list of lists) for (const id of list) seen.add(id);
  return seen.size;
}

/** What the map's summary says of `places`, the places of a pillar filter (`pillars`, empty for all). */
export function summarise(index: DatasetIndex, places: readonly MapPlace[], pillars: readonly PillarId[]): MapSummary {
  const own = places.filter((p) => p.count > 0);
  const topCount = Math.max(0, ...own.map((p) => p.count));
  const regionOnly = places.filter((p) => p.count === 0 && p.regions.length > 0);
  const by = new Set(regionOnly.flatMap((p) => p.regions));
  return {
    countries: own.length,
    initiatives: distinct(own.map((p) => p.initiatives)),
    total: index.data.initiatives.filter((i) => inFilter(pillars, i.pillar)).length,
    top: own.filter((p) => p.count === topCount).map((p) => p.iso3),
    topCount,
    regionOnly: regionOnly.length,
    regionOnlyBy: index.data.regions.filter((r) => by.has(r.id)).map((r) => r.id),
  };
}

/** Count classes for `color-by="count"`: 1, 2–3, 4–6, 7 or more. */
export const COUNT_CLASSES = [1, 2, 4, 7] as const;
export function countClass(count: number): number {
  let n = 0;
  COUNT_CLASSES.forEach((min, i) => {
    if (count >= min) n = i + 1;
  });
  return n;
}

/** An item's priority areas in a CSV cell: "1 2" for one that spans two. */
const areas = (item: MapItem) => itemPillars(item).join(' ');

const PLACE_COLUMNS = [
  'iso3',
  'country_ja',
  'country_en',
  'relation',
  'region',
  'region_ja',
  'region_en',
  'id',
  'pillar',
  'text_ja',
  'text_en',
  'source_page',
  'source_lines',
] as const;

/**
 * What the map says of each place, as a spreadsheet: one row per initiative, map item and
 * partnership (an initiative's or a map item's), in both languages, each citing the page and lines
 * it comes from. What reaches a country only as a member of a region is `region-wide initiative` or
 * `region-wide map item`, with the region named in its own columns: a spreadsheet that counts a
 * country's rows by `relation` never takes them for the country's own. The places carry their filter.
 */
export function placesCsv(index: DatasetIndex, places: readonly MapPlace[]): string {
  const rows = places.flatMap((place) => {
    const {name} = index.countries.get(place.iso3)!;
    const row =
      (relation: string, region = '') =>
      (id: string, pillar: PillarId | string, text: Localized, source: SourceRef | undefined) => {
        const named = region ? index.regions.get(region)!.name : undefined;
        return {
          iso3: place.iso3,
          country_ja: name.ja,
          country_en: name.en,
          relation,
          region,
          region_ja: named?.ja ?? '',
          region_en: named?.en ?? '',
          id,
          pillar,
          text_ja: text.ja,
          text_en: text.en,
          // A partner's record may cite no page: an empty cell, never the document's.
          source_page: source?.page ?? null,
          source_lines: source?.lines.join('-') ?? null,
        };
      };
    const initiative = (add: ReturnType<typeof row>) => (id: string) => {
      const i = index.initiatives.get(id)!;
      return add(id, i.pillar, i.title, i.source);
    };
    const item =
      (add: ReturnType<typeof row>) =>
      ({entry, item}: MapItemRef) =>
        add(entry.id, areas(item), item.text, entry.source);
    return [
      ...place.initiatives.map(initiative(row('initiative'))),
      ...place.items.map(item(row('map item'))),
      ...place.regionWide.flatMap(({region, initiatives, items}) => [
        ...initiatives.map(initiative(row('region-wide initiative', region))),
        ...items.map(item(row('region-wide map item', region))),
      ]),
      ...place.partnerships.map(initiative(row('partner'))),
      ...place.partnerItems.map(item(row('partner'))),
    ];
  });
  return toCsv(PLACE_COLUMNS, rows);
}
