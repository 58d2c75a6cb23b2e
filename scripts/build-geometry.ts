/**
 * Builds the map's own world topology from Natural Earth (world-atlas) and writes
 *   scripts/geo/generated/world.ts   `worldTopology`: one GeometryCollection `countries` (not committed)
 *
 * TERRITORY POLICY. The map follows the position of the Government of Japan, not Natural Earth's
 * de facto lines.
 *  - The Northern Territories (Etorofu, Kunashiri, Shikotan and the Habomai islands) are Japan's.
 *    Natural Earth puts them in Russia's MultiPolygon (643). The build moves every polygon of another
 *    country lying inside the Northern Territories window (east of Hokkaido, west of the strait
 *    between Etorofu and Urup) into Japan's geometry (392). Each of the four must be found, each
 *    polygon is assigned to the nearest of them, and the build fails if one is missing: a new source
 *    or resolution that loses or moves them cannot pass silently.
 *  - Takeshima and the Senkaku Islands are Japan's. Natural Earth 1:50m has no polygon for either,
 *    which is acceptable: coastlines are not invented. What must never happen is another country
 *    drawing them: a polygon of another country inside their window is moved to Japan, and one that
 *    reaches into the window without lying inside it (a larger shape covering them) fails the build.
 *  - The output is checked again after simplification and quantization: no polygon of another
 *    country may have a vertex in, or cover the centre of, any of these windows, and Japan must have
 *    a polygon with an area on each of the four Northern Territories islands.
 *  - The Kuril Islands north of Etorofu (Urup to Shumshu) and Sakhalin south of 50°N are of
 *    undetermined status: Japan renounced them in the 1951 Treaty of Peace, which the Soviet Union
 *    did not sign, and Japanese government maps leave them uncoloured. Natural Earth draws them as
 *    Russia's; the build moves them into a feature of their own, `undetermined` (UNDETERMINED in
 *    src/geo/planar.ts): every Russian polygon inside the Kurils window, and the part of Sakhalin's
 *    polygon south of 50°N, cut where its coast crosses the parallel (the build fails unless it
 *    crosses exactly twice, or if Urup, Paramushir or Sakhalin is missing).
 *  Natural Earth's other lines are kept as they are.
 *
 * SIZE. Natural Earth 1:50m (world-atlas countries-50m.json). 1:110m has none of the Northern
 * Territories (neither Japan's nor Russia's), nor Okinawa, nor most Pacific island states. 50m is
 * 229 KB gzip as shipped, so it is cut to what a map 1000-1600 px wide needs (about 5-8 px a degree
 * in the Indo-Pacific view, half that in the world view):
 *  - detached islets under DROP_AREA are dropped, except Japan's, a country's largest polygon, one
 *    touching another country (that would leave a hole), and those of small island states of the
 *    Indo-Pacific, whose islands are the country;
 *  - Visvalingam simplification, finer for Japan, coarser outside the Indo-Pacific view (which only
 *    the world view shows);
 *  - every kept ring keeps MIN_RING_POINTS points; a ring that simplification or quantization
 *    flattens or turns inside out gets its points back;
 *  - coordinates quantized to 1/32 degree: finer than a pixel, and coarse steps flatten the Habomai
 *    islets (1/16 degree did).
 * Small states still get markers at the dataset's `point`, projected by scripts/build-map.ts.
 *
 * Deterministic: the same world-atlas file always gives the same bytes.
 */
