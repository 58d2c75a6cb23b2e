/**
 * Build time (scripts/build-map.ts): the planar topology's countries as the outlines the browser
 * draws, so the page decodes no topology. Each is written as the code of src/geo/path-code.ts, in
 * the quantized steps of the topology: as SVG path text it was already smaller after gzip than the
 * topology it comes from (12 KB against 15 KB), and decoding the topology in the page cost ~10 ms of
 * a map's first draw, most of it in the garbage of one array per point. Pure: no DOM, no lit.
 */
import type {MultiPolygon, Polygon} from 'geojson';
import {feature} from 'topojson-client';
import type {GeometryCollection, Topology} from 'topojson-specification';

import {decodePath, encodeRings} from '../../src/geo/path-code.js';
import type {CountryShape} from '../../src/geo/planar.js';

/** Every country of a planar topology: its outline's code and the path data the page reads from it. */
export function countryShapes(
  topology: Topology<{countries: GeometryCollection}>,
): (Pick<CountryShape, 'id' | 'd'> & {code: string})[] {
  return feature(topology, topology.objects.countries).features.flatMap((f) => {
    const geometry = f.geometry as Polygon | MultiPolygon | null;
    if (!geometry || (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon')) return [];
    const rings = (geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates).flat();
    if (rings.length === 0) return [];
    const code = encodeRings(rings);
    return [{id: String(f.id), code, d: decodePath(code)}];
  });
}
