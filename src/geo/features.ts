/**
 * TopoJSON → GeoJSON country features, looked up by ISO 3166-1 numeric id or by the dataset's alpha-3.
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

/** The dataset fields the lookup needs (a `Country` of `foip-widgets/data` fits). */
export interface CountryCodes {
  readonly iso3: string;
  readonly isoNumeric: string;
}

export interface FeatureIndex {
  /** Every feature, in the topology's order. */
  readonly features: readonly CountryFeature[];
  /** The feature with this ISO numeric id ("392"), if the topology has one. */
  byNumeric(isoNumeric: string): CountryFeature | undefined;
  /** The feature of a dataset country by alpha-3 ("JPN"), if the topology has one at this resolution. */
  byIso3(iso3: string): CountryFeature | undefined;
}

/** Every country of the topology as a GeoJSON feature; features without geometry are left out. */
export function countryFeatures(topology: CountriesTopology): CountryFeature[] {
  const collection = feature(topology, topology.objects.countries);
  return collection.features
    .filter((f) => f.geometry && (f.geometry.type === 'Polygon' || f.geometry.type === 'MultiPolygon'))
    .map((f) => ({...f, id: String(f.id)}) as CountryFeature);
}

/** Lookups by numeric id and by the dataset's alpha-3 (through each country's `isoNumeric`). */
export function createFeatureIndex(
  features: readonly CountryFeature[],
  countries: readonly CountryCodes[] = [],
): FeatureIndex {
  const byId = new Map<string, CountryFeature>();
  for (const f of features) if (!byId.has(f.id)) byId.set(f.id, f);
  const numericOf = new Map(countries.map((c) => [c.iso3, c.isoNumeric]));
  return {
    features,
    byNumeric: (isoNumeric) => byId.get(isoNumeric),
    byIso3: (iso3) => {
      const numeric = numericOf.get(iso3);
      return numeric === undefined ? undefined : byId.get(numeric);
    },
  };
}
