/**
 * The map's runtime geometry: a planar TopoJSON projected at build time (scripts/build-map.ts)
 * decoded into SVG path data, plus what the element needs to place, size and navigate:
 * areas, bounds and label points per country. Pure: no DOM, no lit; the browser needs no d3-geo.
 */
import {feature} from 'topojson-client';
import type {GeometryCollection, Topology} from 'topojson-specification';

export const MAP_VIEWS = ['indo-pacific', 'world'] as const;
export type MapView = (typeof MAP_VIEWS)[number];

/** `[x, y, width, height]` in plane units, as an SVG viewBox. */
export type ViewBox = readonly [number, number, number, number];

export interface PlanarMap {
  readonly width: number;
  readonly height: number;
  readonly views: Readonly<Record<MapView, ViewBox>>;
  /** Outline of the globe: the sea. */
  readonly sphere: string;
  /** The bundled dataset's countries: their `point`, projected. */
  readonly points: Readonly<Record<string, readonly [number, number]>>;
  /** Countries by ISO 3166-1 numeric id (or a name slug), coordinates in plane units. */
  readonly topology: Topology<{countries: GeometryCollection}>;
}

export interface CountryShape {
  /** ISO numeric id ("392") or a name slug for land without one. */
  readonly id: string;
  /** SVG path data; rings are drawn with `fill-rule="evenodd"`, so holes stay holes. */
  readonly d: string;
  /** Area in square plane units. */
  readonly area: number;
  /** `[x0, y0, x1, y1]` of the largest ring: what a view frames to show the country. */
  readonly bounds: readonly [number, number, number, number];
  /** Centre of the largest ring's bounds: where a marker or tooltip anchors without a dataset point. */
  readonly centre: readonly [number, number];
}

type Ring = number[][];

function ringArea(ring: Ring): number {
  let sum = 0;
  for (let i = 1; i < ring.length; i++) sum += ring[i - 1][0] * ring[i][1] - ring[i][0] * ring[i - 1][1];
  return Math.abs(sum) / 2;
}

function ringBounds(ring: Ring): [number, number, number, number] {
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [x, y] of ring) {
    x0 = Math.min(x0, x);
    y0 = Math.min(y0, y);
    x1 = Math.max(x1, x);
    y1 = Math.max(y1, y);
  }
  return [x0, y0, x1, y1];
}

const cache = new WeakMap<PlanarMap, readonly CountryShape[]>();

/**
 * Every country of the map as path data, decoded once per map object and shared by every
 * `<foip-map>` on the page (ten maps cost one decode).
 */
export function countryShapes(map: PlanarMap): readonly CountryShape[] {
  let shapes = cache.get(map);
  if (shapes) return shapes;
  const {features} = feature(map.topology, map.topology.objects.countries);
  shapes = features.flatMap((f) => {
    const geometry = f.geometry;
    if (!geometry || (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon')) return [];
    const rings = (geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates).flat() as Ring[];
    if (rings.length === 0) return [];
    let largest = rings[0];
    let area = 0;
    for (const ring of rings) {
      const a = ringArea(ring);
      area += a;
      if (a > ringArea(largest)) largest = ring;
    }
    const bounds = ringBounds(largest);
    const d = rings.map((ring) => `M${ring.map((p) => `${p[0]},${p[1]}`).join('L')}Z`).join('');
    return [{id: String(f.id), d, area, bounds, centre: [(bounds[0] + bounds[2]) / 2, (bounds[1] + bounds[3]) / 2]}];
  });
  cache.set(map, shapes);
  return shapes;
}
