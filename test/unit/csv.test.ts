import assert from 'node:assert/strict';
import {describe, it} from 'node:test';

import {toCsv} from '../../src/data/csv.js';
import {dataset, initiativesCsv, mapItemsCsv} from '../../src/data/index.js';

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
