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

import {geoArea} from 'd3-geo';
import type {Feature, FeatureCollection, MultiPolygon, Polygon, Position} from 'geojson';
import {feature, quantize} from 'topojson-client';
import {topology} from 'topojson-server';
import {planarTriangleArea, presimplify, simplify} from 'topojson-simplify';
import type {GeometryCollection, GeometryObject, Topology} from 'topojson-specification';

import {JAPAN, UNDETERMINED} from '../src/geo/planar.js';
import {root} from './dataset-source.js';
import type {Country, Rings, Window} from './geo/territory.js';
import {applyClaims, applyUndetermined, checkTerritory, fail, pointInside, squareDegrees} from './geo/territory.js';

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

/** The Indo-Pacific view of scripts/geo/projection.ts, with a margin; east as 210 (150°W). */
const FOCUS: Window = [
  [25, -50],
  [210, 56],
];

const inFocus = ([x0, y]: Position) => pointInside([x0 < 0 ? x0 + 360 : x0, y], FOCUS);

type WorldTopology = Topology<{countries: GeometryCollection}>;

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

// 2. Territory: ./geo/territory.ts (applyClaims, applyUndetermined).

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

const countries = readSource();
const claims = [...applyClaims(countries), ...applyUndetermined(countries)];
const dropped = dropIslets(countries);
const world = buildTopology(countries);
// 5. The output checked against the policy, independently of how it was made.
checkTerritory(feature(world, world.objects.countries) as FeatureCollection<MultiPolygon | Polygon>);

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
