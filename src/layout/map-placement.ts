/**
 * Where the map puts each place's outline, marker, name and tooltip: pure geometry in plane units
 * (or screen pixels where said), so the rules are tested in Node. The element only measures (its
 * width, the tooltip's size) and draws.
 */
import type {CountryShape, ViewBox} from '../geo/planar.js';
import {contains} from '../geo/view.js';
import {nameAnchor} from './map-labels.js';
import type {Box, LabelCandidate} from './map-labels.js';

type Point = readonly [number, number];

/** Pointer and keyboard targets are at least this many CSS pixels (WCAG 2.5.8). */
export const TARGET = 24;
/** The hit circle's radius: half a pixel over the target, so rounding never leaves it under 24 px. */
export const HIT_RADIUS = TARGET / 2 + 0.5;

/** What placement needs of a place: where it is and its outline, if any. */
export interface Placeable {
  readonly iso3: string;
  readonly point: Point;
  readonly shape: CountryShape | undefined;
}

export const centre = ([x0, y0, x1, y1]: CountryShape['bounds']): Point => [(x0 + x1) / 2, (y0 + y1) / 2];

/** An outline's larger side (plane units); -1 for none. */
export const extent = (shape: CountryShape | undefined): number =>
  shape ? Math.max(shape.bounds[2] - shape.bounds[0], shape.bounds[3] - shape.bounds[1]) : -1;

/** `[x0, y0, x1, y1]`: where a marker's centre may go, so its whole target stays inside the view. */
export function markerBounds(base: ViewBox, scale: number): Box {
  const [bx, by, bw, bh] = base;
  const inset = (TARGET / 2 + 4) / scale;
  return [bx + inset, by + inset, bx + bw - inset, by + bh - inset];
}

/**
 * Where a place belongs on the map: its point, or for a place outside the view (the United States,
 * Chile, France from the Indo-Pacific) the view's edge in its direction.
 */
export function pinOf(point: Point, base: ViewBox, scale: number): Point {
  if (contains(base, point)) return point;
  const [x0, y0, x1, y1] = markerBounds(base, scale);
  const [x, y] = point;
  return [Math.min(x1, Math.max(x0, x)), Math.min(y1, Math.max(y0, y))];
}

/**
 * A place needs a marker when its outline (its largest ring) is under the target size on screen
 * either way, or absent: a narrow country (Malawi, Chile) is as hard to hit as a small one.
 */
export function needsMarker(shape: CountryShape | undefined, scale: number): boolean {
  if (!shape) return true;
  const [x0, y0, x1, y1] = shape.bounds;
  return Math.min(x1 - x0, y1 - y0) * scale < TARGET;
}

/** Whether a place is drawn with a marker: outside the view, or too small to hit. */
export const hasMarker = (place: Placeable, base: ViewBox, scale: number): boolean =>
  !contains(base, place.point) || needsMarker(place.shape, scale);

/**
 * The order places are painted in (SVG paints in document order): outlines without a marker,
 * larger first; then the places with a marker in the view (their own outlines are narrow or small,
 * and outlines never overlap), then those at the view's edge. So every marker is painted above every
 * outline: a marker for a large but narrow country (Chile, Malawi) once came before smaller
 * countries' outlines, which covered it. Keyboard order is geographic (neighbours.ts), not this.
 */
export function paintOrder<P extends Placeable>(
  places: readonly P[],
  marked: (place: P) => boolean,
  base: ViewBox,
): P[] {
  const rank = (p: P) => (!contains(base, p.point) ? 2 : marked(p) ? 1 : 0);
  return [...places].sort((a, b) => rank(a) - rank(b) || extent(b.shape) - extent(a.shape));
}

/**
 * What framing a preselected country shows: its outline, or a small box around its point when it
 * is a marker; nothing for a place outside the view (its edge marker says where it is).
 */
