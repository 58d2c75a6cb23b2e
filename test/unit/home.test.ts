import assert from 'node:assert/strict';
import {describe, it} from 'node:test';

import {geoPath} from 'd3-geo';

import {bundledIndex, dataset} from '../../src/data/index.js';
import {DatasetIndex} from '../../src/data/queries.js';
import type {Dataset} from '../../src/data/types.js';
import {planarMap} from '../../src/geo/generated/map.js';
import {HOME, UNDRAWN_ISLANDS} from '../../src/geo/home.js';
import {landIndex, rings} from '../../src/geo/land.js';
import {nearestTo} from '../../src/geo/neighbours.js';
import {createProjection} from '../../scripts/geo/projection.js';
import {mapPlaces} from '../../src/layout/map-places.js';
import {clearOf, spreadMarkers} from '../../src/layout/marker-spread.js';
import type {KeepOut, SpreadBounds} from '../../src/layout/marker-spread.js';

type Point = readonly [number, number];

const projection = createProjection('world', planarMap.width, planarMap.width);
const [[, top]] = geoPath(projection).bounds({type: 'Sphere'});
const project = (lonLat: Point): Point => {
  const [x, y] = projection([lonLat[0], lonLat[1]])!;
  return [x, y - top];
};
const japan = planarMap.shapes.find((s) => s.id === bundledIndex.countries.get(HOME)!.isoNumeric)!;

/** How far `[x, y]` lies from a point or ring of `keepOut`, 0 on its land (even-odd). */
function distanceTo([x, y]: Point, {points, rings: outlines}: KeepOut): number {
  let d = Math.min(...points.map(([px, py]) => Math.hypot(x - px, y - py)));
  let inside = false;
  for (const p of outlines) {
    for (let k = 2; k < p.length; k += 2) {
      const [ax, ay, bx, by] = [p[k - 2], p[k - 1], p[k], p[k + 1]];
      if (ay > y !== by > y && x < ax + ((y - ay) / (by - ay)) * (bx - ax)) inside = !inside;
      // Sampled along the edge: a check written apart from the code it checks.
      for (let t = 0; t <= 1; t += 1 / 32)
        d = Math.min(d, Math.hypot(x - (ax + t * (bx - ax)), y - (ay + t * (by - ay))));
    }
  }
  return inside ? 0 : d;
}

describe('Japan, the home country', () => {
  it('is no place of the map, even in a dataset that lists it among an initiative’s countries', () => {
    assert.ok(!mapPlaces(bundledIndex).some((p) => p.iso3 === HOME));
    const edited = structuredClone(dataset) as Dataset & {initiatives: {countries: string[]}[]};
    edited.initiatives[0].countries = [...edited.initiatives[0].countries, HOME];
    const places = mapPlaces(new DatasetIndex(edited));
    assert.ok(!places.some((p) => p.iso3 === HOME));
    // The rest of that initiative's countries are still its places.
    for (const iso3 of edited.initiatives[0].countries.filter((c) => c !== HOME))
      assert.ok(places.find((p) => p.iso3 === iso3)?.initiatives.includes(edited.initiatives[0].id), iso3);
  });

  it('in the data, no initiative or map entry lists Japan as a place it reaches', () => {
    for (const i of dataset.initiatives) assert.ok(!i.countries.includes(HOME), i.id);
    for (const e of dataset.mapEntries) assert.ok(!e.countries.includes(HOME), e.id);
  });

  it('the keyboard starts at the place nearest Japan: the Republic of Korea, else the nearest shown', () => {
    const [jx, jy] = planarMap.points[HOME];
    const distance = (iso3: string) => Math.hypot(planarMap.points[iso3][0] - jx, planarMap.points[iso3][1] - jy);
    for (const pillars of [[], [1], [2], [3]] as (1 | 2 | 3)[][]) {
      const shown = mapPlaces(bundledIndex, pillars).map((p) => ({iso3: p.iso3, point: planarMap.points[p.iso3]}));
      const start = nearestTo(shown, [jx, jy])!.iso3;
      for (const {iso3} of shown) assert.ok(distance(start) <= distance(iso3), `${pillars}: ${start} before ${iso3}`);
      if (!pillars.length) assert.equal(start, 'KOR');
    }
    // Under ② Korea (a partner in ③ only) is not shown: the start is another place.
    assert.ok(!mapPlaces(bundledIndex, [2]).some((p) => p.iso3 === 'KOR'));
  });
});

