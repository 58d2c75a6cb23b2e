import assert from 'node:assert/strict';
import {describe, it} from 'node:test';

import {bundledIndex} from '../../src/data/index.js';
import {mapPlaces} from '../../src/layout/map-places.js';

describe('the map’s places', () => {
  const places = new Map(mapPlaces(bundledIndex).map((p) => [p.iso3, p]));

  it('include every country the map page names: under a label, or as a partner printed with an item', () => {
    for (const entry of bundledIndex.data.mapEntries) {
      for (const iso3 of entry.countries) assert.ok(places.has(iso3), `${entry.id}: ${iso3}`);
      for (const item of entry.items) {
        for (const partner of item.partners.filter((p) => bundledIndex.countries.has(p))) {
          const place = places.get(partner);
          assert.ok(place, `${entry.id}: partner ${partner} of “${item.text.en}”`);
          if (entry.countries.includes(partner)) continue;
          // Named as Japan's partner: by the item's initiative, or by the item itself when it has none.
          const named = item.initiative
            ? place.initiatives.includes(item.initiative) || place.partnerships.includes(item.initiative)
            : place.partnerItems.some((ref) => ref.item === item);
          assert.ok(named, `${partner} is a partner in “${item.text.en}”`);
        }
      }
    }
  });

  it('a partner named only in a map item is a partner, not a place of initiatives (the Republic of Korea, （日米韓）)', () => {
    const korea = places.get('KOR');
    assert.ok(korea);
    assert.equal(korea.count, 0);
    assert.deepEqual(korea.pillars, []);
    assert.deepEqual(
      korea.partnerItems.map(({entry, item}) => [entry.id, item.text.ja]),
      bundledIndex.data.mapEntries.flatMap((e) =>
        e.items.filter((i) => i.partners.includes('KOR') && !i.initiative).map((i) => [e.id, i.text.ja]),
      ),
    );
    assert.ok(korea.partnerItems.length > 0);
  });

  it('follow the filter: a partner item outside it names no one', () => {
    const [ref] = places.get('KOR')!.partnerItems;
    const other = ([1, 2, 3] as const).filter((p) => p !== ref.item.pillar);
    assert.ok(!mapPlaces(bundledIndex, other).some((p) => p.iso3 === 'KOR'));
    assert.ok(mapPlaces(bundledIndex, [ref.item.pillar]).some((p) => p.iso3 === 'KOR'));
  });
});
