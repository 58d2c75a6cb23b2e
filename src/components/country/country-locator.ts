/**
 * `<foip-country>`'s locator map: the country framed with Japan, drawn from the map's own build-time
 * geometry (`planarMap`: the same paths the map draws, no projection in the browser), on the map's
 * own ground (src/components/map/land-layer.ts, which brings none of the map's places or texts). The
 * territory policy comes with the geometry: the land of undetermined status is drawn uncoloured.
 */
import {nothing, svg} from 'lit';
import type {TemplateResult} from 'lit';

import type {WorldCountry} from '../../data/world-countries.js';
import {planarMap} from '../../geo/generated/map.js';
import {JAPAN} from '../../geo/planar.js';
import type {CountryShape, ViewBox} from '../../geo/planar.js';
import {clampBox, frame} from '../../geo/view.js';
import {centre, needsMarker} from '../../layout/map-placement.js';
import {landLayer, shapeById} from '../map/land-layer.js';

type Box = readonly [number, number, number, number];
type Point = readonly [number, number];

/** The width (CSS px) the locator is laid out for: what decides whether a country needs its marker. */
export const LOCATOR_WIDTH = 400;

const union = (a: Box, b: Box): Box => [
  Math.min(a[0], b[0]),
  Math.min(a[1], b[1]),
  Math.max(a[2], b[2]),
  Math.max(a[3], b[3]),
];

/** What the locator draws for a country: its outlines, its point, the box that frames it with Japan. */
export interface Located {
  readonly paths: readonly string[];
  readonly point: Point;
  readonly box: ViewBox;
  /** Too small or narrow to see at the locator's size, or without an outline: drawn as a marker too. */
  readonly marker: boolean;
}

/** Where `country` is on the plane, framed with Japan; undefined for a country the geometry does not place. */
export function locate(country: WorldCountry): Located | undefined {
  const own = country.shapes.map((id) => shapeById.get(id)).filter((s): s is CountryShape => !!s);
  const main = own[0];
  const point = planarMap.points[country.iso3] ?? (main && centre(main.bounds));
  if (!point) return undefined;
  const [x, y] = point;
  const bounds: Box = main ? main.bounds : [x - 20, y - 20, x + 20, y + 20];
  const japan = shapeById.get(JAPAN);
  const framed = japan ? union(bounds, japan.bounds) : bounds;
  const world: ViewBox = [0, 0, planarMap.width, planarMap.height];
  const box = clampBox(frame(framed, world, 6), world, [planarMap.width, planarMap.height]);
  const scale = LOCATOR_WIDTH / box[2];
  return {paths: own.map((s) => s.d), point, box, marker: needsMarker(main, scale)};
}

/** The locator as SVG: one image, named by `label` (role="img"), nothing in it focusable. */
export function locatorMap(located: Located, isJapan: boolean, label: string): TemplateResult {
  const {box, point, paths, marker} = located;
  const scale = LOCATOR_WIDTH / box[2];
  return svg`<svg part="locator" class="locator" role="img" aria-label=${label} viewBox=${box.join(' ')}
      preserveAspectRatio="xMidYMid meet">
    ${landLayer()}
    ${isJapan ? nothing : paths.map((d) => svg`<path class="country" d=${d}></path>`)}
    ${
      marker
        ? svg`<circle class="marker" cx=${point[0]} cy=${point[1]} r=${7 / scale} stroke-width=${2 / scale}></circle>`
        : nothing
    }
  </svg>`;
}
