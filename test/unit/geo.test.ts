import assert from 'node:assert/strict';
import {describe, it} from 'node:test';

import {geoContains, geoPath} from 'd3-geo';

import {countries, dataset} from '../../src/data/index.js';
import {countryFeatures} from '../../scripts/geo/features.js';
import {planarMap} from '../../src/geo/generated/map.js';
import {worldTopology} from '../../scripts/geo/generated/world.js';
import {
  DIRECTIONS,
  navigationTarget,
  nearestInDirection,
  westToEast,
  type Direction,
  type Positioned,
} from '../../src/geo/neighbours.js';
import {MAP_VIEWS, UNDETERMINED} from '../../src/geo/planar.js';
import {createProjection} from '../../scripts/geo/projection.js';
import {clampBox, NARROW_MAP, rebase, zoomOf} from '../../src/geo/view.js';
import {decodePath, encodeRings, pathData, PATH_STEP} from '../../src/geo/path-code.js';

const JAPAN = '392';
const RUSSIA = '643';
const features = countryFeatures(worldTopology);
const containing = (point: [number, number]) => features.filter((f) => geoContains(f, point)).map((f) => f.id);

describe('world topology', () => {
  it('has every Natural Earth unit once, ids ISO numeric or a slug', () => {
    assert.ok(features.length >= 240, `${features.length} features`);
    const ids = features.map((f) => f.id);
    assert.equal(new Set(ids).size, ids.length, 'unique ids');
    for (const id of ids) assert.match(id, /^(\d{3}|[a-z][a-z0-9-]*)$/u);
    // Land without an ISO code is kept too.
    assert.ok(ids.includes('kosovo') && ids.includes('somaliland'));
  });

  it('has a feature for every dataset country by its ISO numeric id, but Tuvalu (no polygon at 1:50m)', () => {
    const ids = new Set(features.map((f) => f.id));
    assert.deepEqual(
      countries.filter((c) => !ids.has(c.isoNumeric)).map((c) => c.iso3),
      ['TUV'],
    );
  });
});

// The Northern Territories are Japan's; the Kurils north of Etorofu and southern Sakhalin, renounced
// in 1951 by a treaty the Soviet Union did not sign, are of undetermined status: no country's; the
// rest of Sakhalin and Kamchatka are Russia's.
const owners: [string, [number, number], string][] = [
  ['Etorofu', [147.9, 45.05], JAPAN],
  ['Kunashiri', [146.0, 44.2], JAPAN],
  ['Shikotan', [146.75, 43.8], JAPAN],
  ['Habomai islands (Suisho)', [145.91, 43.44], JAPAN],
  ['Habomai islands (Shibotsu)', [146.3, 43.63], JAPAN],
  ['Urup', [150.0, 45.9], UNDETERMINED],
  ['Paramushir', [155.7, 50.4], UNDETERMINED],
  ['Shumshu', [156.35, 50.75], UNDETERMINED],
  ['Sakhalin south of 50°N', [142.8, 47.0], UNDETERMINED],
  ['Sakhalin just south of 50°N', [143.0, 49.9], UNDETERMINED],
  ['Sakhalin north of 50°N', [142.9, 50.1], RUSSIA],
  ['northern Sakhalin', [142.8, 52.5], RUSSIA],
  ['Kamchatka', [158.0, 53.0], RUSSIA],
];

describe('territory follows the position of the Government of Japan', () => {
  for (const [name, point, owner] of owners) {
    it(`${name} is ${owner === UNDETERMINED ? 'of undetermined status' : `${owner}'s`} and no one else's`, () => {
      assert.deepEqual(containing(point), [owner]);
    });
  }

  it('no other country has a vertex anywhere in the Northern Territories', () => {
    for (const f of features) {
      if (f.id === JAPAN) continue;
      const polygons = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
      const inside = polygons.flat(2).filter(([x, y]) => x >= 145.3 && x <= 149.25 && y >= 43.2 && y <= 45.75);
      assert.deepEqual(inside, [], `feature ${f.id}`);
    }
  });

  const others: [string, [number, number]][] = [
    ['Takeshima', [131.87, 37.24]],
    ['Senkaku Islands (Uotsuri-jima)', [123.47, 25.74]],
    ['Senkaku Islands', [123.5, 25.75]],
  ];
  for (const [name, point] of others) {
    it(`${name} is drawn as no other country's`, () => {
      assert.deepEqual(
        containing(point).filter((id) => id !== JAPAN),
        [],
      );
    });
  }
});

