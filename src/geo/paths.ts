/**
 * Everything the map draws, precomputed as plain data: an SVG path per country, the projected
 * position of every dataset country, and which of them need a marker because their outline is
 * too small to see or click (or absent at this resolution, like Tuvalu at 1:50m).
 * Pure and deterministic: the same input gives the same strings, so it can be snapshot-tested
 * and computed once per size in `willUpdate`, not per render.
 */
import {geoPath} from 'd3-geo';

import type {CountryFeature} from './features.js';
import {createProjection, DEFAULT_VIEW, type ProjectionView} from './projection.js';

/**
 * Outlines smaller than this many square pixels get a marker: about 5 × 5 px, below which a shape
 * is a speck that is neither recognisable nor a usable pointer target.
 */
export const MARKER_AREA = 25;

/** Path coordinates are rounded to this many decimals: a tenth of a pixel, short and stable strings. */
const DIGITS = 1;

/** The dataset fields the geometry needs (a `Country` of `foip-widgets/data` fits). */
export interface PlaceInput {
  readonly iso3: string;
  readonly isoNumeric: string;
  /** [longitude, latitude] for the marker and label. */
  readonly point: readonly [number, number];
}

export interface CountryShape {
  /** The feature id: ISO 3166-1 numeric ("392"), or a name slug for land without one. */
  readonly id: string;
  /** The dataset's alpha-3 when the country is in the dataset, else null. */
  readonly iso3: string | null;
  /** SVG path data in the map's pixel space. */
  readonly d: string;
  /** Projected area in square pixels, one decimal. */
  readonly area: number;
}

export type MarkerReason = 'small' | 'missing';

export interface PlacePosition {
  readonly iso3: string;
  readonly isoNumeric: string;
  /** The dataset point projected to pixels [x, y], one decimal. */
  readonly point: readonly [number, number];
  /** True when the point falls inside the width × height frame. */
  readonly visible: boolean;
  /** Why the place needs a marker ('small' outline, outline 'missing'), or null when its outline suffices. */
  readonly marker: MarkerReason | null;
}

export interface MapGeometry {
  readonly view: ProjectionView;
  readonly width: number;
  readonly height: number;
  /** Outline of the whole globe in this projection (the sea, the world view's frame). */
  readonly sphere: string;
  /** Every country with a visible outline, in the features' order. */
  readonly shapes: readonly CountryShape[];
  /** Every dataset country, in the given order. */
  readonly places: readonly PlacePosition[];
  /** The places that need a marker, in the given order. */
  readonly markers: readonly PlacePosition[];
}

export interface MapGeometryOptions {
  readonly features: readonly CountryFeature[];
  readonly countries: readonly PlaceInput[];
  readonly view?: ProjectionView;
  readonly width: number;
  readonly height: number;
  /** Square pixels below which an outline gets a marker; `MARKER_AREA` by default. */
  readonly markerArea?: number;
}

const round = (value: number) => Math.round(value * 10 ** DIGITS) / 10 ** DIGITS;

/** Paths, positions and markers for one view at one size. */
export function computeMapGeometry(options: MapGeometryOptions): MapGeometry {
  const {features, countries, view = DEFAULT_VIEW, width, height, markerArea = MARKER_AREA} = options;
  const projection = createProjection(view, width, height);
  const path = geoPath(projection).digits(DIGITS);

  const iso3ByNumeric = new Map<string, string>();
  for (const c of countries) if (!iso3ByNumeric.has(c.isoNumeric)) iso3ByNumeric.set(c.isoNumeric, c.iso3);

  const shapes: CountryShape[] = [];
  const areaById = new Map<string, number>();
  for (const f of features) {
    const d = path(f) ?? '';
    const area = round(path.area(f));
    if (!d || !(area > 0)) continue;
    shapes.push({id: f.id, iso3: iso3ByNumeric.get(f.id) ?? null, d, area});
    areaById.set(f.id, Math.max(area, areaById.get(f.id) ?? 0));
  }

  const places = countries.map((c): PlacePosition => {
    const [x, y] = projection([c.point[0], c.point[1]]) ?? [NaN, NaN];
    const point: [number, number] = [round(x), round(y)];
    const area = areaById.get(c.isoNumeric);
    return {
      iso3: c.iso3,
      isoNumeric: c.isoNumeric,
      point,
      visible: point[0] >= 0 && point[0] <= width && point[1] >= 0 && point[1] <= height,
      marker: area === undefined ? 'missing' : area < markerArea ? 'small' : null,
    };
  });

  return {
    view,
    width,
    height,
    sphere: path({type: 'Sphere'}) ?? '',
    shapes,
    places,
    markers: places.filter((p) => p.marker !== null),
  };
}
