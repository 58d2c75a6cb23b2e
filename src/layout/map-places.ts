/**
 * What the map says about each country: its initiatives, the map-page items that name it without
 * an initiative of their own, the regions it belongs to, and the pillars all of these fall under,
 * for a pillar filter. Pure and deterministic: the element renders from this, the tests read it.
 */
import {toCsv} from '../data/csv.js';
import type {DatasetIndex} from '../data/queries.js';
import type {Localized, MapEntry, MapItem, PillarId, SourceRef} from '../data/types.js';
import {HOME} from '../geo/home.js';

export interface MapItemRef {
  readonly entry: MapEntry;
  readonly item: MapItem;
}

export interface MapPlace {
  readonly iso3: string;
  /** Initiative ids that happen in or with the country, in document order. */
  readonly initiatives: readonly string[];
  /** Map-page items under a label naming the country that illustrate no initiative (e.g. Chile's copper loan). */
  readonly items: readonly MapItemRef[];
  /** Regions of the document the country belongs to whose region-wide box has items in the filter. */
  readonly regions: readonly string[];
  /** Initiatives elsewhere that name the country as a partner of Japan (the US, Australia, Taiwan…). */
  readonly partnerships: readonly string[];
  /** Map-page items of no initiative, under another label, that name the country as a partner: （日米韓） in the US box. */
  readonly partnerItems: readonly MapItemRef[];
  /** Pillars of its initiatives and items, ascending. */
  readonly pillars: readonly PillarId[];
  /** Initiatives plus unlinked items: how much the document places in this country. */
  readonly count: number;
}

const inFilter = (pillars: readonly PillarId[], pillar: PillarId) => pillars.length === 0 || pillars.includes(pillar);

/**
 * Every dataset country the document places anything in (directly, through a region-wide box, or
 * as Japan's partner), in the order of the dataset's country table. `pillars` empty means all.
 * Never Japan (`HOME`): the actor, not a place its initiatives reach, even where a dataset lists it.
 */
export function mapPlaces(index: DatasetIndex, pillars: readonly PillarId[] = []): MapPlace[] {
  const regionsWithItems = new Set(
    index.data.mapEntries
      .filter((e) => e.regions.length && e.items.some((i) => inFilter(pillars, i.pillar)))
      .flatMap((e) => e.regions),
  );
  return index.data.countries.flatMap((country) => {
    if (country.iso3 === HOME) return [];
    const initiatives = (index.initiativesByCountry.get(country.iso3) ?? []).filter((id) =>
      inFilter(pillars, index.initiatives.get(id)!.pillar),
    );
    const items = index.data.mapEntries.flatMap((entry) =>
      entry.countries.includes(country.iso3)
        ? entry.items
            .filter((item) => item.initiative === null && inFilter(pillars, item.pillar))
            .map((item) => ({entry, item}))
        : [],
    );
    const regions = index.data.regions
      .filter((r) => r.members.includes(country.iso3) && regionsWithItems.has(r.id))
      .map((r) => r.id);
    const partnerships = (index.initiativesByPartner.get(country.iso3) ?? []).filter(
      (id) => !initiatives.includes(id) && inFilter(pillars, index.initiatives.get(id)!.pillar),
    );
    const partnerItems = index.data.mapEntries.flatMap((entry) =>
      entry.countries.includes(country.iso3)
        ? []
        : entry.items
            .filter(
              (item) =>
                item.initiative === null && item.partners.includes(country.iso3) && inFilter(pillars, item.pillar),
            )
            .map((item) => ({entry, item})),
    );
    if (initiatives.length + items.length + regions.length + partnerships.length + partnerItems.length === 0) return [];
    const own = new Set<PillarId>([
      ...initiatives.map((id) => index.initiatives.get(id)!.pillar),
      ...items.map((i) => i.item.pillar),
    ]);
    return [
      {
        iso3: country.iso3,
        initiatives,
        items,
        regions,
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
}

/** What the map's summary says of `places`, the places of a pillar filter (`pillars`, empty for all). */
export function summarise(index: DatasetIndex, places: readonly MapPlace[], pillars: readonly PillarId[]): MapSummary {
  const own = places.filter((p) => p.count > 0);
  const topCount = Math.max(0, ...own.map((p) => p.count));
  return {
    countries: own.length,
    initiatives: new Set(own.flatMap((p) => p.initiatives)).size,
    total: index.data.initiatives.filter((i) => inFilter(pillars, i.pillar)).length,
    top: own.filter((p) => p.count === topCount).map((p) => p.iso3),
    topCount,
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

const PLACE_COLUMNS = [
  'iso3',
  'country_ja',
  'country_en',
  'relation',
  'id',
  'pillar',
  'text_ja',
  'text_en',
  'source_page',
  'source_lines',
] as const;

/**
 * What the map says of each place, as a spreadsheet: one row per initiative, map item, region-wide
 * item and partnership (an initiative's or a map item's), in both languages, each citing the page and lines it comes from.
 */
export function placesCsv(index: DatasetIndex, places: readonly MapPlace[], pillars: readonly PillarId[] = []): string {
  const rows = places.flatMap((place) => {
    const {name} = index.countries.get(place.iso3)!;
    const row = (relation: string, id: string, pillar: PillarId, text: Localized, source: SourceRef) => ({
      iso3: place.iso3,
      country_ja: name.ja,
      country_en: name.en,
      relation,
      id,
      pillar,
      text_ja: text.ja,
      text_en: text.en,
      source_page: source.page,
      source_lines: source.lines.join('-'),
    });
    const initiative = (relation: string) => (id: string) => {
      const i = index.initiatives.get(id)!;
      return row(relation, id, i.pillar, i.title, i.source);
    };
    const regionWide = index.data.mapEntries.filter((e) => e.regions.some((r) => place.regions.includes(r)));
    return [
      ...place.initiatives.map(initiative('initiative')),
      ...place.items.map(({entry, item}) => row('map item', entry.id, item.pillar, item.text, entry.source)),
      ...regionWide.flatMap((entry) =>
        entry.items
          .filter((item) => inFilter(pillars, item.pillar))
          .map((item) => row('region-wide', entry.id, item.pillar, item.text, entry.source)),
      ),
      ...place.partnerships.map(initiative('partner')),
      ...place.partnerItems.map(({entry, item}) => row('partner', entry.id, item.pillar, item.text, entry.source)),
    ];
  });
  return toCsv(PLACE_COLUMNS, rows);
}