describe('projection', () => {
  const sizes: [number, number][] = [
    [1200, 700],
    [1600, 900],
    [600, 600],
  ];
  for (const view of MAP_VIEWS) {
    for (const [width, height] of sizes) {
      it(`${view} ${width}×${height}: Africa left of Japan, Japan in the centre, the US right of Japan`, () => {
        const p = createProjection(view, width, height);
        const [jx, jy] = p([139.69, 35.69])!;
        const [ax] = p([37.9, 0.0])!; // Kenya
        const [ux] = p([-98, 39])!;
        assert.ok(ax < jx && jx < ux, `${ax} < ${jx} < ${ux}`);
        assert.ok(jx > 0.45 * width && jx < 0.75 * width, `Japan at x ${jx} of ${width}`);
        assert.ok(jy > 0 && jy < height / 2, `Japan at y ${jy} of ${height}`);
        if (view === 'indo-pacific') assert.ok(jx > width / 2, 'right of centre');
      });
    }
  }

  it('indo-pacific fits East Africa to the central Pacific into the frame', () => {
    const p = createProjection('indo-pacific', 1200, 700);
    for (const point of [
      [43.15, 11.59], // Djibouti
      [32.57, -25.97], // Maputo
      [-159.78, -21.21], // Cook Islands
      [-157.86, 21.31], // Honolulu
      [141.35, 43.06], // Sapporo
      [168.7, -46.4], // southern New Zealand
    ] as [number, number][]) {
      const [x, y] = p(point)!;
      assert.ok(x >= 0 && x <= 1200 && y >= 0 && y <= 700, `${point} → ${x},${y}`);
    }
  });

  it('rejects an empty size', () => {
    assert.throws(() => createProjection('world', 0, 100), RangeError);
  });
});

