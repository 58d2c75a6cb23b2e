/**
 * Build time (scripts/build-map.ts): the planar topology's countries as the shapes the browser
 * draws, so the page decodes nothing. Path data is relative (`l dx dy …`) in the quantized steps of
 * the topology: after gzip it is smaller than the topology it comes from (measured: 12 KB against
 * 15 KB), and decoding the topology in the page cost ~10 ms of a map's first draw, most of it in
 * the garbage of one array per point. Pure: no DOM, no lit.
 */
import type {MultiPolygon, Polygon, Position} from 'geojson';
import {feature} from 'topojson-client';
import type {GeometryCollection, Topology} from 'topojson-specification';

import type {CountryShape} from '../../src/geo/planar.js';

/** `0.5` → `.5`, `-0.5` → `-.5`: SVG path numbers need no leading zero. */
const number = (n: number) => String(n).replace(/^(-?)0\./u, '$1.');

/** Rings as SVG path data: an absolute move, relative lines, `z` for the closing point. */
export function pathData(rings: readonly (readonly Position[])[]): string {
  return rings
    .map((ring) => {
      // The closing point repeats the first: `z` draws that line.
      const points = ring.length > 1 && ring.at(-1)!.join() === ring[0].join() ? ring.slice(0, -1) : ring;
      let d = `M${number(points[0][0])} ${number(points[0][1])}`;
      for (let i = 1; i < points.length; i++) {
        for (const delta of [points[i][0] - points[i - 1][0], points[i][1] - points[i - 1][1]]) {
          const text = number(delta);
          // A minus sign separates numbers by itself; anything else needs a space (or the `l`).
          d += i === 1 && d.indexOf('l') < 0 ? `l${text}` : text.startsWith('-') ? text : ` ${text}`;
        }
      }
      return `${d}z`;
    })
    .join('');
}

function ringArea(ring: readonly Position[]): number {
  let sum = 0;
  for (let i = 1; i < ring.length; i++) sum += ring[i - 1][0] * ring[i][1] - ring[i][0] * ring[i - 1][1];
  return Math.abs(sum) / 2;
}

function ringBounds(ring: readonly Position[]): [number, number, number, number] {
  const xs = ring.map((p) => p[0]);
  const ys = ring.map((p) => p[1]);
  return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
}

/** Every country of a planar topology with its path data and the bounds of its largest ring. */
export function countryShapes(topology: Topology<{countries: GeometryCollection}>): CountryShape[] {
  return feature(topology, topology.objects.countries).features.flatMap((f) => {
    const geometry = f.geometry as Polygon | MultiPolygon | null;
    if (!geometry || (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon')) return [];
    const rings = (geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates).flat();
    if (rings.length === 0) return [];
    const areas = rings.map(ringArea);
    return [{id: String(f.id), d: pathData(rings), bounds: ringBounds(rings[areas.indexOf(Math.max(...areas))])}];
  });
}
