/**
 * Second stage of the geometry pipeline: projects the corrected world topology of
 * `build-geometry.ts` once, at build time, into the map's own planar TopoJSON, so the browser
 * needs neither d3-geo nor a projection: the module holds each country's SVG path data
 * (scripts/geo/shapes.ts) and the page only reads it.
 *
 * Why planar: measured on this topology, pre-projected paths quantized to 1 px of a 2,000 px wide
 * world cost ~16 KB gzip (after planar simplification) against ~25 KB for the spherical topology plus ~11 KB of d3-geo and
 * topojson-client; and projecting 240 countries is work every page would repeat.
 *
 * Writes src/geo/generated/map.ts and reports its size.
 */
import {mkdirSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {gzipSync} from 'node:zlib';

import {geoPath} from 'd3-geo';
import type {Feature, FeatureCollection, MultiPolygon, Position} from 'geojson';
import {topology} from 'topojson-server';
import {quantize} from 'topojson-client';
import {planarTriangleArea, presimplify, simplify} from 'topojson-simplify';
import type {GeometryCollection, Topology} from 'topojson-specification';

import {dataset} from '../src/data/index.js';
import {countryFeatures} from './geo/features.js';
import {UNDRAWN_ISLANDS} from '../src/geo/home.js';
import {largestRingBounds} from '../src/geo/land.js';
import {PATH_STEP} from '../src/geo/path-code.js';
import {worldTopology} from './geo/generated/world.js';
import type {PlanarMapData} from '../src/geo/planar.js';
import {JAPAN, sphereFromQuarter, UNDETERMINED, writeShapeIds} from '../src/geo/planar.js';
import {createProjection, INDO_PACIFIC_BOUNDS, NARROW_BOUNDS} from './geo/projection.js';
import type {Bounds} from './geo/projection.js';
import {countryShapes} from './geo/shapes.js';
import {root} from './dataset-source.js';

/** The plane: 2,000 px wide, so one unit is at most one screen pixel up to 2× zoom on a 1,000 px map. */
const WIDTH = 2000;
/** Planar simplification: drop points whose triangle is under this many square units (~2 px² at 1,000 px). */
const MIN_AREA = 8;
/** Japan's outline, and the Kurils and Sakhalin north of it, are simplified this many times more finely. */
const JAPAN_DETAIL = 16;
/** Rings of Japan and of the undetermined land with at most this many points are kept whole. */
const SMALL_RING_POINTS = 8;
/** Outside the Indo-Pacific view points must weigh this many times more to stay. */
const OUTSIDE_COARSER = 4;

const projection = createProjection('world', WIDTH, WIDTH);
const path = geoPath(projection);
const [[, top], [, bottom]] = path.bounds({type: 'Sphere'});
// Fit the height to the sphere: Natural Earth I is about half as tall as it is wide.
const HEIGHT = Math.ceil(bottom - top);
projection.translate([projection.translate()[0], projection.translate()[1] - top]);

/** Projects a spherical feature into rings in the plane (clipped at the antimeridian of the view). */
function planar(feature: Feature): MultiPolygon {
  const polygons: Position[][][] = [];
  let ring: Position[] = [];
  const sink = {
    moveTo: (x: number, y: number) => (ring = [[x, y]]),
    lineTo: (x: number, y: number) => ring.push([x, y]),
    closePath: () => {
      ring.push(ring[0]);
      // d3's path context does not say which rings are holes; each ring becomes its own polygon and
      // the SVG's evenodd fill rule draws holes (lakes, enclaves) correctly.
      polygons.push([ring]);
      ring = [];
    },
    arc: () => undefined,
    rect: () => undefined,
  };
  geoPath(projection, sink as unknown as CanvasRenderingContext2D)(feature);
  return {type: 'MultiPolygon', coordinates: polygons};
}

const features = countryFeatures(worldTopology);
const collection: FeatureCollection = {
  type: 'FeatureCollection',
  features: features.map((f) => ({type: 'Feature', id: f.id, properties: {}, geometry: planar(f)})),
};
/** A view's box in the plane: its meridians sampled (Natural Earth I is widest at the equator). */
const viewBounds = ({west, east, south, north}: Bounds) =>
  path.bounds({
    type: 'MultiPoint',
    coordinates: Array.from({length: 27}, (_, i) => south + ((north - south) * i) / 26).flatMap((lat) => [
      [west, lat],
      [east, lat],
    ]),
  });
const indoPacific = viewBounds(INDO_PACIFIC_BOUNDS);

type Countries = Topology<{countries: GeometryCollection}>;
// Japan's islands (the Northern Territories are slivers a few units wide) keep finer detail, as in
// build-geometry.ts: otherwise Etorofu thins until points on it fall outside. So do the Kurils up to
// Shumshu and Sakhalin, whose undetermined status the map shows: at 1× the Kurils would vanish.
const [japanWest, japanNorth] = projection([122, 51.2])!;
const [japanEast, japanSouth] = projection([157, 20])!;
const inJapan = ([x, y]: number[]) => x >= japanWest && x <= japanEast && y >= japanNorth && y <= japanSouth;
// Outside the Indo-Pacific view only the world view shows the land, at half the scale: coarser there.
const inView = ([x, y]: number[]) =>
  x >= indoPacific[0][0] && x <= indoPacific[1][0] && y >= indoPacific[0][1] && y <= indoPacific[1][1];
const weight = (triangle: number[][]) =>
  planarTriangleArea(triangle as never) *
  (inJapan(triangle[1]) ? JAPAN_DETAIL : inView(triangle[1]) ? 1 : 1 / OUTSIDE_COARSER);
// Unquantized first, so simplification sees exact coordinates; then fixed steps, delta-encoded.
const weighted = presimplify(topology({countries: collection}) as Countries, weight as never);
// The small islands the territory policy is about (the Habomai islets, the Kurils) come from
// build-geometry.ts with four or five points a ring, and Visvalingam can fold such a ring onto
// its start: they keep every point.
for (const geometry of weighted.objects.countries.geometries) {
  if (geometry.id !== JAPAN && geometry.id !== UNDETERMINED) continue;
  const rings =
    geometry.type === 'Polygon' ? geometry.arcs : geometry.type === 'MultiPolygon' ? geometry.arcs.flat() : [];
  for (const ring of rings) {
    const arcs = ring.map((i) => weighted.arcs[i < 0 ? ~i : i]);
    if (arcs.reduce((n, arc) => n + arc.length, 0) > SMALL_RING_POINTS) continue;
    for (const point of arcs.flat()) point[2] = Infinity;
  }
}
const simplified = simplify(weighted, MIN_AREA) as Countries;
// Empty geometries (rings simplified away entirely) carry no information.
simplified.objects.countries.geometries = simplified.objects.countries.geometries.filter((g) => g.type !== null);
const q = quantize(simplified, {scale: [PATH_STEP, PATH_STEP], translate: [0, 0]}) as Countries;
const topo: Countries = {type: 'Topology', transform: q.transform, objects: q.objects, arcs: q.arcs};

const round = (n: number) => Math.round(n * 10) / 10;
const box = (b: [[number, number], [number, number]]) =>
  [round(b[0][0]), round(b[0][1]), round(b[1][0] - b[0][0]), round(b[1][1] - b[0][1])] as const;

const shapes = countryShapes(topo);
const placeIds = new Set(dataset.countries.map((c) => c.isoNumeric));
const sphere = path({type: 'Sphere'})!.replace(/\d+\.\d+/gu, (n) => String(round(Number(n))));
// Its north-east quarter: from the top middle to the east end of the equator.
const sphereQuarter = [...sphere.matchAll(/[\d.]+,[\d.]+/gu)]
  .map(([p]) => p.split(',').map(Number))
  .filter(([x, y]) => x >= WIDTH / 2 && y <= HEIGHT / 2)
  .flat();
if (sphereFromQuarter(sphereQuarter, WIDTH, HEIGHT) !== sphere) throw new Error('the sphere is not symmetric');
const map: PlanarMapData = {
  width: WIDTH,
  height: HEIGHT,
  views: {'indo-pacific': box(indoPacific), world: [0, 0, WIDTH, HEIGHT]},
  narrow: box(viewBounds(NARROW_BOUNDS)),
  sphere: sphereQuarter,
  points: Object.fromEntries(
    dataset.countries.map((c) => {
      const [x, y] = projection(c.point as [number, number])!;
      return [c.iso3, [round(x), round(y)]];
    }),
  ),
  // Lists, not an object a country: gzip finds the outlines' likenesses better side by side.
  ids: writeShapeIds(shapes.map((s) => s.id)),
  paths: shapes.map((s) => s.code),
  // Only the places' bounds, which every first draw reads: reading them off the path there cost
  // 2–4 ms of a cold page; the others are read off their path if ever asked.
  bounds: shapes.map((s) => (placeIds.has(s.id) ? largestRingBounds(s.d) : 0)),
  islands: UNDRAWN_ISLANDS.map(({at}) => {
    const [x, y] = projection([...at])!;
    return [round(x), round(y)] as const;
  }),
};

const json = JSON.stringify(map);
if (/['\\]/u.test(json)) throw new Error('unexpected quote or backslash in the map JSON');
const module =
  `// Generated by scripts/build-map.ts from scripts/geo/generated/world.ts. Do not edit.\n` +
  `import {readPlanarMap} from '../planar.js';\n\n` +
  `export const planarMap = readPlanarMap(JSON.parse('${json}'));\n`;
const out = join(root, 'src/geo/generated');
mkdirSync(out, {recursive: true});
writeFileSync(join(out, 'map.ts'), module);
const kib = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
console.log(
  `map: ${shapes.length} countries in a ${WIDTH}×${HEIGHT} plane; ` +
    `src/geo/generated/map.ts ${kib(module.length)} raw, ${kib(gzipSync(module, {level: 9}).length)} gzip`,
);
