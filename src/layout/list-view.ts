/**
 * What `<foip-initiative-list>` shows for a filter, as data without words: the initiatives grouped
 * by priority area and category, the regions that cover a chosen country as a member (src/data/
 * coverage.ts, as on the map), which count sentence to say, and the pickers' options in name order.
 * The element puts it into words and templates; this is tested in Node (test/unit/list-view.test.ts).
 */
import {coverage, membersCoveredOnly} from '../data/coverage.js';
import type {RegionWide} from '../data/coverage.js';
import {compareNames} from '../data/queries.js';
import type {DatasetIndex, InitiativeFilter} from '../data/queries.js';
import type {Category, Initiative, Locale, Pillar, PillarId} from '../data/types.js';

export interface CategoryGroup {
  /** Undefined for an initiative whose category the edition does not list: its cards go under the priority area. */
  readonly category: Category | undefined;
  readonly initiatives: readonly Initiative[];
}

export interface PillarGroup {
  readonly pillar: Pillar;
  readonly categories: readonly CategoryGroup[];
}

/**
 * Which count sentence the list says (src/components/initiative-list/list-count.ts words it):
 * `own`, "Showing 5 of 24 initiatives"; `also`, with what covers the country as a member, never added
 * to its own; `none`, no initiative names the country (`narrowed`: none matching the other filters).
 */
export type CountLine =
  | {readonly kind: 'own'; readonly shown: number; readonly total: number}
  | {
      readonly kind: 'also' | 'none';
      readonly shown: number;
      readonly total: number;
      /** Region-wide initiatives covering the country, each counted once however many regions hold it. */
      readonly wide: number;
      readonly country: string;
      readonly regions: readonly string[];
      readonly narrowed: boolean;
    };

/** Everything the list shows for one filter. */
export interface ListView {
  /** The filter's own initiatives, in document order. */
  readonly shown: readonly Initiative[];
  readonly groups: readonly PillarGroup[];
  /** With a country: the regions that cover it with initiatives in the filter, after its own. */
  readonly regions: readonly RegionWide[];
  readonly count: CountLine;
  /** Nothing to show, own or region-wide. */
  readonly empty: boolean;
}

/** A stable key for "did the filter change?". */
export const filterKey = (f: InitiativeFilter): string =>
  JSON.stringify([f.pillars ?? [], f.country ?? '', f.partner ?? '', f.instrument ?? '', f.query ?? '']);

/** The pressed priority areas after toggling `id`: added in order, or taken out. */
export function togglePillar(pressed: readonly PillarId[], id: PillarId): PillarId[] {
  return pressed.includes(id) ? pressed.filter((p) => p !== id) : [...pressed, id].sort((a, b) => a - b);
}

/**
 * `initiatives` by priority area (the edition's order), then by category (the edition's order;
 * one the edition does not list last); document order within. Areas with none are left out.
 */
export function groupInitiatives(index: DatasetIndex, initiatives: readonly Initiative[]): PillarGroup[] {
  const categoryOrder = new Map(index.data.categories.map((c, n) => [c.id, n]));
  const rank = (id: string) => categoryOrder.get(id) ?? Infinity;
  return [...index.pillars.values()]
    .map((pillar) => {
      const byCategory = new Map<string, Initiative[]>();
      for (const i of initiatives) {
        if (i.pillar !== pillar.id) continue;
        if (!byCategory.has(i.category)) byCategory.set(i.category, []);
        byCategory.get(i.category)!.push(i);
      }
      const categories = [...byCategory]
        .sort(([a], [b]) => rank(a) - rank(b))
        .map(([id, list]) => ({category: index.categories.get(id), initiatives: list}));
      return {pillar, categories};
    })
    .filter((g) => g.categories.length > 0);
}

/** The regions that cover the filter's country with initiatives in the filter (none without a country). */
export function regionsCovering(index: DatasetIndex, filter: InitiativeFilter): RegionWide[] {
  if (!filter.country) return [];
  return coverage(index, filter.country, filter).regions.filter((r) => r.initiatives.length > 0);
}

/** Which count sentence fits: see `CountLine`. */
export function countLine(
  index: DatasetIndex,
  filter: InitiativeFilter,
  shown: number,
  regions: readonly RegionWide[],
): CountLine {
  const total = index.data.initiatives.length;
  const wide = new Set(regions.flatMap((r) => r.initiatives)).size;
  if (!wide || !filter.country) return {kind: 'own', shown, total};
  return {
    kind: shown ? 'also' : 'none',
    shown,
    total,
    wide,
    country: filter.country,
    regions: regions.map((r) => r.region),
    narrowed: Boolean(filter.pillars?.length || filter.partner || filter.instrument || filter.query?.trim()),
  };
}

/** What the list shows for `filter` (checked and normalized by the element). */
export function listView(index: DatasetIndex, filter: InitiativeFilter): ListView {
  const shown = index.filter(filter);
  // A country's region-wide initiatives (Myanmar's, as a member of ASEAN) come after its own, apart.
  const regions = regionsCovering(index, filter);
  return {
    shown,
    groups: groupInitiatives(index, shown),
    regions,
    count: countLine(index, filter, shown.length, regions),
    empty: shown.length + regions.length === 0,
  };
}

/** Per edition: the same answer every render, and the coverage behind it is the costly part. */
const coveredOnly = new WeakMap<DatasetIndex, ReturnType<typeof membersCoveredOnly>>();
const sorted = new WeakMap<DatasetIndex, Map<string, readonly string[]>>();

/** The ids sorted by their localized names (五十音順 in Japanese, by reading), once per edition, list and locale. */
function byName(index: DatasetIndex, locale: Locale, list: string, ids: readonly string[]): readonly string[] {
  let cache = sorted.get(index);
  if (!cache) sorted.set(index, (cache = new Map()));
  const key = `${list}\u0000${locale}`;
  let order = cache.get(key);
  if (!order) {
    const named = (id: string) => (index.countries.get(id) ?? index.organisations.get(id))!;
    const compare = compareNames(locale);
    order = [...ids].sort((a, b) => compare(named(a), named(b)));
    cache.set(key, order);
  }
  return order;
}

/** The options of the country picker, each list in name order. */
export interface PickerOptions {
  /** The picker's own options. */
  readonly ids: readonly string[];
  /** Per region, its members with no initiative of their own (Myanmar) that it covers. */
  readonly groups: readonly {readonly region: string; readonly ids: readonly string[]}[];
}

/**
 * The country picker: the countries with initiatives, then per region its members covered only
 * through it (found, and not taken for named). A chosen country in neither (a partner's edition) is
 * offered too, once, with the rest.
 */
export function countryOptions(index: DatasetIndex, locale: Locale, chosen?: string): PickerOptions {
  let members = coveredOnly.get(index);
  if (!members) coveredOnly.set(index, (members = membersCoveredOnly(index)));
  const own = index.countriesWithInitiatives;
  const offered = chosen && !own.includes(chosen) && !members.some((m) => m.members.includes(chosen));
  return {
    ids: offered ? byName(index, locale, `country+${chosen}`, [...own, chosen]) : byName(index, locale, 'country', own),
    groups: members.map(({region, members: ids}) => ({
      region,
      ids: byName(index, locale, `members-${region}`, ids),
    })),
  };
}

/** The partner picker's options in name order; a chosen partner the list would not have is offered too. */
export function partnerOptions(index: DatasetIndex, locale: Locale, chosen?: string): readonly string[] {
  const ids = index.partnerIds;
  return chosen && !ids.includes(chosen)
    ? byName(index, locale, `partner+${chosen}`, [...ids, chosen])
    : byName(index, locale, 'partner', ids);
}
