/**
 * The territory policy of the map's geometry (see scripts/build-geometry.ts, whose step 2 this is):
 * the Northern Territories, Takeshima and the Senkaku Islands drawn as Japan's; the Kuril Islands north
 * of Etorofu and southern Sakhalin as land of undetermined status. Each step fails the build, rather
 * than guess, when the source's polygons do not fall as expected. With the lon/lat helpers it needs.
 */
import {geoArea, geoCentroid, geoContains} from 'd3-geo';
import type {FeatureCollection, MultiPolygon, Polygon, Position} from 'geojson';

import {JAPAN, UNDETERMINED} from '../../src/geo/planar.js';

export type LonLat = readonly [number, number];
/** [[west, south], [east, north]] in degrees. */
export type Window = readonly [LonLat, LonLat];

export interface Claim {
  readonly name: string;
  readonly window: Window;
  /** Islands that must be there, each named with a point near its middle. */
  readonly islands: readonly {readonly name: string; readonly near: LonLat}[];
}

export const CLAIMS: readonly Claim[] = [
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

export const RUSSIA = '643';
/** Urup (149.45°E) to Shumshu and Atlasov (156.5°E, 50.9°N); Kamchatka's mainland does not lie inside. */
export const KURILS: Claim = {
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
export const fail = (message: string): never => {
  throw new GeometryBuildError(message);
};

export type Rings = Position[][];
export interface Country {
  readonly id: string;
  readonly polygons: Rings[];
}

// ---------------------------------------------------------------------------------------------
// Helpers on lon/lat. Boxes unwrap longitudes along the ring so the antimeridian is no edge.

export function ringBox(ring: readonly Position[]): Window {
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

export const boxInside = (box: Window, w: Window) =>
  box[0][0] >= w[0][0] && box[1][0] <= w[1][0] && box[0][1] >= w[0][1] && box[1][1] <= w[1][1];
export const pointInside = ([x, y]: Position, w: Window) =>
  x >= w[0][0] && x <= w[1][0] && y >= w[0][1] && y <= w[1][1];
const windowPoints = (w: Window): LonLat[] => [
  w[0],
  w[1],
  [w[0][0], w[1][1]],
  [w[1][0], w[0][1]],
  [(w[0][0] + w[1][0]) / 2, (w[0][1] + w[1][1]) / 2],
];

/** True when the polygon has a vertex in the window or covers a corner or the centre of it. */
export const reachesInto = (polygon: Rings, w: Window) =>
  polygon.some((ring) => ring.some((p) => pointInside(p, w))) ||
  windowPoints(w).some((p) => geoContains({type: 'Polygon', coordinates: polygon}, [p[0], p[1]]));

/** Spherical area in square degrees as measured at the equator (one is about 12,400 km²). */
export const squareDegrees = (polygon: Rings) =>
  geoArea({type: 'Polygon', coordinates: polygon}) * (180 / Math.PI) ** 2;

/** Distance in degrees, longitude scaled to the latitude: enough to tell neighbouring islands apart. */
const islandDistance = (a: LonLat, b: LonLat) =>
  Math.hypot((a[0] - b[0]) * Math.cos((((a[1] + b[1]) / 2) * Math.PI) / 180), a[1] - b[1]);

export const nearestIsland = (claim: Claim, c: LonLat) =>
  claim.islands.reduce((best, i) => (islandDistance(c, i.near) < islandDistance(c, best.near) ? i : best));

export const centroidOf = (polygon: Rings): LonLat =>
  geoCentroid({type: 'Polygon', coordinates: polygon}) as [number, number];
export const fmt = (p: LonLat) => `${p[0].toFixed(2)}°E ${p[1].toFixed(2)}°N`;
export const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

// ---------------------------------------------------------------------------------------------
// 2. Territory, as the policy above says.

export function applyClaims(countries: Country[]): string[] {
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

export function applyUndetermined(countries: Country[]): string[] {
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
// Check the output against the policy, independently of how it was made.

/** A point on Sakhalin south of the cut: undetermined, never Russia's. */
const SOUTH_SAKHALIN: LonLat = [142.8, 47.0];

export function checkTerritory(collection: FeatureCollection<MultiPolygon | Polygon>): void {
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