import {mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import {join} from 'node:path';
import {gzipSync} from 'node:zlib';

import {geoArea, geoCentroid, geoContains} from 'd3-geo';
import type {Feature, FeatureCollection, MultiPolygon, Polygon, Position} from 'geojson';
import {feature, quantize} from 'topojson-client';
import {topology} from 'topojson-server';
import {planarTriangleArea, presimplify, simplify} from 'topojson-simplify';
import type {GeometryCollection, GeometryObject, Topology} from 'topojson-specification';

import {JAPAN, UNDETERMINED} from '../src/geo/planar.js';
import {root} from './dataset-source.js';

const require = createRequire(import.meta.url);
const SOURCE_PACKAGE = 'world-atlas';
const SOURCE_FILE = 'countries-50m.json';

/**
 * Visvalingam: points whose effective triangle is smaller than this many square degrees (planar
 * lon/lat) go. In the Indo-Pacific view at 1200-1600 px (6-8 px a degree) that is 2-3 px².
 */
const SIMPLIFY_AREA = 0.05;
/**
 * Outside the Indo-Pacific view, shown only by the world view at half the linear scale (a quarter of
 * the area), simplification is this many times coarser: a quarter for the scale, thrice for context.
 */
const OUTSIDE_SIMPLIFY = 12;
/** Detached polygons under this many square degrees (about 1,200 km²; Jeju keeps) are dropped. */
const DROP_AREA = 0.1;
/** Outside the Indo-Pacific view the drop threshold is this many times larger: the same size on screen. */
const OUTSIDE_DROP = 4;
/** Countries of the Indo-Pacific view with less land than this (square degrees) keep every island. */
const SMALL_STATE_AREA = 2;
/**
 * Japan, the subject of every view, is simplified this many times more finely: at the common
 * threshold thin islands such as Etorofu lose half their area.
 */
const JAPAN_DETAIL = 8;
/** Quantization step in degrees, both axes. */
const STEP = 1 / 32;
/** Every kept ring keeps at least this many distinct points, so small islands stay islands. */
const MIN_RING_POINTS = 4;

type LonLat = readonly [number, number];
/** [[west, south], [east, north]] in degrees. */
type Window = readonly [LonLat, LonLat];

/** The Indo-Pacific view of scripts/geo/projection.ts, with a margin; east as 210 (150°W). */
const FOCUS: Window = [
  [25, -50],
  [210, 56],
];

interface Claim {
  readonly name: string;
  readonly window: Window;
  /** Islands that must be there, each named with a point near its middle. */
  readonly islands: readonly {readonly name: string; readonly near: LonLat}[];
}

const CLAIMS: readonly Claim[] = [
  {
    name: 'Northern Territories',
    // West: between Shiretoko's tip and Kunashiri (Hokkaido reaching in is Japan's anyway); east: short of Urup (149.45°E).
    window: [
      [145.3, 43.2],
      [149.25, 45.75],
    ],
    islands: [
      {name: 'Etorofu', near: [147.8, 45.0]},
      {name: 'Kunashiri', near: [145.95, 44.15]},
      {name: 'Shikotan', near: [146.75, 43.8]},
      {name: 'Habomai islands', near: [146.1, 43.5]},
    ],
  },
  {
    name: 'Takeshima',
    window: [
      [131.8, 37.2],
      [131.95, 37.3],
    ],
    islands: [],
  },
  {
    name: 'Senkaku Islands',
    // Uotsuri-jima (123.47°E) to Taisho-jima (124.56°E).
    window: [
      [123.3, 25.6],
      [124.7, 26.05],
    ],
    islands: [],
  },
];

const RUSSIA = '643';
/** Urup (149.45°E) to Shumshu and Atlasov (156.5°E, 50.9°N); Kamchatka's mainland does not lie inside. */
const KURILS: Claim = {
  name: 'Kuril Islands north of Etorofu',
  window: [
    [149.3, 45.5],
    [156.6, 51.0],
  ],
  islands: [
    {name: 'Urup', near: [150.0, 45.9]},
    {name: 'Paramushir', near: [155.7, 50.4]},
  ],
};
/** Sakhalin's polygon lies inside this window; the parallel splits it. */
const SAKHALIN: Window = [
  [141.0, 45.5],
  [145.5, 54.6],
];
const SAKHALIN_SPLIT = 50;

class GeometryBuildError extends Error {}
const fail = (message: string): never => {
  throw new GeometryBuildError(message);
};

type Rings = Position[][];
interface Country {
  readonly id: string;
  readonly polygons: Rings[];
}
type WorldTopology = Topology<{countries: GeometryCollection}>;

// ---------------------------------------------------------------------------------------------
// Helpers on lon/lat. Boxes unwrap longitudes along the ring so the antimeridian is no edge.

function ringBox(ring: readonly Position[]): Window {
  let [west, south, east, north] = [Infinity, Infinity, -Infinity, -Infinity];
  let previous: number | undefined;
  for (const [x0, y] of ring) {
    let x = x0;
    while (previous !== undefined && x - previous > 180) x -= 360;
    while (previous !== undefined && previous - x > 180) x += 360;
    [west, east, south, north] = [Math.min(west, x), Math.max(east, x), Math.min(south, y), Math.max(north, y)];
    previous = x;
  }
  return [
    [west, south],
    [east, north],
  ];
}

const boxInside = (box: Window, w: Window) =>
  box[0][0] >= w[0][0] && box[1][0] <= w[1][0] && box[0][1] >= w[0][1] && box[1][1] <= w[1][1];
const pointInside = ([x, y]: Position, w: Window) => x >= w[0][0] && x <= w[1][0] && y >= w[0][1] && y <= w[1][1];
const windowPoints = (w: Window): LonLat[] => [
  w[0],
  w[1],
  [w[0][0], w[1][1]],
  [w[1][0], w[0][1]],
  [(w[0][0] + w[1][0]) / 2, (w[0][1] + w[1][1]) / 2],
];

/** True when the polygon has a vertex in the window or covers a corner or the centre of it. */
const reachesInto = (polygon: Rings, w: Window) =>
  polygon.some((ring) => ring.some((p) => pointInside(p, w))) ||
  windowPoints(w).some((p) => geoContains({type: 'Polygon', coordinates: polygon}, [p[0], p[1]]));

const inFocus = ([x0, y]: Position) => pointInside([x0 < 0 ? x0 + 360 : x0, y], FOCUS);

/** Spherical area in square degrees as measured at the equator (one is about 12,400 km²). */
const squareDegrees = (polygon: Rings) => geoArea({type: 'Polygon', coordinates: polygon}) * (180 / Math.PI) ** 2;

/** Distance in degrees, longitude scaled to the latitude: enough to tell neighbouring islands apart. */
const islandDistance = (a: LonLat, b: LonLat) =>
  Math.hypot((a[0] - b[0]) * Math.cos((((a[1] + b[1]) / 2) * Math.PI) / 180), a[1] - b[1]);

const nearestIsland = (claim: Claim, c: LonLat) =>
  claim.islands.reduce((best, i) => (islandDistance(c, i.near) < islandDistance(c, best.near) ? i : best));

const centroidOf = (polygon: Rings): LonLat => geoCentroid({type: 'Polygon', coordinates: polygon}) as [number, number];
const fmt = (p: LonLat) => `${p[0].toFixed(2)}°E ${p[1].toFixed(2)}°N`;
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

// ---------------------------------------------------------------------------------------------
// 1. Source features → countries with stable ids.

function readSource(): Country[] {
  const file = require.resolve(`${SOURCE_PACKAGE}/${SOURCE_FILE}`);
  const source = JSON.parse(readFileSync(file, 'utf8')) as WorldTopology;
  const collection = feature(source, source.objects.countries) as FeatureCollection<
    Polygon | MultiPolygon | null,
    {name?: string} | null
  >;
  const byId = new Map<string, Rings[]>();
  for (const f of collection.features) {
    // Natural Earth units without an ISO code (Kosovo, Somaliland, N. Cyprus, …) are land too: an id
    // from their Natural Earth name, never three digits, so it cannot collide with an ISO code.
    const id =
      f.id !== undefined
        ? String(f.id)
        : (f.properties?.name ?? fail('a feature with neither id nor name'))
            .toLowerCase()
            .replace(/[^a-z0-9]+/gu, '-')
            .replace(/^-|-$/gu, '');
    if (!f.geometry) continue;
    const polygons = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
    // Two units share a code (036: Australia, and Ashmore and Cartier Is.): one feature per code.
    byId.set(id, [...(byId.get(id) ?? []), ...polygons]);
  }
  const rank = (id: string) => (/^\d{3}$/u.test(id) ? 0 : 1);
  return [...byId]
    .map(([id, polygons]) => ({id, polygons}))
    .sort((a, b) => rank(a.id) - rank(b.id) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

// ---------------------------------------------------------------------------------------------
// 2. Territory, as the policy above says.

function applyClaims(countries: Country[]): string[] {
  const japan = countries.find((c) => c.id === JAPAN) ?? fail(`no feature ${JAPAN} (Japan) in the source`);
  const report: string[] = [];
  for (const claim of CLAIMS) {
    const moved: {from: string; polygon: Rings}[] = [];
    for (const country of countries) {
      if (country === japan) continue;
      const keep: Rings[] = [];
      for (const polygon of country.polygons) {
        if (boxInside(ringBox(polygon[0]), claim.window)) moved.push({from: country.id, polygon});
        else if (reachesInto(polygon, claim.window)) {
          const [sw, ne] = ringBox(polygon[0]);
          fail(
            `${claim.name}: a polygon of ${country.id} (${fmt(sw)} – ${fmt(ne)}) reaches into the window ` +
              `without lying inside it; decide by hand how to split it.`,
          );
        } else keep.push(polygon);
      }
      country.polygons.splice(0, country.polygons.length, ...keep);
    }
    japan.polygons.push(...moved.map((m) => m.polygon));

    const japanese = japan.polygons.filter((p) => boxInside(ringBox(p[0]), claim.window)).map(centroidOf);
    const from = [...new Set(moved.map((m) => m.from))].join(', ');
    report.push(
      `  ${claim.name}: ` +
        (moved.length
          ? `moved ${plural(moved.length, 'polygon')} from ${from} to ${JAPAN}`
          : `no polygon of another country in the source; ${plural(japanese.length, 'polygon')} of Japan's`),
    );
    for (const island of claim.islands) {
      const found = japanese.filter((c) => nearestIsland(claim, c) === island);
      if (!found.length) fail(`${claim.name}: no polygon found for ${island.name} near ${fmt(island.near)}`);
      report.push(`    ${island.name}: ${plural(found.length, 'polygon')} at ${found.map(fmt).join(', ')}`);
    }
  }
  return report;
}

/**
 * Cuts a ring (lon/lat) at a parallel into the part south of it and the part north, both closed,
 * sharing the two points where the ring crosses it. Edges are short enough here to cut as straight
 * lines in lon/lat.
 */
function splitAtParallel(ring: readonly Position[], lat: number, name: string): [Position[], Position[]] {
  const south: Position[] = [];
  const north: Position[] = [];
  let crossings = 0;
  for (let i = 0; i < ring.length - 1; i++) {
    const [a, b] = [ring[i], ring[i + 1]];
    (a[1] < lat ? south : north).push(a);
    if (a[1] < lat !== b[1] < lat) {
      const t = (lat - a[1]) / (b[1] - a[1]);
      const cut = [a[0] + t * (b[0] - a[0]), lat];
      south.push(cut);
      north.push(cut);
      crossings++;
    }
  }
  if (crossings !== 2) fail(`${name}: its coast crosses ${lat}°N ${crossings} times, not twice; decide by hand`);
  return [
    [...south, south[0]],
    [...north, north[0]],
  ];
}

function applyUndetermined(countries: Country[]): string[] {
  const russia = countries.find((c) => c.id === RUSSIA) ?? fail(`no feature ${RUSSIA} (Russia) in the source`);
  const undetermined: Country = {id: UNDETERMINED, polygons: []};
  const keep: Rings[] = [];
  let kurils = 0;
  let sakhalin = 0;
  for (const polygon of russia.polygons) {
    const box = ringBox(polygon[0]);
    if (boxInside(box, KURILS.window)) {
      undetermined.polygons.push(polygon);
      kurils++;
    } else if (boxInside(box, SAKHALIN) && box[0][1] < SAKHALIN_SPLIT && box[1][1] > SAKHALIN_SPLIT) {
      if (polygon.length > 1) fail('Sakhalin: a polygon with holes; decide by hand');
      const [south, north] = splitAtParallel(polygon[0], SAKHALIN_SPLIT, 'Sakhalin');
      undetermined.polygons.push([south]);
      keep.push([north]);
      sakhalin++;
    } else keep.push(polygon);
  }
  if (sakhalin !== 1) fail(`Sakhalin: ${sakhalin} polygons of ${RUSSIA} cross ${SAKHALIN_SPLIT}°N in its window`);
  const centroids = undetermined.polygons.filter((p) => boxInside(ringBox(p[0]), KURILS.window)).map(centroidOf);
  for (const island of KURILS.islands) {
    if (!centroids.some((c) => nearestIsland(KURILS, c) === island))
      fail(`${KURILS.name}: no polygon for ${island.name}`);
  }
  russia.polygons.splice(0, russia.polygons.length, ...keep);
  countries.push(undetermined);
  return [
    `  ${KURILS.name}: moved ${plural(kurils, 'polygon')} from ${RUSSIA} to ${UNDETERMINED}`,
    `  Sakhalin south of ${SAKHALIN_SPLIT}°N: cut from ${RUSSIA}'s polygon into ${UNDETERMINED}`,
  ];
}

// ---------------------------------------------------------------------------------------------
// 3. Drop tiny detached islets.

function dropIslets(countries: Country[]): number {
  // A polygon sharing a vertex with another country is part of a land border: dropping it leaves a hole.
  const owners = new Map<string, Set<string>>();
  for (const country of countries) {
    for (const [x, y] of country.polygons.flat(2)) {
      const key = `${x},${y}`;
      owners.set(key, (owners.get(key) ?? new Set<string>()).add(country.id));
    }
  }
  const attached = (polygon: Rings) => polygon.some((ring) => ring.some(([x, y]) => owners.get(`${x},${y}`)!.size > 1));

  let dropped = 0;
  for (const country of countries) {
    // Japan's islands and the undetermined Kurils are what the territory policy is about: all kept.
    if (country.id === JAPAN || country.id === UNDETERMINED || country.polygons.length < 2) continue;
    const areas = country.polygons.map(squareDegrees);
    const largest = areas.indexOf(Math.max(...areas));
    const total = areas.reduce((a, b) => a + b, 0);
    if (total < SMALL_STATE_AREA && inFocus(country.polygons[largest][0][0])) continue;
    const keep = country.polygons.filter(
      (polygon, i) =>
        i === largest || areas[i] >= DROP_AREA * (inFocus(polygon[0][0]) ? 1 : OUTSIDE_DROP) || attached(polygon),
    );
    dropped += country.polygons.length - keep.length;
    country.polygons.splice(0, country.polygons.length, ...keep);
  }
  return dropped;
}

// ---------------------------------------------------------------------------------------------
// 4. Topology, simplification that keeps every ring a ring, quantization.

/** Presimplified arcs: [x, y, weight] per point. */
type Weighted = number[][];

interface Ring {
  /** The feature's id. */
  readonly id: string;
  readonly arcs: number[];
  /** Whether the ring encloses more than half the sphere in the source (a hole; Antarctica's outer ring). */
  readonly large: boolean;
}

/** Spherical area (steradians) on the ring's inner side as d3-geo reads its winding. */
const ringArea = (topo: WorldTopology, arcs: number[]) =>
  geoArea(feature(topo, {type: 'Polygon', arcs: [arcs]}).geometry as Polygon);

function ringsOf(topo: WorldTopology): Ring[] {
  return (topo.objects.countries.geometries as GeometryObject[]).flatMap((geometry) => {
    const polygons =
      geometry.type === 'Polygon' ? [geometry.arcs] : geometry.type === 'MultiPolygon' ? geometry.arcs : [];
    return polygons.flat().map((arcs) => ({id: String(geometry.id), arcs, large: ringArea(topo, arcs) > 2 * Math.PI}));
  });
}

/** 'flat': no area either way round (collapsed to a line or a point); 'inverted': the other side. */
function ringState(topo: WorldTopology, ring: Ring): 'ok' | 'flat' | 'inverted' {
  const area = ringArea(topo, ring.arcs);
  if (Math.min(area, 4 * Math.PI - area) < 1e-15) return 'flat';
  return area > 2 * Math.PI === ring.large ? 'ok' : 'inverted';
}

const arcOf = (index: number) => (index < 0 ? ~index : index);

function distinctKept(ring: Ring, arcs: Weighted[]): number {
  let n = 0;
  for (const index of ring.arcs) n += arcs[arcOf(index)].filter((p) => p[2] >= SIMPLIFY_AREA).length - 1;
  return n;
}

/**
 * Keeps more of the ring's points that simplification would drop, heaviest first (ties in arc
 * order): `count` of them, or that fraction of them (at least one) when `count` is below 1.
 */
function keepMore(ring: Ring, arcs: Weighted[], count: number): number {
  const candidates: {point: number[]; arc: number; at: number}[] = [];
  for (const index of ring.arcs) {
    arcs[arcOf(index)].forEach((point, at) => {
      if (point[2] < SIMPLIFY_AREA) candidates.push({point, arc: arcOf(index), at});
    });
  }
  candidates.sort((a, b) => b.point[2] - a.point[2] || a.arc - b.arc || a.at - b.at);
  const chosen = candidates.slice(0, count < 1 ? Math.max(1, Math.ceil(candidates.length * count)) : count);
  for (const c of chosen) c.point[2] = Infinity;
  return chosen.length;
}

/** Triangle areas, scaled down outside the Indo-Pacific view so that more of its detail goes. */
const regionalTriangleArea = (triangle: Parameters<typeof planarTriangleArea>[0]) =>
  planarTriangleArea(triangle) / (inFocus(triangle[1]) ? 1 : OUTSIDE_SIMPLIFY);

function quantized(simplified: WorldTopology): WorldTopology {
  const q = quantize(simplified, {scale: [STEP, STEP], translate: [-180, -90]}) as WorldTopology;
  // The bbox is optional and nothing here needs it.
  return {type: 'Topology', transform: q.transform, objects: q.objects, arcs: q.arcs};
}

function buildTopology(countries: Country[]): WorldTopology {
  const collection: FeatureCollection<MultiPolygon> = {
    type: 'FeatureCollection',
    features: countries
      .filter((c) => c.polygons.length)
      .map((c): Feature<MultiPolygon> => ({
        type: 'Feature',
        id: c.id,
        properties: null,
        geometry: {type: 'MultiPolygon', coordinates: c.polygons},
      })),
  };
  // Not pre-quantized: the source's coordinates already coincide exactly along shared borders.
  const raw = topology({countries: collection}) as WorldTopology;
  const weighted = presimplify(raw, regionalTriangleArea);
  const arcs = weighted.arcs as Weighted[];
  const rings = ringsOf(raw);
  // Scaling an arc's weights keeps their order, so this is simplification with a finer threshold.
  for (const arc of new Set(rings.filter((r) => r.id === JAPAN).flatMap((r) => r.arcs.map(arcOf)))) {
    for (const point of arcs[arc]) point[2] *= JAPAN_DETAIL;
  }
  for (const ring of rings) {
    const missing = MIN_RING_POINTS - distinctKept(ring, arcs);
    if (missing > 0) keepMore(ring, arcs, missing);
  }

  // A ring that came out flat or inside out (it would fill the rest of the sphere) gets points back:
  // a flat one all of them (it is tiny), an inverted one a quarter at a time. One that quantization
  // still turns inside out with every point kept is smaller than a step, where its direction is noise:
  // it is walked the other way. One still flat with every point is below a step: nothing draws it.
  for (let attempt = 0; ; attempt++) {
    const result = quantized(simplify(weighted, SIMPLIFY_AREA) as WorldTopology);
    let changed = 0;
    for (const ring of rings) {
      const state = ringState(result, ring);
      if (state === 'ok') continue;
      if (keepMore(ring, arcs, state === 'flat' ? Infinity : 0.25)) changed++;
      else if (state === 'inverted') {
        ring.arcs.splice(0, ring.arcs.length, ...ring.arcs.map((a) => ~a).reverse());
        changed++;
      }
    }
    if (!changed) return result;
    if (attempt > 100) fail('simplification does not settle: rings stay inverted');
  }
}

// ---------------------------------------------------------------------------------------------
// 5. Check the output against the policy, independently of how it was made.

/** A point on Sakhalin south of the cut: undetermined, never Russia's. */
const SOUTH_SAKHALIN: LonLat = [142.8, 47.0];

function checkOutput(topo: WorldTopology): void {
  const collection = feature(topo, topo.objects.countries) as FeatureCollection<MultiPolygon | Polygon>;
  const byId = new Map(collection.features.map((f) => [String(f.id), f]));
  const undetermined = byId.get(UNDETERMINED) ?? fail(`output: no feature ${UNDETERMINED}`);
  const russia = byId.get(RUSSIA) ?? fail(`output: no feature ${RUSSIA}`);
  if (!geoContains(undetermined, [...SOUTH_SAKHALIN]) || geoContains(russia, [...SOUTH_SAKHALIN])) {
    fail(`output: southern Sakhalin (${fmt(SOUTH_SAKHALIN)}) is not of undetermined status alone`);
  }
  for (const island of KURILS.islands) {
    if (!geoContains(undetermined, [...island.near]) || geoContains(russia, [...island.near])) {
      fail(`output: ${island.name} (${fmt(island.near)}) is not of undetermined status alone`);
    }
  }
  for (const f of collection.features) {
    const polygons = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
    if (geoArea(f) >= 2 * Math.PI) fail(`output: feature ${String(f.id)} is inside out`);
    for (const claim of CLAIMS) {
      if (f.id !== JAPAN) {
        if (polygons.some((p) => reachesInto(p, claim.window))) {
          fail(`output: feature ${String(f.id)} reaches into the ${claim.name} window`);
        }
        continue;
      }
      const drawn = polygons.filter((p) => boxInside(ringBox(p[0]), claim.window) && squareDegrees(p) > 0);
      for (const island of claim.islands) {
        if (!drawn.some((p) => nearestIsland(claim, centroidOf(p)) === island)) {
          fail(`output: Japan has no polygon with an area on ${island.name}`);
        }
      }
    }
  }
}

// ---------------------------------------------------------------------------------------------

const countries = readSource();
const claims = [...applyClaims(countries), ...applyUndetermined(countries)];
const dropped = dropIslets(countries);
const world = buildTopology(countries);
checkOutput(world);

const json = JSON.stringify(world);
// Single quotes need no escaping in this JSON (digits, ids, keys); the layout is prettier's own.
if (/['\\]/u.test(json)) fail('unexpected quote or backslash in the topology JSON');
const {version} = JSON.parse(readFileSync(require.resolve(`${SOURCE_PACKAGE}/package.json`), 'utf8')) as {
  version: string;
};
const module =
  `// Generated by scripts/build-geometry.ts from ${SOURCE_PACKAGE}@${version} ${SOURCE_FILE} ` +
  `(Natural Earth, public domain). Do not edit.\n` +
  `// Territory follows the position of the Government of Japan: see the policy in the script.\n` +
  `import type {GeometryCollection, Topology} from 'topojson-specification';\n\n` +
  `/** Every Natural Earth admin-0 unit in \`objects.countries\`; ids ISO 3166-1 numeric ("392") or a name slug. */\n` +
  `export const worldTopology: Topology<{countries: GeometryCollection}> = JSON.parse(\n` +
  `  '${json}',\n` +
  `);\n`;

const out = join(root, 'scripts/geo/generated');
mkdirSync(out, {recursive: true});
writeFileSync(join(out, 'world.ts'), module);

const points = world.arcs.reduce((n, arc) => n + arc.length, 0);
const kib = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
console.log(
  `geometry: ${world.objects.countries.geometries.length} features, ${world.arcs.length} arcs, ${points} points ` +
    `(${dropped} islets dropped); scripts/geo/generated/world.ts ${kib(Buffer.byteLength(module))} raw, ` +
    `${kib(gzipSync(module, {level: 9}).length)} gzip`,
);
console.log(`territory (position of the Government of Japan):\n${claims.join('\n')}`);
