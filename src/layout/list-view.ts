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
 * Which count sentence the list says (src/components/initiative-list/list-count.ts words it): `own`,
 * "Showing 5 of 24 initiatives"; `also`, with what covers the country as a member, never added to its
 * own; `none`, no initiative names the country; `narrowed`, none matching the other filters does.
 */
export type CountKind = 'own' | 'also' | 'none' | 'narrowed';

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

/** Region-wide initiatives covering the country, each counted once however many regions hold it. */
export const wideCount = (regions: readonly RegionWide[]): number =>
  new Set(regions.flatMap((r) => r.initiatives)).size;

/** Which count sentence fits: see `CountKind`. */
export function countKind(filter: InitiativeFilter, shown: number, regions: readonly RegionWide[]): CountKind {
  if (!filter.country || !wideCount(regions)) return 'own';
  if (shown) return 'also';
  return filter.pillars?.length || filter.partner || filter.instrument || filter.query?.trim() ? 'narrowed' : 'none';
}

/** The ids sorted by their localized names (五十音順 in Japanese, by reading). */
function byName(index: DatasetIndex, locale: Locale, ids: readonly string[]): string[] {
  const named = (id: string) => (index.countries.get(id) ?? index.organisations.get(id))!;
  const compare = compareNames(locale);
  return [...ids].sort((a, b) => compare(named(a), named(b)));
}

/** The options of the country picker, each list in name order. */
export interface PickerOptions {
  /** The picker's own options. */
  readonly ids: readonly string[];
  /** Per region, its members with no initiative of their own (Myanmar) that it covers. */
  readonly groups: readonly {readonly region: string; readonly members: readonly string[]}[];
}

/** A chosen value the list would not have (a partner's edition) is offered too, once. */
const withChosen = (ids: readonly string[], chosen: string | undefined, elsewhere: readonly string[] = []) =>
  chosen && !ids.includes(chosen) && !elsewhere.includes(chosen) ? [...ids, chosen] : ids;

const covered = new WeakMap<DatasetIndex, ReturnType<typeof membersCoveredOnly>>();
/** `membersCoveredOnly`, once per dataset: it asks every member of every region (issue 19: a partner's thousands). */
function coveredOnly(index: DatasetIndex): ReturnType<typeof membersCoveredOnly> {
  let members = covered.get(index);
  if (!members) covered.set(index, (members = membersCoveredOnly(index)));
  return members;
}

/**
 * The country picker: the countries with initiatives, then per region its members covered only
 * through it (found, and not taken for named).
 */
export function countryOptions(index: DatasetIndex, locale: Locale, chosen?: string): PickerOptions {
  const members = coveredOnly(index);
  const own = withChosen(
    index.countriesWithInitiatives,
    chosen,
    members.flatMap((m) => m.members),
  );
  return {
    ids: byName(index, locale, own),
    groups: members.map((m) => ({...m, members: byName(index, locale, m.members)})),
  };
}

/** The partner picker's options in name order. */
export const partnerOptions = (index: DatasetIndex, locale: Locale, chosen?: string): string[] =>
  byName(index, locale, withChosen(index.partnerIds, chosen));