describe('nearestTo', () => {
  it('picks the nearest item, the first of equals, none of none', () => {
    const items = [
      {id: 'a', point: [10, 0] as const},
      {id: 'b', point: [0, 5] as const},
      {id: 'c', point: [-5, 0] as const},
    ];
    assert.equal(nearestTo(items, [0, 0])?.id, 'b');
    assert.equal(nearestTo(items, [9, 0])?.id, 'a');
    assert.equal(nearestTo(items.slice(1), [0, 0])?.id, 'b', 'b and c are as near: the first');
    assert.equal(nearestTo([], [0, 0]), undefined);
  });
});

describe('Japan’s islands too small to draw', () => {
  it('are projected at build time where the projection puts them, and lie on no country’s land', () => {
    const land = landIndex(planarMap.shapes);
    assert.equal(planarMap.islands.length, UNDRAWN_ISLANDS.length);
    UNDRAWN_ISLANDS.forEach(({name, at}, i) => {
      const [x, y] = project(at);
      assert.ok(Math.hypot(planarMap.islands[i][0] - x, planarMap.islands[i][1] - y) < 0.1, name);
      assert.equal(
        land([x - 0.01, y - 0.01, x + 0.01, y + 0.01], () => true),
        false,
        `${name} is drawn by no one`,
      );
    });
    // The Senkaku Islands and Takeshima, as the issue gives them.
    const near = (lonLat: Point) =>
      Math.min(...planarMap.islands.map(([x, y]) => Math.hypot(x - project(lonLat)[0], y - project(lonLat)[1])));
    assert.ok(near([123.5, 25.75]) < 1);
    assert.ok(near([131.87, 37.24]) < 1);
  });
});

describe('clearOf: a marker’s target off land it must not cover', () => {
  const square = [0, 0, 10, 0, 10, 10, 0, 10, 0, 0];
  const keepOut: KeepOut = {points: [[50, 50]], rings: [square], clearance: 4};

  it('leaves a marker that covers nothing where it is', () => {
    assert.equal(clearOf(20, 5, keepOut), undefined);
    assert.equal(clearOf(50, 56, keepOut), undefined);
    assert.equal(clearOf(14, 5, keepOut), undefined, 'exactly the clearance away');
  });

  it('moves a marker off a point it covers, straight away from it, to the clearance', () => {
    const [x, y] = clearOf(50, 52, keepOut)!;
    assert.ok(Math.abs(x - 50) < 1e-9);
    assert.ok(y > 54 && y < 54.01);
  });

  it('moves a marker off a coast it covers, and out of the land it stands on, across the nearer coast', () => {
    const [x, y] = clearOf(12, 5, keepOut)!;
    assert.ok(x > 14 && x < 14.01 && Math.abs(y - 5) < 1e-9, `${x}, ${y}`);
    const [ix, iy] = clearOf(8, 5, keepOut)!;
    assert.ok(ix > 14 && ix < 14.01 && Math.abs(iy - 5) < 1e-9, `from inside: ${ix}, ${iy}`);
    const [cx, cy] = clearOf(5, 1, keepOut)!;
    assert.ok(Math.abs(cx - 5) < 1e-9 && cy < -4 && cy > -4.01, `from inside, nearer the bottom: ${cx}, ${cy}`);
  });

  it('fills even-odd, as the map does: a lake is no land, but its shore is', () => {
    const lake = [3, 3, 7, 3, 7, 7, 3, 7, 3, 3];
    const withLake: KeepOut = {points: [], rings: [square, lake], clearance: 1};
    assert.equal(clearOf(5, 5, withLake), undefined, 'in the middle of the lake');
    assert.ok(clearOf(5, 3.5, withLake), 'on the lake’s shore');
  });
});

