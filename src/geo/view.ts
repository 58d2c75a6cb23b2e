/**
 * Zoom and pan as pure viewBox arithmetic: the map scales its SVG by changing the viewBox, so
 * strokes stay crisp (`vector-effect: non-scaling-stroke`) and no zoom library is needed
 * (d3-zoom with its dependencies would cost ~17 KB gzip of the map's 60 KB budget).
 * Pure: no DOM, no lit.
 */
import type {ViewBox} from './planar.js';

/** Maps narrower than this (CSS px) show the Indo-Pacific's taller crop, `PlanarMap.narrow` (why: projection.ts). */
export const NARROW_MAP = 600;

export const MIN_ZOOM = 1;
export const MAX_ZOOM = 8;

/** Zoom factor of `box` relative to `base` (1 = the base view). */
export const zoomOf = (base: ViewBox, box: ViewBox): number => base[2] / box[2];

/** Keeps a box inside the plane [0, 0, width, height] where it fits, and its size within the zoom limits. */
export function clampBox(box: ViewBox, base: ViewBox, plane: readonly [number, number]): ViewBox {
  const k = Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, zoomOf(base, box)));
  const w = base[2] / k;
  const h = base[3] / k;
  const cx = box[0] + box[2] / 2;
  const cy = box[1] + box[3] / 2;
  const clamp = (v: number, size: number, extent: number) =>
    size >= extent ? (extent - size) / 2 : Math.min(extent - size, Math.max(0, v));
  return [clamp(cx - w / 2, w, plane[0]), clamp(cy - h / 2, h, plane[1]), w, h];
}

/**
 * `box` moved to another base view (a map resized across `NARROW_MAP`): the same centre at the same
 * zoom, so a framed country stays framed; the base itself where the map was not zoomed or panned.
 */
export function rebase(box: ViewBox, from: ViewBox, to: ViewBox, plane: readonly [number, number]): ViewBox {
  if (box === from) return to;
  const k = zoomOf(from, box);
  return clampBox(
    [box[0] + box[2] / 2 - to[2] / k / 2, box[1] + box[3] / 2 - to[3] / k / 2, to[2] / k, to[3] / k],
    to,
    plane,
  );
}

/** Zooms by `factor` about a point of the plane that stays where it is on screen. */
export function zoomAt(box: ViewBox, factor: number, [px, py]: readonly [number, number]): ViewBox {
  const w = box[2] / factor;
  const h = box[3] / factor;
  return [px - ((px - box[0]) / box[2]) * w, py - ((py - box[1]) / box[3]) * h, w, h];
}

/** Moves the box by a fraction of its own size (keyboard pan), or by plane units. */
export function pan(box: ViewBox, dx: number, dy: number): ViewBox {
  return [box[0] + dx, box[1] + dy, box[2], box[3]];
}

/**
 * The box that frames `bounds` [x0, y0, x1, y1] with a margin, at the base view's aspect ratio,
 * never closer than `maxZoom` (a small island framed alone would fill the screen).
 */
export function frame(bounds: readonly [number, number, number, number], base: ViewBox, maxZoom = 4): ViewBox {
  const [x0, y0, x1, y1] = bounds;
  const aspect = base[2] / base[3];
  let w = Math.max((x1 - x0) * 1.6, ((y1 - y0) * 1.6 * aspect) as number, base[2] / maxZoom);
  w = Math.min(w, base[2]);
  const h = w / aspect;
  return [(x0 + x1) / 2 - w / 2, (y0 + y1) / 2 - h / 2, w, h];
}

/** True when the point lies inside the box. */
export const contains = (box: ViewBox, [x, y]: readonly [number, number]): boolean =>
  x >= box[0] && x <= box[0] + box[2] && y >= box[1] && y <= box[1] + box[3];
