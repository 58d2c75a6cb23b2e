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

import type {MapView} from './planar.js';

/** Central meridian (degrees east). */
export const CENTRAL_MERIDIAN = 150;

/**
 * What the `indo-pacific` view must show, in degrees: from East Africa (Djibouti, Zambia, Mozambique)
 * to the central Pacific (Cook Islands, Niue, Hawaiʻi), from Hokkaido and Kamchatka's base to
 * New Zealand's south. East is given as 210 (150°W) so the box does not wrap.
 */
export const INDO_PACIFIC_BOUNDS = {west: 25, east: 210, south: -48, north: 52} as const;

/** Outline of the `indo-pacific` box as points: with parallels straight, these bound it exactly. */
function indoPacificOutline(): GeoPermissibleObjects {
  const {west, east, south, north} = INDO_PACIFIC_BOUNDS;
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
  const area: GeoPermissibleObjects = view === 'world' ? {type: 'Sphere'} : indoPacificOutline();
  return projection.fitSize([width, height], area);
}