describe('keyboard neighbours', () => {
  // Positions as the map uses them: dataset points projected into the plane, inside the Indo-Pacific view.
  const [vx, vy, vw, vh] = planarMap.views['indo-pacific'];
  const places = countries
    .map((c) => ({iso3: c.iso3, point: planarMap.points[c.iso3]}))
    .filter(({point: [x, y]}) => x >= vx && x <= vx + vw && y >= vy && y <= vy + vh);
  const at = (iso3: string) => places.find((p) => p.iso3 === iso3)!;

  const table: [from: string, direction: Direction, to: string | undefined][] = [
    ['PHL', 'right', 'PLW'],
    ['PHL', 'up', 'TWN'],
    ['TWN', 'down', 'PHL'],
    ['JPN', 'left', 'KOR'],
    ['KOR', 'right', 'JPN'],
    ['AUS', 'right', 'NZL'],
    ['NZL', 'left', 'AUS'],
    ['AUS', 'up', 'PNG'],
    ['PNG', 'down', 'AUS'],
    ['IND', 'down', 'LKA'],
    ['IND', 'right', 'BTN'],
    ['SGP', 'up', 'MYS'],
    ['DJI', 'left', undefined],
    ['JPN', 'up', undefined],
  ];
  for (const [from, direction, to] of table) {
    it(`${from} ${direction} → ${to ?? 'stays'}`, () => {
      assert.equal(nearestInDirection(places, at(from), direction)?.iso3, to);
    });
  }

  it('always moves the way of the key', () => {
    for (const from of places) {
      for (const direction of DIRECTIONS) {
        const to = nearestInDirection(places, from, direction);
        if (!to) continue;
        const [dx, dy] = [to.point[0] - from.point[0], to.point[1] - from.point[1]];
        const along = {up: -dy, down: dy, left: -dx, right: dx}[direction];
        const across = direction === 'up' || direction === 'down' ? Math.abs(dx) : Math.abs(dy);
        assert.ok(along > 0, `${from.iso3} ${direction} → ${to.iso3}`);
        assert.ok(across <= along * Math.tan(Math.PI / 3) + 1e-9, `${from.iso3} ${direction} → ${to.iso3} in the cone`);
      }
    }
  });

  const item = (name: string, x: number, y: number) => ({name, point: [x, y] as const});
  const origin = item('origin', 0, 0);

  it('searches a cone of ±60° by default', () => {
    const r = 10;
    const inside = item('inside', r * Math.cos((59 * Math.PI) / 180), -r * Math.sin((59 * Math.PI) / 180));
    const outside = item('outside', r * Math.cos((61 * Math.PI) / 180), -r * Math.sin((61 * Math.PI) / 180));
    assert.equal(nearestInDirection([origin, outside], origin, 'right'), undefined);
    assert.equal(nearestInDirection([origin, outside, inside], origin, 'right')?.name, 'inside');
    assert.equal(nearestInDirection([origin, outside], origin, 'right', {cone: 65})?.name, 'outside');
  });

  it('prefers an item on the axis to a slightly nearer one off it', () => {
    const onAxis = item('on axis', 12, 0);
    const offAxis = item('off axis', 10 * Math.cos(Math.PI / 4), 10 * Math.sin(Math.PI / 4));
    assert.equal(nearestInDirection([offAxis, onAxis], origin, 'right')?.name, 'on axis');
    assert.equal(nearestInDirection([offAxis, onAxis], origin, 'right', {anglePenalty: 0})?.name, 'off axis');
  });

  it('is deterministic: ties go to the first item, the same point is never a target', () => {
    const a = item('a', 5, 3);
    const b = item('b', 5, -3);
    const twin = item('twin', 0, 0);
    assert.equal(nearestInDirection([origin, twin, a, b], origin, 'right')?.name, 'a');
    assert.equal(nearestInDirection([origin, twin, b, a], origin, 'right')?.name, 'b');
  });

  it('orders west to east for Home and End', () => {
    const ordered = westToEast(places).map((p) => p.iso3);
    assert.equal(ordered.length, places.length);
    assert.ok(ordered.indexOf('ZMB') < ordered.indexOf('IND'));
    assert.ok(ordered.indexOf('IND') < ordered.indexOf('JPN'));
    assert.ok(ordered.indexOf('JPN') < ordered.indexOf('COK'));
    const xs = westToEast(places).map((p) => p.point[0]);
    assert.deepEqual(
      xs,
      [...xs].sort((p, q) => p - q),
    );
    const west = westToEast(places)[0];
    const east = westToEast(places).at(-1);
    assert.equal(navigationTarget(places, at('JPN'), 'Home'), west);
    assert.equal(navigationTarget(places, at('JPN'), 'End'), east);
    assert.equal(east?.iso3, 'COK');
  });

  it('maps keys to moves', () => {
    const cases: [string, string | undefined][] = [
      ['ArrowRight', 'PLW'],
      ['ArrowUp', 'TWN'],
      ['Enter', undefined],
      ['toString', undefined],
    ];
    for (const [key, to] of cases) {
      assert.equal(navigationTarget(places, at('PHL'), key)?.iso3, to, key);
    }
    assert.equal(navigationTarget<Positioned>([], origin, 'Home'), undefined);
    assert.equal(navigationTarget(places, undefined, 'ArrowLeft'), undefined);
  });
});

/** SVG path data as pathData() writes it (M x y, relative l, z) back into absolute rings. */
function ringsOf(d: string): number[][][] {
  return [...d.matchAll(/M([^l]+)l([^z]*)z/gu)].map(([, move, lines]) => {
    const [x0, y0] = move.trim().split(' ').map(Number);
    const deltas = (lines.match(/-?(?:\d+\.?\d*|\.\d+)/gu) ?? []).map(Number);
    const ring = [[x0, y0]];
    for (let i = 0; i < deltas.length; i += 2) {
      const [x, y] = ring.at(-1)!;
      ring.push([x + deltas[i], y + deltas[i + 1]]);
    }
    return ring;
  });
}

