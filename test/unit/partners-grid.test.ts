// The partner × format matrix as geometry (src/layout/partners-grid.ts): rows, columns, lines and the
// keyboard's moves, on the bundled edition and on small grids made here.
import assert from 'node:assert/strict';
import {describe, it} from 'node:test';

import {coreIndex} from '../../src/data/core-dataset.js';
import {partnerships} from '../../src/data/partnerships.js';
import {KEYS, inGrid, isMember, lineAt, move, partnersGrid, targetId} from '../../src/layout/partners-grid.js';
import type {GridInput, PartnersGrid, Target} from '../../src/layout/partners-grid.js';

function gridOf(index = coreIndex()): PartnersGrid {
  const p = partnerships(index);
  return partnersGrid({
    partners: p.partners,
    formats: p.formats.map((f) => ({id: f.id, partners: f.partners, records: f.initiatives.length + f.items.length})),
  });
}

/** Every target the arrows reach from `start`. */
function reachable(grid: PartnersGrid, start: Target): Map<string, Target> {
  const seen = new Map<string, Target>([[targetId(start), start]]);
  const queue = [start];
  while (queue.length) {
    const at = queue.shift()!;
    for (const key of KEYS) {
      const next = move(grid, at, key);
      if (!seen.has(targetId(next))) {
        seen.set(targetId(next), next);
        queue.push(next);
      }
    }
  }
  return seen;
}

const small: GridInput = {
  partners: [
    {id: 'A', kind: 'country'},
    {id: 'B', kind: 'country'},
    {id: 'C', kind: 'organisation'},
  ],
  formats: [
    {id: 'A', partners: ['A'], records: 1},
    {id: 'A+C', partners: ['C', 'A'], records: 3},
    {id: 'B', partners: ['B'], records: 2},
  ],
};

describe('partners grid', () => {
  it('has a row per partner and a column per format, each format’s partners as its dots', () => {
    const grid = partnersGrid(small);
    assert.deepEqual(grid.rows, ['A', 'B', 'C']);
    assert.deepEqual(grid.columns, ['A', 'A+C', 'B']);
    assert.deepEqual(grid.members, [[0], [0, 2], [1]]);
    assert.equal(grid.organisationsFrom, 2);
    assert.deepEqual(grid.bars, [1 / 3, 1, 2 / 3]);
  });

  it('draws a format’s line from Japan down to its last partner, through the rows between', () => {
    const grid = partnersGrid(small);
    assert.deepEqual(
      [0, 1, 2].map((r) => lineAt(grid, r, 1)),
      ['through', 'through', 'end'],
    );
    assert.deepEqual(
      [0, 1, 2].map((r) => lineAt(grid, r, 0)),
      ['end', null, null],
    );
  });

  it('moves along rows from dot to dot, to the name left of the first, and along lines to the head above the top', () => {
    const grid = partnersGrid(small);
    assert.deepEqual(move(grid, {row: 0, column: -1}, 'ArrowRight'), {row: 0, column: 0});
    assert.deepEqual(move(grid, {row: 0, column: 0}, 'ArrowRight'), {row: 0, column: 1});
    assert.deepEqual(move(grid, {row: 0, column: 1}, 'ArrowRight'), {row: 0, column: 1}, 'no dot further right');
    assert.deepEqual(move(grid, {row: 0, column: 0}, 'ArrowLeft'), {row: 0, column: -1});
    assert.deepEqual(move(grid, {row: 0, column: 1}, 'ArrowDown'), {row: 2, column: 1}, 'skips B, not in A+C');
    assert.deepEqual(move(grid, {row: 2, column: 1}, 'ArrowUp'), {row: 0, column: 1});
    assert.deepEqual(move(grid, {row: 0, column: 1}, 'ArrowUp'), {row: -1, column: 1});
    assert.deepEqual(move(grid, {row: -1, column: 1}, 'ArrowDown'), {row: 0, column: 1});
    assert.deepEqual(move(grid, {row: -1, column: 1}, 'ArrowRight'), {row: -1, column: 2});
    assert.deepEqual(move(grid, {row: -1, column: 2}, 'Home'), {row: -1, column: 0});
    assert.deepEqual(move(grid, {row: 1, column: -1}, 'End'), {row: 1, column: 2});
    assert.deepEqual(move(grid, {row: 2, column: -1}, 'ArrowDown'), {row: 2, column: -1}, 'the last name stays');
  });

  it('reaches every partner, format and dot of the bundled edition from the first name, and lands only on them', () => {
    const grid = gridOf();
    const targets = [...reachable(grid, {row: 0, column: -1}).values()];
    const dots = grid.members.reduce((n, m) => n + m.length, 0);
    assert.equal(targets.length, grid.rows.length + grid.columns.length + dots);
    for (const {row, column} of targets) {
      if (row >= 0 && column >= 0) assert.ok(isMember(grid, row, column), `${row},${column} is a dot`);
      assert.ok(row < grid.rows.length && column < grid.columns.length);
    }
  });

  it('knows its places: names, heads and dots, nothing else', () => {
    const grid = partnersGrid(small);
    assert.ok(inGrid(grid, {row: 2, column: -1}));
    assert.ok(inGrid(grid, {row: -1, column: 2}));
    assert.ok(inGrid(grid, {row: 2, column: 1}));
    assert.ok(!inGrid(grid, {row: 1, column: 1}), 'B is not in A+C');
    assert.ok(!inGrid(grid, {row: 3, column: -1}));
    assert.ok(!inGrid(grid, {row: -1, column: -1}));
  });

  it('is the same for the same data', () => {
    assert.deepEqual(gridOf(), gridOf());
  });
});
