import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {describe, it} from 'node:test';

import {geoPath} from 'd3-geo';

import {planarMap} from '../../src/geo/generated/map.js';
import {dataset} from '../../src/data/index.js';
import {landIndex, largestRingBounds, rings} from '../../src/geo/land.js';
import {readPlanarMap, readShapeIds, sphereFromQuarter, writeShapeIds} from '../../src/geo/planar.js';
import type {PlanarMapData} from '../../src/geo/planar.js';
import type {PlaneBox} from '../../src/geo/land.js';
import {createProjection} from '../../scripts/geo/projection.js';
import {encodeRings, pathData} from '../../src/geo/path-code.js';

const projection = createProjection('world', planarMap.width, planarMap.width);
const [[, top]] = geoPath(projection).bounds({type: 'Sphere'});
/** A longitude and latitude in the plane, as scripts/build-map.ts projects them. */
const toPlane = (lonLat: [number, number]) => {
  const [x, y] = projection(lonLat)!;
  return [x, y - top] as const;
};
/** A box of `r` plane units each way around a place. */
const around = (lonLat: [number, number], r = 1): PlaneBox => {
  const [x, y] = toPlane(lonLat);
  return [x - r, y - r, x + r, y + r];
};

const under = landIndex(planarMap.shapes);
/** Every shape whose land the box covers, asked one by one. */
const ids = (box: PlaneBox) =>
  planarMap.shapes
    .map((s) => s.id)
    .filter((id) => under(box, (x) => x === id))
    .sort();

describe('rings', () => {
  it('reads path data back into the absolute points it was written from, closed', () => {
    const ring = [
      [10, 20],
      [10.5, 19.5],
      [0.5, 0],
      [-3, 7.5],
    ];
    assert.deepEqual(rings(pathData([ring, [...ring].reverse()])), [
      [...ring, ring[0]].flat(),
      [...[...ring].reverse(), ring.at(-1)!].flat(),
    ]);
  });

  it('reads every outline of the map: as many rings as it has moves, every point in the plane', () => {
    for (const shape of planarMap.shapes) {
      const read = rings(shape.d);
      assert.equal(read.length, shape.d.split('M').length - 1, shape.id);
      for (const p of read) {
        assert.deepEqual(p.slice(-2), p.slice(0, 2), `${shape.id}: closed`);
        for (let i = 0; i < p.length; i += 2) {
          assert.ok(p[i] >= 0 && p[i] <= planarMap.width && p[i + 1] >= 0 && p[i + 1] <= planarMap.height, shape.id);
        }
      }
    }
  });
});

describe('largestRingBounds', () => {
  // A small square, a larger one drawn the other way round (holes and islands alike), then one as large.
  const small = [
    [0, 0],
    [2, 0],
    [2, 2],
    [0, 2],
  ];
  const large = [
    [10, 10],
    [10, 14.5],
    [15, 14.5],
    [15, 10],
  ];
  const same = [
    [30, 30],
    [35, 30],
    [35, 34.5],
    [30, 34.5],
  ];

  it('reads the box of the largest ring off the path data, whichever way it winds', () => {
    assert.deepEqual(largestRingBounds(pathData([small, large])), [10, 10, 15, 14.5]);
    assert.deepEqual(largestRingBounds(pathData([large, small])), [10, 10, 15, 14.5]);
  });

  it('takes the first of rings of equal area, as the map framed them when the bounds were built', () => {
    assert.deepEqual(largestRingBounds(pathData([small, large, same])), [10, 10, 15, 14.5]);
    assert.deepEqual(largestRingBounds(pathData([same, large])), [30, 30, 35, 34.5]);
  });

  it('takes the bounds written for a shape as they are, and reads the others off the path', () => {
    const written = [1, 2, 3, 4] as const;
    const data = {
      ...planarMap,
      sphere: [1000, 0, 2000, 520],
      ids: writeShapeIds(['a', 'b']),
      paths: [encodeRings([small]), encodeRings([large])],
    };
    const map = readPlanarMap({...data, bounds: [written, 0]});
    assert.deepEqual(
      map.shapes.map((s) => s.bounds),
      [written, [10, 10, 15, 14.5]],
    );
  });

  it('has the bounds of every place of the bundled dataset written, so a first draw reads no path', () => {
    const text = readFileSync(new URL('../../src/geo/generated/map.ts', import.meta.url), 'utf8');
    const data = JSON.parse(/JSON\.parse\('(.*)'\)/su.exec(text)![1]) as PlanarMapData;
    for (const {isoNumeric} of dataset.countries) {
      const i = readShapeIds(data.ids).indexOf(isoNumeric);
      assert.ok(i < 0 || data.bounds[i], isoNumeric);
    }
    assert.ok(data.bounds.filter(Boolean).length < data.bounds.length / 2, 'not every shape');
  });

  it('reads the shape ids back as written: codes padded to three digits, slugs whole, in order', () => {
    const ids = ['004', '008', '010', '392', '999', 'kosovo', 'n-cyprus'];
    assert.equal(writeShapeIds(ids), '4,4,2,382,607,-kosovo,-n-cyprus');
    assert.deepEqual(readShapeIds(writeShapeIds(ids)), ids);
    assert.throws(() => writeShapeIds(['010', '008']), /out of order at 008/u);
    assert.equal(new Set(planarMap.shapes.map((s) => s.id)).size, planarMap.shapes.length, 'every id once');
  });

  it('gives every shape of the map its bounds once, the same box on each reading', () => {
    for (const shape of planarMap.shapes) {
      assert.equal(shape.bounds, shape.bounds, shape.id);
      assert.deepEqual(shape.bounds, largestRingBounds(shape.d), shape.id);
    }
  });
});

