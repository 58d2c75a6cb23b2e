/**
 * TopoJSON → GeoJSON country features with ISO 3166-1 numeric ids (build time and tests).
 * Pure: no DOM, no lit.
 */
import type {Feature, MultiPolygon, Polygon} from 'geojson';
import {feature} from 'topojson-client';
import type {GeometryCollection, Topology} from 'topojson-specification';

/** A topology with every country in `objects.countries`, as `scripts/build-geometry.ts` writes it. */
export type CountriesTopology = Topology<{countries: GeometryCollection}>;

/**
 * One Natural Earth admin-0 unit. `id` is the three-digit ISO 3166-1 numeric code ("392"), or a slug
 * of the Natural Earth name for land without one ("kosovo", "somaliland").
 */
export interface CountryFeature extends Feature<Polygon | MultiPolygon> {
  readonly id: string;
}

/** Every country of the topology as a GeoJSON feature; features without geometry are left out. */
export function countryFeatures(topology: CountriesTopology): CountryFeature[] {
  const collection = feature(topology, topology.objects.countries);
  return collection.features
    .filter((f) => f.geometry && (f.geometry.type === 'Polygon' || f.geometry.type === 'MultiPolygon'))
    .map((f) => ({...f, id: String(f.id)}) as CountryFeature);
}