export function framedBounds(place: Placeable, base: ViewBox, scale: number): Box | undefined {
  if (!contains(base, place.point)) return undefined;
  const [x, y] = place.point;
  return place.shape && !needsMarker(place.shape, scale) ? place.shape.bounds : [x - 20, y - 20, x + 20, y + 20];
}

/** A place as a name to place: its text, its land, and where a name would read as its own. */
export interface NamedPlace extends Placeable {
  readonly name: string;
  readonly count: number;
}

/**
 * The names to try, in screen pixels over `box` at `scale`: most initiatives first (then larger
 * outlines), each beside its marker if it has one (`anchors`), none scrolled out of sight.
 */
export function labelCandidates<P extends NamedPlace>(
  places: readonly P[],
  box: ViewBox,
  scale: number,
  pins: (place: P) => Point,
  anchors: ReadonlyMap<string, Point>,
): LabelCandidate[] {
  const [bx, by, bw, bh] = box;
  const toScreen = ([x, y]: Point) => [(x - bx) * scale, (y - by) * scale] as const;
  return [...places]
    .sort((a, b) => b.count - a.count || extent(b.shape) - extent(a.shape))
    .map((p) => {
      const anchor = anchors.get(p.iso3);
      return {
        id: p.iso3,
        text: p.name,
        land: p.shape?.id,
        middle: p.shape && toScreen(centre(p.shape.bounds)),
        ...nameAnchor(toScreen(p.point), toScreen(pins(p)), anchor && toScreen(anchor), HIT_RADIUS),
      };
    })
    .filter(({x, y}) => x >= 0 && y >= 0 && x <= bw * scale && y <= bh * scale);
}

/** The screen box each marker's hit circle covers, centred on its anchor (plane units) over `box`. */
export function markerObstacles(anchors: readonly Point[], box: ViewBox, scale: number): Box[] {
  const [bx, by] = box;
  return anchors.map(([ax, ay]) => {
    const [x, y] = [(ax - bx) * scale, (ay - by) * scale];
    return [x - HIT_RADIUS, y - HIT_RADIUS, x + HIT_RADIUS, y + HIT_RADIUS] as const;
  });
}

/** What placing the tooltip needs, in the frame's pixels. */
export interface TooltipSpace {
  /** Its country's target centre. */
  readonly at: Point;
  /** The focused country's target centre, when the pointer shows another. */
  readonly focused?: Point;
  /** The tooltip's size. */
  readonly size: Point;
  /** The frame's size. */
  readonly frame: Point;
}

/**
 * `[left, top]` of the tooltip: beside its country, above it if there is room, never over the
 * focused item (WCAG 2.4.11): its own country, or the one with keyboard focus when the pointer
 * shows another.
 */
export function tooltipSpot({at: [px, py], focused, size: [tw, th], frame: [width]}: TooltipSpace): Point {
  const gap = TARGET / 2 + 6;
  const clampLeft = (left: number) => Math.min(Math.max(0, left), Math.max(0, width - tw));
  const tops = py - gap - th >= 0 ? [py - gap - th, py + gap] : [py + gap];
  const spot: Point = [clampLeft(px - tw / 2), tops[0]];
  if (!focused) return spot;
  const [fx, fy] = focused;
  const r = TARGET / 2 + 2;
  // Whether a tooltip at [left, top] leaves the target around [cx, cy] uncovered.
  const leaves = (cx: number, cy: number, [left, top]: Point) =>
    cx + r <= left || cx - r >= left + tw || cy + r <= top || cy - r >= top + th;
  const clear = (at: Point) => leaves(fx, fy, at) && leaves(px, py, at);
  // Above or below its country, else above or below the focused one (a narrow map); centred on
  // its country, or beside the focused one: the first that leaves both in sight.
  const lefts = [px - tw / 2, fx + r, fx - r - tw].map(clampLeft);
  const fallbacks = [fy + r + 2, ...(fy - r - 2 - th >= 0 ? [fy - r - 2 - th] : [])];
  return [...tops, ...fallbacks].flatMap((top) => lefts.map((left) => [left, top] as const)).find(clear) ?? spot;
}
