/**
 * A priority area's counts as every widget must show them, derived here from the dataset apart from
 * the code that shows them. Shared by the unit tests (Node) and the browser tests.
 */
import type {Dataset, MapItem, PillarId} from '../src/data/types.js';

export function expectedPillarCounts(data: Dataset, id: PillarId) {
  const initiatives = data.initiatives.filter((i) => i.pillar === id);
  // A two-area item (Indonesia's LNG, ①, with geothermal, ②) belongs to both.
  const spans = (m: MapItem) => (m.pillars ?? [m.pillar]).includes(id);
  const entries = data.mapEntries.filter((e) => e.items.some(spans));
  const items = entries.flatMap((e) => e.items.filter(spans));
  // Where its initiatives and items are: the countries they name, less those an item prints as its
  // partners (the US in its own box's （日米）): partners are not places it reaches.
  const countries = new Set([
    ...initiatives.flatMap((i) => i.countries),
    ...entries.flatMap((e) => e.items.filter(spans).flatMap((m) => e.countries.filter((c) => !m.partners.includes(c)))),
  ]);
  return {
    categories: data.categories.filter((c) => c.pillar === id).length,
    initiatives: initiatives.length,
    countries: countries.size,
    partners: new Set([...initiatives.flatMap((i) => i.partners), ...items.flatMap((m) => m.partners)]).size,
    places: entries.length,
    mapItems: items.length,
  };
}
