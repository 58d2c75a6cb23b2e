/**
 * A priority area's counts as every widget must show them, derived here from the dataset apart from
 * the code that shows them. Shared by the unit tests (Node) and the browser tests.
 */
import type {Dataset, PillarId} from '../src/data/types.js';

export function expectedPillarCounts(data: Dataset, id: PillarId) {
  const initiatives = data.initiatives.filter((i) => i.pillar === id);
  const entries = data.mapEntries.filter((e) => e.items.some((m) => m.pillar === id));
  const items = entries.flatMap((e) => e.items.filter((m) => m.pillar === id));
  const isCountry = new Set(data.countries.map((c) => c.iso3));
  // Where its initiatives and items are, and the countries a map item of one of its initiatives names
  // as a partner (the map colours those too: Japan works with them there).
  const countries = new Set([
    ...initiatives.flatMap((i) => i.countries),
    ...entries.flatMap((e) => e.countries),
    ...items.filter((m) => m.initiative).flatMap((m) => m.partners.filter((p) => isCountry.has(p))),
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
