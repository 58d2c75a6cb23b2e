// The shared generator of a partner's records (test/fixtures/partner-dataset.ts): the bench, the
// stories and the browser tests rely on it giving exactly `count` valid records with unique ids.
import assert from 'node:assert/strict';
import {describe, it} from 'node:test';

import {validateDataset} from '../../src/data/validate.js';
import {loadSourceDataset} from '../../scripts/dataset-source.js';
import {partnerDataset} from '../fixtures/partner-dataset.js';

const base = loadSourceDataset();

describe('partnerDataset', () => {
  // From 24 up: fewer would drop initiatives the map's entries name.
  for (const count of [24, 25, 1_000, 10_000]) {
    it(`gives exactly ${count} initiatives with unique ids, and validates`, () => {
      const data = partnerDataset(base, count);
      assert.equal(data.initiatives.length, count);
      assert.equal(new Set(data.initiatives.map((i) => i.id)).size, count);
      assert.deepEqual(validateDataset(data), []);
    });
  }

  it('copies the 24 originals in turn, every field but the id kept', () => {
    assert.equal(base.initiatives.length, 24);
    const data = partnerDataset(base, 1_000);
    data.initiatives.forEach((copy, n) => {
      const {id, ...fields} = base.initiatives[n % 24];
      const {id: copyId, ...copyFields} = copy;
      assert.deepEqual(copyFields, fields, `initiative ${n} (${copyId}) keeps ${id}'s fields`);
      assert.equal(copyId, n < 24 ? id : `${id}-${Math.floor(n / 24) + 1}`);
    });
  });

  it('keeps every other part of the dataset, and leaves the base as it was', () => {
    const before = JSON.stringify(base);
    const data = partnerDataset(base, 10_000);
    for (const key of Object.keys(base) as (keyof typeof base)[]) {
      if (key !== 'initiatives') assert.equal(data[key], base[key], key);
    }
    assert.deepEqual(Object.keys(data).sort(), Object.keys(base).sort());
    assert.equal(JSON.stringify(base), before);
  });

  it('is deterministic', () => {
    assert.deepEqual(partnerDataset(base, 500), partnerDataset(base, 500));
  });
});
