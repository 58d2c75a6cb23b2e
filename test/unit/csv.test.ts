import assert from 'node:assert/strict';
import {describe, it} from 'node:test';

import {toCsv} from '../../src/data/csv.js';
import {bundledIndex, dataset, initiativesCsv, mapItemsCsv} from '../../src/data/index.js';
import type {PillarId} from '../../src/data/index.js';
import {mapPlaces, placesCsv} from '../../src/layout/map-places.js';
import {parseCsv} from '../csv-rows.js';

describe('CSV', () => {
  it('starts with a byte-order mark and ends rows with CRLF', () => {
    const csv = initiativesCsv(dataset);
    assert.ok(csv.startsWith('\uFEFFid,pillar,'));
    assert.equal(csv.split('\r\n').length, dataset.initiatives.length + 2);
  });
  it('quotes fields with commas, quotes and newlines', () => {
    assert.equal(toCsv(['a'], [{a: 'x,"y"'}]), '\uFEFFa\r\n"x,""y"""\r\n');
  });
  it('has one row per map item', () => {
    const rows = mapItemsCsv(dataset).split('\r\n').length - 2;
    assert.equal(
      rows,
      dataset.mapEntries.reduce((n, e) => n + e.items.length, 0),
    );
  });
});

describe("the map's CSV", () => {
  for (const pillars of [[], [2], [1, 3]] as PillarId[][]) {
    it(`has a row for everything the map says of each place, each with its source (pillar="${pillars.join(' ')}")`, () => {
      const places = mapPlaces(bundledIndex, pillars);
      const [header, ...rows] = parseCsv(placesCsv(bundledIndex, places));
      const col = (name: string) => header.indexOf(name);
      assert.deepEqual(header.slice(0, 4), ['iso3', 'country_ja', 'country_en', 'relation']);
      for (const place of places) {
        const own = rows.filter((r) => r[col('iso3')] === place.iso3);
        const regionWide = place.regionWide.flatMap((r) => [...r.initiatives, ...r.items]);
        assert.equal(
          own.length,
          place.initiatives.length +
            place.items.length +
            regionWide.length +
            place.partnerships.length +
            place.partnerItems.length,
          place.iso3,
        );
        // A region's rows name the region; no other row names one.
        for (const r of own) {
          const wide = r[col('relation')].startsWith('region-wide');
          assert.equal(wide, place.regions.includes(r[col('region')]), r.join());
          if (wide) assert.equal(r[col('region_en')], bundledIndex.regions.get(r[col('region')])!.name.en, r.join());
          else assert.deepEqual([r[col('region')], r[col('region_ja')], r[col('region_en')]], ['', '', ''], r.join());
        }
        assert.ok(own.length > 0, `${place.iso3} is on the map for a reason`);
        assert.ok(own.every((r) => r[col('country_en')] === bundledIndex.countries.get(place.iso3)!.name.en));
      }
      for (const r of rows) {
        // A two-area item's cell lists both ("1 2"): one of them is in the filter.
        const areas = r[col('pillar')].split(' ').map(Number) as PillarId[];
        assert.ok(pillars.length === 0 || areas.some((p) => pillars.includes(p)), r.join());
        assert.ok(Number(r[col('source_page')]) >= 1, r.join());
        const [from, to] = r[col('source_lines')].split('-').map(Number);
        assert.ok(from >= 1 && from <= to, r.join());
        assert.ok(r[col('text_ja')] && r[col('text_en')], r.join());
      }
    });
  }
});

describe("the map's CSV for a member the document never names", () => {
  const csv = parseCsv(placesCsv(bundledIndex, mapPlaces(bundledIndex)));
  const [header, ...rows] = csv;
  const col = (name: string) => header.indexOf(name);
  const myanmar = rows.filter((r) => r[col('iso3')] === 'MMR');

  it('gives Myanmar ASEAN’s region-wide rows only, marked so and naming ASEAN in both languages', () => {
    assert.equal(bundledIndex.countries.get('MMR')!.named, false);
    assert.ok(myanmar.length > 0);
    assert.deepEqual([...new Set(myanmar.map((r) => r[col('relation')]))].sort(), [
      'region-wide initiative',
      'region-wide map item',
    ]);
    for (const r of myanmar)
      assert.deepEqual([r[col('region')], r[col('region_ja')], r[col('region_en')]], ['asean', 'ASEAN', 'ASEAN']);
    // Exactly ASEAN's: its initiatives and the items of its region-wide box that illustrate none of them.
    const asean = bundledIndex.data.initiatives.filter((i) => i.regions.includes('asean')).map((i) => i.id);
    assert.deepEqual(
      myanmar.filter((r) => r[col('relation')] === 'region-wide initiative').map((r) => r[col('id')]),
      asean,
    );
    const box = bundledIndex.data.mapEntries.find((e) => e.kind === 'region' && e.regions.includes('asean'))!;
    assert.deepEqual(
      myanmar.filter((r) => r[col('relation')] === 'region-wide map item').map((r) => r[col('text_ja')]),
      box.items.filter((i) => !i.initiative || !asean.includes(i.initiative)).map((i) => i.text.ja),
    );
  });

  it('keeps the Philippines’ own rows its own, and its ASEAN rows apart, with no row twice', () => {
    const philippines = rows.filter((r) => r[col('iso3')] === 'PHL');
    const own = philippines.filter((r) => r[col('relation')] === 'initiative').map((r) => r[col('id')]);
    const wide = philippines.filter((r) => r[col('relation')] === 'region-wide initiative').map((r) => r[col('id')]);
    assert.ok(
      own.includes('asean-critical-minerals-recycling'),
      'an ASEAN initiative that names the Philippines is its own',
    );
    assert.ok(wide.length > 0);
    assert.deepEqual(
      own.filter((id) => wide.includes(id)),
      [],
    );
  });
});
