/**
 * The map's projection: Natural Earth I, rotated so that 150°E is the central meridian.
 *
 * Why Pacific-centred at 150°E: the seam of the map falls at 30°W, in the Atlantic, so Africa and
 * Europe sit at the left, the Americas at the right, and the Indian Ocean, Japan and the Pacific
 * (the region this map is about) are never cut in half, as they are by a Greenwich-centred map.
 * Why Natural Earth I rather than equirectangular: a world view with far less stretching at high
 * latitudes (Russia, Canada and Antarctica do not dwarf the tropics), while parallels stay straight
 * and horizontal, so "up" on screen is north everywhere, which keyboard navigation and labels rely on.
 * The same projection serves both views; they differ only in scale and translation.
 *
 * Pure: no DOM, no lit.
 */
import {geoNaturalEarth1, type GeoPermissibleObjects, type GeoProjection} from 'd3-geo';

import type {MapView} from '../../src/geo/planar.js';

/** Central meridian (degrees east). */
export const CENTRAL_MERIDIAN = 150;

/** A view's box in degrees; east beyond 180 where it crosses the antimeridian, so it does not wrap. */
export interface Bounds {
  readonly west: number;
  readonly east: number;
  readonly south: number;
  readonly north: number;
}

/**
 * What the `indo-pacific` view must show, in degrees: from East Africa (Djibouti, Zambia, Mozambique)
 * to the central Pacific (Cook Islands, Niue, Hawaiʻi), from Hokkaido and Kamchatka's base to
 * New Zealand's south. East is given as 210 (150°W) so the box does not wrap.
 */
export const INDO_PACIFIC_BOUNDS: Bounds = {west: 25, east: 210, south: -48, north: 52};

/**
 * The `indo-pacific` view of a narrow map (under `NARROW_MAP` px, src/geo/view.ts): from the
 * Arabian Sea (62°E) to Niue (170°W), as tall as the whole view. Why a taller crop: the whole view
 * is 1.6 times as wide as tall, so a 360 px phone drew it 225 px tall (a third of a pixel a unit);
 * South Asia's and South-East Asia's small countries became a knot of markers pushed up to 22 px
 * from their places, and four or five names fitted (screenshots of the 360 px stories, both ways).
 * This crop draws the region 1.4 times larger (320 px tall at 360 px: still a phone screen with
 * the controls above it), keeps South Asia, South-East Asia and the Pacific islands whole, and
 * about doubles the names that fit. East Africa and the eastern Pacific are not lost: their
 * countries stay as markers at the edge pointing the way, as the United States and Chile do, a
 * pan away. Wider maps show the whole region: at 600 px it is 375 px tall.
 */
export const NARROW_BOUNDS: Bounds = {west: 62, east: 192, south: -48, north: 52};

/** Outline of a view's box as points: with parallels straight, these bound it exactly. */
export function viewOutline({west, east, south, north}: Bounds): GeoPermissibleObjects {
  const coordinates: [number, number][] = [];
  // Natural Earth I is widest at the equator, so sample the meridians, not only the corners.
  for (let lat = south; lat <= north; lat += 4) coordinates.push([west, lat], [east, lat]);
  coordinates.push([west, north], [east, north]);
  return {type: 'MultiPoint', coordinates};
}

/**
 * A projection for the view, fitted into `width` × `height` pixels (origin top left, y down).
 * The view's area is centred; any spare room on one axis shows more of the world around it.
 */
export function createProjection(view: MapView, width: number, height: number): GeoProjection {
  if (!(width > 0 && height > 0))
    throw new RangeError(`createProjection: size must be positive, got ${width}×${height}`);
  const projection = geoNaturalEarth1().rotate([-CENTRAL_MERIDIAN, 0]);
  const area: GeoPermissibleObjects = view === 'world' ? {type: 'Sphere'} : viewOutline(INDO_PACIFIC_BOUNDS);
  return projection.fitSize([width, height], area);
}