describe('spreadMarkers with land to keep off', () => {
  const BOUNDS: SpreadBounds = [0, 0, 300, 200];

  it('moves only the markers that cover it, and keeps the others apart', () => {
    const keepOut: KeepOut = {points: [[100, 100]], rings: [], clearance: 15};
    const spots = spreadMarkers(
      [
        {id: 'near', x: 105, y: 100},
        {id: 'far', x: 20, y: 20},
      ],
      25,
      BOUNDS,
      keepOut,
    );
    assert.deepEqual(spots.get('far'), [20, 20]);
    const [x, y] = spots.get('near')!;
    assert.ok(Math.hypot(x - 100, y - 100) >= 15, `${x}, ${y}`);
    assert.ok(y === 100 && x > 100, 'straight away from the island');
  });

  it('lets the land win where a crowd cannot also keep apart', () => {
    // Five markers on an island in a box too small for them all: they leave the island, if not each other.
    const keepOut: KeepOut = {points: [[20, 20]], rings: [], clearance: 15};
    const seeds = Array.from({length: 5}, (_, i) => ({id: `m${i}`, x: 20 + i, y: 20}));
    const spots = spreadMarkers(seeds, 25, [0, 0, 40, 40], keepOut);
    for (const [id, [x, y]] of spots) assert.ok(Math.hypot(x - 20, y - 20) >= 15 - 1e-9, `${id} at ${x}, ${y}`);
  });

  it('is deterministic', () => {
    const keepOut: KeepOut = {points: [[100, 100]], rings: [[90, 80, 120, 80, 120, 90, 90, 80]], clearance: 12};
    const seeds = Array.from({length: 8}, (_, i) => ({id: `m${i}`, x: 95 + i * 2, y: 95}));
    assert.deepEqual(spreadMarkers(seeds, 25, BOUNDS, keepOut), spreadMarkers(seeds, 25, BOUNDS, keepOut));
  });

  // The map's own case: every place a marker (more than the map ever draws), in both views at the
  // common widths, as the element spreads them (24 px targets, 12.5 px radius, 2 px margin).
  const keepOutAt = (scale: number): KeepOut => ({
    points: planarMap.islands,
    rings: rings(japan.d),
    clearance: 14.5 / scale,
  });
  for (const view of ['world', 'indo-pacific'] as const) {
    for (const width of [320, 360, 768, 1024, 1400, 1920]) {
      it(`${view} view at ${width} px: no marker covers Japan's land or its islands, and none covers another`, () => {
        const box = view === 'world' ? planarMap.views.world : width < 600 ? planarMap.narrow : planarMap.views[view];
        const scale = width / box[2];
        const inset = 16 / scale;
        const bounds: SpreadBounds = [box[0] + inset, box[1] + inset, box[0] + box[2] - inset, box[1] + box[3] - inset];
        const seeds = mapPlaces(bundledIndex).map((p) => {
          const [x, y] = planarMap.points[p.iso3];
          return {
            id: p.iso3,
            x: Math.min(bounds[2], Math.max(bounds[0], x)),
            y: Math.min(bounds[3], Math.max(bounds[1], y)),
          };
        });
        const keepOut = keepOutAt(scale);
        const spots = spreadMarkers(seeds, 25 / scale, bounds, keepOut);
        for (const [id, spot] of spots) {
          assert.ok(distanceTo(spot, keepOut) * scale >= 14.5 - 0.01, `${id}: ${distanceTo(spot, keepOut) * scale} px`);
        }
        const all = [...spots];
        for (const [i, [a, [ax, ay]]] of all.entries()) {
          for (const [b, [bx, by]] of all.slice(i + 1)) {
            assert.ok(Math.hypot(ax - bx, ay - by) * scale >= 25 - 0.01, `${a} and ${b}`);
          }
        }
        // Taiwan's marker stays by Taiwan: moved at most a few targets' widths.
        const [tx, ty] = spots.get('TWN')!;
        const [px, py] = planarMap.points.TWN;
        assert.ok(Math.hypot(tx - px, ty - py) * scale < 48, `Taiwan moved ${Math.hypot(tx - px, ty - py) * scale} px`);
      });
    }
  }

  it('without the rule, Taiwan’s target covers the Senkaku Islands at 1,400 px (world view)', () => {
    const scale = 1400 / planarMap.views.world[2];
    const [x, y] = planarMap.points.TWN;
    const senkaku = project([123.5, 25.75]);
    assert.ok(Math.hypot(senkaku[0] - x, senkaku[1] - y) * scale < 12.5);
    const keepOut = keepOutAt(scale);
    const [mx, my] = spreadMarkers([{id: 'TWN', x, y}], 25 / scale, [0, 0, 2000, 1040], keepOut).get('TWN')!;
    assert.ok(Math.hypot(senkaku[0] - mx, senkaku[1] - my) * scale >= 14.5);
  });
});
