/**
 * The map's runtime geometry, as scripts/build-map.ts writes it: every country already projected
 * and its outline coded (path-code.ts), with what the element needs to place, size and navigate
 * (areas, bounds and label points). The browser needs no d3-geo and decodes no topology:
 * `readPlanarMap` turns each outline into SVG path data and pairs it with its id, and a shape's
 * bounds are read off its path when first asked.
 */
import {largestRingBounds} from './land.js';
import {decodePath} from './path-code.js';

export const MAP_VIEWS = ['indo-pacific', 'world'] as const;

/** Japan's id in the geometry (ISO 3166-1 numeric), whose outline the territory policy is about. */
export const JAPAN = '392';

/**
 * The id of the land of undetermined status in the Government of Japan's view (the Kuril Islands
 * north of Etorofu, Sakhalin south of 50°N): no country's, drawn uncoloured (scripts/build-geometry.ts).
 */
export const UNDETERMINED = 'undetermined';
export type MapView = (typeof MAP_VIEWS)[number];

/** `[x, y, width, height]` in plane units, as an SVG viewBox. */
export type ViewBox = readonly [number, number, number, number];

export interface PlanarMap {
  readonly width: number;
  readonly height: number;
  readonly views: Readonly<Record<MapView, ViewBox>>;
  /** The `indo-pacific` view of a narrow map: a taller crop (scripts/geo/projection.ts says why). */
  readonly narrow: ViewBox;
  /** Outline of the globe: the sea. */
  readonly sphere: string;
  /** The bundled dataset's countries: their `point`, projected. */
  readonly points: Readonly<Record<string, readonly [number, number]>>;
  /** Every country of the world (ISO 3166-1 numeric id or a name slug), in plane units. */
  readonly shapes: readonly CountryShape[];
  /** Japan's islands too small to draw (`UNDRAWN_ISLANDS`, src/geo/home.ts), projected: no marker may cover them. */
  readonly islands: readonly (readonly [number, number])[];
}

export interface CountryShape {
  /** ISO numeric id ("392") or a name slug for land without one. */
  readonly id: string;
  /** SVG path data; rings are drawn with `fill-rule="evenodd"`, so holes stay holes. */
  readonly d: string;
  /** `[x0, y0, x1, y1]` of the largest ring: what a view frames to show the country. */
  readonly bounds: readonly [number, number, number, number];
}

/**
 * The map as scripts/build-map.ts writes it: ids, paths and bounds as lists rather than one object a
 * country, and bounds (`0` for none) only for the bundled dataset's places, which a first draw reads;
 * the others follow from their path. Measured in the map's entry: 2.3 kB less gzip.
 */
export interface PlanarMapData extends Omit<PlanarMap, 'shapes' | 'sphere'> {
  /** The globe's outline: its north-east quarter as x, y pairs (`sphereFromQuarter`). */
  readonly sphere: readonly number[];
  /** The shapes' ids, written short (`writeShapeIds`). */
  readonly ids: string;
  /** Each shape's outline, coded (src/geo/path-code.ts): decoded into path data as the map is read. */
  readonly paths: readonly string[];
  readonly bounds: readonly (CountryShape['bounds'] | 0)[];
}

/** The shapes of a map as written; a shape's bounds not written are worked out once, when first read. */
export function readPlanarMap({ids, paths, bounds: written, sphere, ...map}: PlanarMapData): PlanarMap {
  const shapes = readShapeIds(ids).map((id, i): CountryShape => {
    const d = decodePath(paths[i]);
    let bounds = written[i] || undefined;
    return {
      id,
      d,
      get bounds() {
        return (bounds ??= largestRingBounds(d));
      },
    };
  });
  return {...map, sphere: sphereFromQuarter(sphere, map.width, map.height), shapes};
}

/**
 * Shape ids written short, as the world's code table writes them (src/data/generated/world-countries.ts):
 * an ISO numeric code as its increase over the one before, land without one as `-slug`, comma-separated.
 * Measured in the map's entry: 0.45 kB less gzip than a list of codes.
 */
export function writeShapeIds(ids: readonly string[]): string {
  let numeric = 0;
  return ids
    .map((id) => {
      if (!/^\d{3}$/u.test(id)) return `-${id}`;
      // Increases only: a slug's `-` would read as a decrease.
      if (+id <= numeric) throw new Error(`shape ids out of order at ${id}`);
      const increase = +id - numeric;
      numeric = +id;
      return String(increase);
    })
    .join();
}

/** The ids `writeShapeIds` wrote, in their order. */
export function readShapeIds(written: string): string[] {
  let numeric = 0;
  return written.split(',').map((s) => (s[0] === '-' ? s.slice(1) : String((numeric += +s)).padStart(3, '0')));
}

/**
 * The globe's outline (Natural Earth I, symmetric about both axes) from its north-east quarter, from
 * the top middle to the east end of the equator: the path d3 draws, point for point (build-map.ts checks).
 */
export function sphereFromQuarter(quarter: readonly number[], width: number, height: number): string {
  const east: number[][] = [];
  for (let i = 0; i < quarter.length; i += 2) east.push([quarter[i], quarter[i + 1]]);
  const back = [...east].reverse().slice(1);
  const mirror = (points: number[][], x: boolean, y: boolean) =>
    points.map(([px, py]) => [
      x ? Math.round((width - px) * 10) / 10 : px,
      y ? Math.round((height - py) * 10) / 10 : py,
    ]);
  const ring = [
    ...east,
    ...mirror(back, false, true),
    ...mirror(east.slice(1), true, true),
    ...mirror(back, true, false),
  ];
  // d3 starts one point west of the top middle.
  return `M${[ring.at(-2)!, ...ring.slice(0, -1)].map((p) => p.join()).join('L')}Z`;
}
