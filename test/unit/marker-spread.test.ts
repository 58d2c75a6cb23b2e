import assert from 'node:assert/strict';
import {describe, it} from 'node:test';

import {spreadMarkers} from '../../src/layout/marker-spread.js';
import type {MarkerSeed, SpreadBounds} from '../../src/layout/marker-spread.js';

const BOUNDS: SpreadBounds = [0, 0, 300, 200];

function assertApart(spots: Map<string, readonly [number, number]>, distance: number): void {
  const all = [...spots];
  for (const [i, [a, [ax, ay]]] of all.entries()) {
    for (const [b, [bx, by]] of all.slice(i + 1)) {
      assert.ok(Math.hypot(ax - bx, ay - by) >= distance - 1e-9, `${a} and ${b} ${Math.hypot(ax - bx, ay - by)} apart`);
    }
  }
}

describe('spreadMarkers', () => {
  it('leaves markers that are already apart where they are', () => {
    const seeds: MarkerSeed[] = [
      {id: 'a', x: 10, y: 10},
      {id: 'b', x: 60, y: 10},
      {id: 'c', x: 10, y: 60},
    ];
    const spots = spreadMarkers(seeds, 25, BOUNDS);
    for (const s of seeds) assert.deepEqual(spots.get(s.id), [s.x, s.y]);
  });

  it('parts a dense cluster (the Pacific at 320 px) until every two are a distance apart, inside the bounds', () => {
    // Twelve markers within a few units of each other, two of them on one point.
    const seeds: MarkerSeed[] = Array.from({length: 12}, (_, i) => ({
      id: `m${i}`,
      x: 150 + (i % 4) * 3,
      y: 100 + Math.floor(i / 4) * 2,
    }));
    seeds.push({id: 'twin', x: seeds[0].x, y: seeds[0].y});
    const spots = spreadMarkers(seeds, 25, BOUNDS);
    assertApart(spots, 25);
    for (const [, [x, y]] of spots) {
      assert.ok(x >= BOUNDS[0] && x <= BOUNDS[2] && y >= BOUNDS[1] && y <= BOUNDS[3]);
    }
    // Moved no further than the cluster needs: all stay near where they were.
    for (const s of seeds) {
      const [x, y] = spots.get(s.id)!;
      assert.ok(Math.hypot(x - s.x, y - s.y) < 60, `${s.id} moved ${Math.hypot(x - s.x, y - s.y)}`);
    }
  });

  it('keeps markers pinned against an edge inside it, and apart', () => {
    const seeds: MarkerSeed[] = [
      {id: 'a', x: 300, y: 100},
      {id: 'b', x: 320, y: 102},
      {id: 'c', x: 310, y: 98},
    ];
    const spots = spreadMarkers(seeds, 25, BOUNDS);
    assertApart(spots, 25);
    for (const [, [x]] of spots) assert.ok(x <= BOUNDS[2]);
  });

  it('is deterministic: the same input gives the same layout', () => {
    const seeds: MarkerSeed[] = Array.from({length: 8}, (_, i) => ({id: `m${i}`, x: 100 + i, y: 100}));
    assert.deepEqual(spreadMarkers(seeds, 25, BOUNDS), spreadMarkers(seeds, 25, BOUNDS));
  });
});
