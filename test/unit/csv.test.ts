import assert from 'node:assert/strict';
import {describe, it} from 'node:test';

import {toCsv} from '../../src/data/csv.js';
import {bundledIndex, dataset, initiativesCsv, itemPillars, mapItemsCsv} from '../../src/data/index.js';
import type {PillarId} from '../../src/data/index.js';
import {mapPlaces, placesCsv} from '../../src/layout/map-places.js';

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

/** RFC 4180 rows (the fields of each line), enough to read back what toCsv writes. */
function parseCsv(csv: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const text = csv.replace(/^\uFEFF/u, '');
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') [field, i] = [field + '"', i + 1];
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') [row, field] = [[...row, field], ''];
    else if (c === '\r' && text[i + 1] === '\n') {
      rows.push([...row, field]);
      [row, field, i] = [[], '', i + 1];
    } else field += c;
  }
  return rows;
}

describe("the map's CSV", () => {
  for (const pillars of [[], [2], [1, 3]] as PillarId[][]) {
    it(`has a row for everything the map says of each place, each with its source (pillar="${pillars.join(' ')}")`, () => {
      const places = mapPlaces(bundledIndex, pillars);
      const [header, ...rows] = parseCsv(placesCsv(bundledIndex, places, pillars));
      const col = (name: string) => header.indexOf(name);
      assert.deepEqual(header.slice(0, 4), ['iso3', 'country_ja', 'country_en', 'relation']);
      for (const place of places) {
        const own = rows.filter((r) => r[col('iso3')] === place.iso3);
        const regionWide = bundledIndex.data.mapEntries
          .filter((e) => e.regions.some((r) => place.regions.includes(r)))
          .flatMap((e) =>
            e.items.filter((i) => pillars.length === 0 || itemPillars(i).some((p) => pillars.includes(p))),
          );
        assert.equal(
          own.length,
          place.initiatives.length +
            place.items.length +
            regionWide.length +
            place.partnerships.length +
            place.partnerItems.length,
          place.iso3,
        );
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
