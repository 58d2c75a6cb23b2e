import assert from 'node:assert/strict';
import {describe, it} from 'node:test';

import {dataset} from '../../src/data/index.js';
import {keptCells, MAX_ROW_UNITS, MIN_TARGET, rowHeight} from '../../src/layout/pillars-merge.js';
import {pillarStructure} from '../../src/layout/pillars-structure.js';
import {partnerDataset} from '../fixtures/partner-dataset.js';

/** The cells' widths when the first `k` keep theirs and the rest merge into one (k = n: no merge). */
function widths(weights: readonly number[], width: number, gap: number, k: number): number[] {
  const total = weights.reduce((a, b) => a + b, 0);
  const parts =
    k === weights.length
      ? [...weights]
      : [...weights.slice(0, k), total - weights.slice(0, k).reduce((a, b) => a + b, 0)];
  const free = width - gap * (parts.length - 1);
  return parts.map((w) => (free * w) / total);
}

const categories = (data: typeof dataset) =>
  pillarStructure(data).nodes.filter((n) => n.kind === 'category' && n.children.length > 0);
const weightsOf = (data: typeof dataset, category: {children: readonly string[]}) => {
  const byKey = pillarStructure(data).byKey;
  return category.children.map((k) => byKey.get(k)!.weight);
};

describe('pillars: merging cells too small to be a target', () => {
  it('keeps every cell that is wide enough, as they are', () => {
    assert.equal(keptCells([1, 1, 1], 300, 3), 3);
    assert.equal(keptCells([2, 1], 100, 3), 2, '64 and 32 px');
    assert.equal(keptCells([], 300, 3), 0);
  });

  it('merges the rest into one cell once a cell would be narrower than 24 px', () => {
    // Ten cells of weight 1 in 200 px: ~17 px each. Keeping 4: 4 of ~19 px fail; keeping 3 of ~19.4 fail too…
    const weights = Array.from({length: 10}, () => 1);
    const k = keptCells(weights, 200, 3);
    assert.ok(k < weights.length);
    for (const w of widths(weights, 200, 3, k)) assert.ok(w >= MIN_TARGET, `${w} px`);
    // One more kept cell would make some cell too small.
    assert.ok(widths(weights, 200, 3, k + 1).some((w) => w < MIN_TARGET));
  });

  it('keeps the heavy cells first in document order, and can merge them all', () => {
    assert.equal(
      keptCells([20, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1], 100, 3),
      1,
      'the heavy first one keeps its cell',
    );
    assert.equal(
      keptCells(
        Array.from({length: 400}, () => 1),
        300,
        3,
      ),
      0,
      'four hundred slivers: one cell',
    );
  });

  it('leaves a row narrower than a target alone', () => {
    assert.equal(keptCells([1, 1, 1], 20, 3), 3);
  });

  it('merges nothing of the bundled data at any plot width from 200 px, and its rows keep their heights', () => {
    for (const category of categories(dataset)) {
      const weights = weightsOf(dataset, category);
      for (const width of [200, 280, 360, 1000]) {
        // The columns layout's inner width: the plot less 5 px padding on each side.
        assert.equal(keptCells(weights, width - 10, 3), weights.length, `${category.id} at ${width} px`);
      }
      assert.ok(category.weight <= MAX_ROW_UNITS, `${category.id} weighs ${category.weight}`);
      assert.equal(rowHeight(category.weight, 8, 24), Math.max(24, 8 * category.weight));
    }
  });

  it('with a partner’s 10,000 records: every cell drawn is a target, and the merged ones are counted once', () => {
    const data = partnerDataset(dataset, 10_000);
    let merged = 0;
    for (const category of categories(data)) {
      const weights = weightsOf(data, category);
      const k = keptCells(weights, 350, 3);
      assert.ok(k < weights.length, `${category.id} merges`);
      for (const w of widths(weights, 350, 3, k)) assert.ok(w >= MIN_TARGET, `${category.id}: ${w} px`);
      merged += weights.length - k;
      assert.equal(rowHeight(category.weight, 8, 24), 8 * MAX_ROW_UNITS, 'the row stops growing');
    }
    assert.ok(merged > 9_000, `${merged} merged`);
  });
});