describe('sphereFromQuarter', () => {
  it('draws the sea as d3 outlines the globe, point for point, from the quarter the bundle holds', () => {
    const world = createProjection('world', planarMap.width, planarMap.width);
    const [tx, ty] = world.translate();
    world.translate([tx, ty - top]);
    const sphere = geoPath(world)({type: 'Sphere'})!.replace(/\d+\.\d+/gu, (n) =>
      String(Math.round(Number(n) * 10) / 10),
    );
    assert.equal(planarMap.sphere, sphere);
    const quarter = [...sphere.matchAll(/[\d.]+,[\d.]+/gu)]
      .map(([p]) => p.split(',').map(Number))
      .filter(([x, y]) => x >= planarMap.width / 2 && y <= planarMap.height / 2);
    assert.equal(quarter.length, 21);
    assert.equal(sphereFromQuarter(quarter.flat(), planarMap.width, planarMap.height), sphere);
  });
});

describe('landIndex on the map’s own outlines', () => {
  it('asks only about the shapes picked: India’s border box is not Bangladesh’s alone', () => {
    const border = around([88.5, 23.5], 4);
    assert.equal(
      under(border, (id) => id === '050'),
      true,
    );
    assert.equal(
      under(border, (id) => id !== '050'),
      true,
      'India too',
    );
    assert.equal(
      under(around([90.4, 23.8]), (id) => id !== '050'),
      false,
      'Dhaka: Bangladesh alone',
    );
  });

  it('tells whose land a box covers: one country, a border, none', () => {
    assert.deepEqual(ids(around([139.7, 35.7])), ['392'], 'Tokyo: Japan');
    assert.deepEqual(ids(around([-160, 10], 5)), [], 'the central Pacific: sea');
    assert.deepEqual(ids(around([88.5, 23.5], 4)), ['050', '356'], 'the border of Bangladesh and India');
    assert.deepEqual(ids(around([101.7, 3.1])), ['458'], 'Kuala Lumpur: Malaysia');
  });

  it('finds a box inside a country that no outline crosses (the middle of Australia)', () => {
    assert.deepEqual(ids(around([134, -25], 3)), ['036']);
  });

  it('fills as the map does, even-odd: Lesotho is not South Africa, though inside its outline', () => {
    assert.deepEqual(ids(around([28.2, -29.5])), ['426']);
    assert.deepEqual(ids(around([25, -30])), ['710']);
  });

  it('counts no land where an islet was quantized to a point, as the map draws none (Christmas Island)', () => {
    const territory = planarMap.shapes.find((s) => s.id === 'indian-ocean-ter')!;
    for (const p of rings(territory.d)) {
      const [xs, ys] = [p.filter((_, i) => i % 2 === 0), p.filter((_, i) => i % 2 === 1)];
      assert.ok(Math.min(...xs) === Math.max(...xs) || Math.min(...ys) === Math.max(...ys), 'a point or a line');
    }
    assert.deepEqual(ids(around([105.6, -10.5], 3)), []);
  });

  it('agrees with a brute-force reading of every outline on random boxes', () => {
    // Rings that fill something: a ring quantized to a line or a point draws nothing.
    const filled = (p: number[]) => {
      const xs = p.filter((_, i) => i % 2 === 0);
      const ys = p.filter((_, i) => i % 2 === 1);
      return Math.max(...xs) > Math.min(...xs) && Math.max(...ys) > Math.min(...ys);
    };
    const all = planarMap.shapes.map((s) => ({id: s.id, rings: rings(s.d).filter(filled)}));
    /** Whether a point is inside a shape, even-odd over all its rings. */
    const inside = (shape: (typeof all)[number], x: number, y: number) => {
      let odd = false;
      for (const p of shape.rings) {
        for (let i = 2; i < p.length; i += 2) {
          const [ax, ay, bx, by] = [p[i - 2], p[i - 1], p[i], p[i + 1]];
          if (ay > y !== by > y && x < ax + ((y - ay) * (bx - ax)) / (by - ay)) odd = !odd;
        }
      }
      return odd;
    };
    /** Whether a segment meets a box: sampled along its length, finely (the reference need not be fast). */
    const meets = (ax: number, ay: number, bx: number, by: number, [x0, y0, x1, y1]: PlaneBox) => {
      const n = Math.ceil(Math.hypot(bx - ax, by - ay) * 20) + 1;
      for (let t = 0; t <= n; t++) {
        const [x, y] = [ax + ((bx - ax) * t) / n, ay + ((by - ay) * t) / n];
        if (x >= x0 && x <= x1 && y >= y0 && y <= y1) return true;
      }
      return false;
    };
    const reference = (box: PlaneBox) =>
      all
        .filter((shape) => {
          if (inside(shape, box[0], box[1])) return true;
          return shape.rings.some((p) => {
            for (let i = 2; i < p.length; i += 2) if (meets(p[i - 2], p[i - 1], p[i], p[i + 1], box)) return true;
            return false;
          });
        })
        .map((s) => s.id)
        .sort();
    // A fixed sequence (no Math.random): the same boxes every run.
    let seed = 15;
    const next = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    for (let n = 0; n < 300; n++) {
      const [x, y] = [300 + next() * 1100, 180 + next() * 680];
      const box: PlaneBox = [x, y, x + 2 + next() * 80, y + 2 + next() * 25];
      assert.deepEqual(ids(box), reference(box), `[${box.map((v) => v.toFixed(1)).join(' ')}]`);
    }
  });
});
