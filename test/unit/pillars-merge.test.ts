import assert from 'node:assert/strict';
import {describe, it} from 'node:test';

import {dataset} from '../../src/data/index.js';
import type {Dataset} from '../../src/data/types.js';
import {openKeys} from '../../src/layout/pillar-tree.js';
import {
  FIRST_WIDTH,
  keptCells,
  MAX_ROW_UNITS,
  mergeCells,
  MIN_TARGET,
  rowHeight,
} from '../../src/layout/pillars-merge.js';
import {layoutPillars} from '../../src/layout/pillars.js';
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

const categories = (data: Dataset) =>
  pillarStructure(data).nodes.filter((n) => n.kind === 'category' && n.children.length > 0);
const weightsOf = (data: Dataset, category: {children: readonly string[]}) => {
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

  describe('mergeCells: the tree as drawn', () => {
    const none = new Set<string>();

    it('is the dataset’s own tree for the bundled data, at every width and before the first measurement', () => {
      const structure = pillarStructure(dataset);
      for (const width of [0, 200, 360, 1000]) assert.equal(mergeCells(structure, width, none), structure);
    });

    it('with 10,000 records: one "more" node per closed category, standing for the rest in document order', () => {
      const structure = pillarStructure(partnerDataset(dataset, 10_000));
      const drawn = mergeCells(structure, 360, none);
      const more = drawn.nodes.filter((n) => n.kind === 'more');
      assert.equal(more.length, structure.nodes.filter((n) => n.kind === 'category' && n.children.length > 1).length);
      for (const node of more) {
        const category = structure.byKey.get(node.parent!)!;
        const kept = drawn.byKey.get(category.key)!.children.slice(0, -1);
        assert.deepEqual([...kept, ...node.merged!], category.children, category.id);
        assert.equal(node.initiatives, node.merged!.length);
        assert.equal(drawn.byKey.get(category.key)!.weight, category.weight, 'sizes above it stay');
      }
      assert.ok(drawn.nodes.length < 200, `${drawn.nodes.length} nodes drawn`);
      // Depth first: every node after its parent, a category's children in its order.
      const at = new Map(drawn.nodes.map((n, i) => [n.key, i]));
      for (const node of drawn.nodes) {
        if (node.parent) assert.ok(at.get(node.parent)! < at.get(node.key)!, node.key);
        const kids = node.children.map((k) => at.get(k)!);
        assert.deepEqual(
          kids,
          [...kids].sort((a, b) => a - b),
          node.key,
        );
      }
      // The columns layout of the drawn tree: every cell at least a target wide.
      const layout = layoutPillars(drawn, {layout: 'columns', width: 360});
      drawn.nodes.forEach((n, i) => {
        if (n.depth === 3) assert.ok(layout.nodes[i].box.w >= MIN_TARGET, `${n.key}: ${layout.nodes[i].box.w} px`);
      });
      assert.ok(layout.height < 2_000, `plots ${layout.height} px tall`);
      // Unmeasured, it merges as a phone's column would.
      assert.deepEqual(mergeCells(structure, 0, none).nodes, mergeCells(structure, FIRST_WIDTH, none).nodes);
    });

    it('leaves an open category whole: its initiatives are full-width rows', () => {
      const structure = pillarStructure(partnerDataset(dataset, 10_000));
      const category = structure.nodes.find((n) => n.kind === 'category' && n.children.length > 1)!;
      const drawn = mergeCells(structure, 360, openKeys(structure, {pillar: category.pillar, category: category.id}));
      assert.deepEqual(drawn.byKey.get(category.key)!.children, category.children);
      assert.ok(
        drawn.nodes.some((n) => n.kind === 'more'),
        'the closed ones still merge',
      );
    });

    it('a priority area opened: its categories show their kept rows and one "more" row, none taller than 12 units', () => {
      const structure = pillarStructure(partnerDataset(dataset, 10_000));
      const drawn = mergeCells(structure, 360, none);
      const layout = layoutPillars(drawn, {layout: 'columns', width: 360, selection: {pillar: 1}});
      drawn.nodes.forEach((n, i) => {
        const g = layout.nodes[i];
        if (n.pillar === 1 && n.depth === 3) {
          assert.ok(g.open, n.key);
          assert.ok(g.box.h <= 10 * MAX_ROW_UNITS, `${n.key}: ${g.box.h} px`);
        }
      });
    });
  });
});