describe('path data', () => {
  it('round-trips rings through relative path data, halves and signs included', () => {
    const rings = [
      [
        [10, 20],
        [10.5, 19.5],
        [0.5, 0],
        [-3, 7.5],
        [10, 20],
      ],
      [
        [1000, 1000.5],
        [999.5, 1000],
        [1000, 999.5],
      ],
    ];
    const d = pathData(rings);
    assert.match(d, /^M10 20l\.5-\.5-10-19\.5-3\.5 7\.5zM1000 1000\.5l-\.5-\.5 \.5-\.5z$/u);
    assert.deepEqual(ringsOf(d), [rings[0].slice(0, -1), rings[1]]);
  });

  it('codes far moves and long lines in several digits, each ring from the start of the one before', () => {
    const far = [
      [
        [2000, 1040],
        [0, 0],
        [1999.5, 0.5],
      ],
      [
        [0.5, 1039.5],
        [-700, 3],
        [0, 0],
      ],
      [
        [0.5, 1039.5],
        [1, 1039],
      ],
    ];
    const code = encodeRings(far);
    assert.equal(code.split('.').length - 1, far.length, 'one `.` a ring');
    assert.deepEqual(ringsOf(decodePath(code)), far);
  });

  it('refuses a point off the grid and reads only what it wrote', () => {
    assert.throws(() => encodeRings([[[0, PATH_STEP / 2]]]), /not on the map's grid/u);
    assert.throws(() => decodePath('AB"'), /not an outline's code at 2/u);
  });
});

describe('the planar map the browser draws', () => {
  const shapes = planarMap.shapes;
  const ringsById = new Map(shapes.map((s) => [s.id, ringsOf(s.d)]));

  /** Even-odd point in polygon over every ring of a shape, as the SVG fill rule draws it. */
  function covers(id: string, [x, y]: readonly [number, number]): boolean {
    let inside = false;
    for (const ring of ringsById.get(id) ?? []) {
      for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
        const [xi, yi] = ring[i];
        const [xj, yj] = ring[j];
        if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
      }
    }
    return inside;
  }
  const projection = createProjection('world', planarMap.width, planarMap.width);
  const [[, top]] = geoPath(projection).bounds({type: 'Sphere'});
  const toPlane = (p: [number, number]) => {
    const [x, y] = projection(p)!;
    return [x, y - top] as const;
  };

  it('has no two outlines overlapping, so the land can be one even-odd path', () => {
    const boxes = shapes.map((shape) => {
      const points = ringsById.get(shape.id)!.flat();
      const xs = points.map((p) => p[0]);
      const ys = points.map((p) => p[1]);
      return {id: shape.id, x0: Math.min(...xs), y0: Math.min(...ys), x1: Math.max(...xs), y1: Math.max(...ys)};
    });
    const overlaps = new Set<string>();
    let land = 0;
    // A quarter-unit off the half-unit grid of the vertices: no sample sits on a shared border.
    for (let x = 0.25; x < planarMap.width; x += 4) {
      for (let y = 0.25; y < planarMap.height; y += 4) {
        const under = boxes
          .filter((b) => x >= b.x0 && x <= b.x1 && y >= b.y0 && y <= b.y1 && covers(b.id, [x, y]))
          .map((b) => b.id);
        if (under.length > 0) land++;
        if (under.length > 1) overlaps.add(under.sort().join('+'));
      }
    }
    assert.ok(land > 10_000, `${land} samples on land`);
    assert.deepEqual([...overlaps], []);
  });

  // The Habomai islets, a kilometre or two across, are drawn, but a point on them lies within a
  // quantization step of their coast: the spherical tests above hold them.
  for (const [name, lonLat, owner] of owners.filter(([name]) => !name.startsWith('Habomai'))) {
    it(`draws ${name} as ${owner === UNDETERMINED ? 'of undetermined status' : `${owner}'s`} and no one else's`, () => {
      const p = toPlane(lonLat);
      assert.deepEqual(
        shapes.filter((s) => covers(s.id, p)).map((s) => s.id),
        [owner],
      );
    });
  }

  it('loses no island of Japan or of the undetermined land to simplification (no ring folded to a point)', () => {
    for (const id of [JAPAN, UNDETERMINED]) {
      const rings = ringsById.get(id)!;
      assert.ok(rings.length > 5, `${id}: ${rings.length} rings`);
      for (const ring of rings) {
        assert.ok(new Set(ring.map((p) => p.join())).size >= 2, `${id}: the ring at ${ring[0]} is a point`);
      }
    }
  });

  it('draws Takeshima and the Senkaku Islands as nobody else’s', () => {
    for (const lonLat of [
      [131.87, 37.24],
      [123.48, 25.75],
    ] as [number, number][]) {
      const p = toPlane(lonLat);
      assert.deepEqual(
        shapes.filter((s) => s.id !== '392' && covers(s.id, p)).map((s) => s.id),
        [],
      );
    }
  });

  it('places every dataset country, and the Indo-Pacific view frames Japan, ASEAN and the Pacific', () => {
    const [x, y, w, h] = planarMap.views['indo-pacific'];
    const inView = (iso3: string) => {
      const [px, py] = planarMap.points[iso3];
      return px >= x && px <= x + w && py >= y && py <= y + h;
    };
    for (const c of dataset.countries) assert.ok(planarMap.points[c.iso3], c.iso3);
    for (const iso3 of ['JPN', 'PHL', 'TUV', 'DJI', 'MOZ', 'NZL', 'IND', 'FSM']) assert.ok(inView(iso3), iso3);
    assert.ok(!inView('USA') && !inView('CHL'), 'the Americas are outside the Indo-Pacific view');
  });

  it('holds every country of the world with its outline and the bounds of its largest ring', () => {
    assert.ok(shapes.length >= 240, `${shapes.length} shapes`);
    assert.equal(new Set(shapes.map((s) => s.id)).size, shapes.length, 'one shape per country');
    for (const shape of shapes) {
      const rings = ringsById.get(shape.id)!;
      assert.ok(rings.length > 0 && rings.every((r) => r.length >= 2), `${shape.id} has rings`);
      const areas = rings.map(
        (ring) =>
          Math.abs(
            ring.reduce((sum, [x, y], i) => {
              const [nx, ny] = ring[(i + 1) % ring.length];
              return sum + x * ny - nx * y;
            }, 0),
          ) / 2,
      );
      const largest = rings[areas.indexOf(Math.max(...areas))];
      const xs = largest.map((p) => p[0]);
      const ys = largest.map((p) => p[1]);
      assert.deepEqual(shape.bounds, [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)], shape.id);
      for (const [x, y] of rings.flat()) {
        assert.ok(x >= 0 && x <= planarMap.width && y >= 0 && y <= planarMap.height, `${shape.id} in the plane`);
      }
    }
  });
});

describe('a narrow map’s view', () => {
  const whole = planarMap.views['indo-pacific'];
  const narrow = planarMap.narrow;
  const inView = ([x, y, w, h]: readonly number[], iso3: string) => {
    const [px, py] = planarMap.points[iso3];
    return px >= x && px <= x + w && py >= y && py <= y + h;
  };

  it('is a taller crop of the Indo-Pacific: as tall, 1.4 times narrower, from the Arabian Sea to Niue', () => {
    assert.equal(narrow[1], whole[1]);
    assert.equal(narrow[3], whole[3]);
    assert.ok(narrow[0] > whole[0] && narrow[0] + narrow[2] < whole[0] + whole[2], 'inside the whole view');
    assert.ok(whole[2] / narrow[2] > 1.4 && narrow[2] / narrow[3] < 1.15, `${narrow.join(' ')}`);
    for (const iso3 of ['IND', 'LKA', 'JPN', 'PHL', 'IDN', 'AUS', 'NZL', 'FJI', 'TUV', 'FSM', 'NIU', 'TON']) {
      assert.ok(inView(narrow, iso3), iso3);
    }
    // East Africa and the eastern Pacific are markers at its edge, pointing the way.
    for (const iso3 of ['DJI', 'MOZ', 'COK']) assert.ok(!inView(narrow, iso3) && inView(whole, iso3), iso3);
  });

  it('is chosen under NARROW_MAP px; a box moves to it keeping its centre and zoom', () => {
    assert.equal(NARROW_MAP, 600);
    const plane = [planarMap.width, planarMap.height] as const;
    assert.equal(rebase(whole, whole, narrow, plane), narrow, 'the whole view becomes the whole narrow view');
    const framed = clampBox([900, 400, whole[2] / 3, whole[3] / 3], whole, plane);
    const moved = rebase(framed, whole, narrow, plane);
    assert.ok(Math.abs(zoomOf(narrow, moved) - zoomOf(whole, framed)) < 1e-9, 'the same zoom');
    assert.ok(Math.abs(moved[0] + moved[2] / 2 - (framed[0] + framed[2] / 2)) < 1e-9, 'the same centre');
    assert.ok(Math.abs(moved[1] + moved[3] / 2 - (framed[1] + framed[3] / 2)) < 1e-9, 'the same centre');
    assert.ok(Math.abs(moved[2] / moved[3] - narrow[2] / narrow[3]) < 1e-9, 'the narrow view’s shape');
  });
});
