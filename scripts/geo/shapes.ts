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

/** Every country of a planar topology with its path data (the page reads its bounds off the path). */
export function countryShapes(topology: Topology<{countries: GeometryCollection}>): Pick<CountryShape, 'id' | 'd'>[] {
  return feature(topology, topology.objects.countries).features.flatMap((f) => {
    const geometry = f.geometry as Polygon | MultiPolygon | null;
    if (!geometry || (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon')) return [];
    const rings = (geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates).flat();
    return rings.length === 0 ? [] : [{id: String(f.id), d: pathData(rings)}];
  });
}
