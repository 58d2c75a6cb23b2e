/**
 * Country names on the map, placed so that no two overlap and none covers a marker. Greedy, as
 * cartographers' point labelling usually is: the most important places choose first, each takes
 * the first free position around its point (right, left, above, below, then the corners; a name
 * with no marker also across its country, as names of areas are written), and a name with no free
 * position is left out; the country stays named in its tooltip, the listbox and the table.
 *
 * A name is drawn only where it reads as its own country's (`readsAsOwn`): over no other country's
 * land, and touching its own country's land, or beside its own marker where that marker sits at its
 * country. A marker moved aside (with a leader line) further than its own radius no longer marks its
 * country (`nameAnchor`): its name then stands at the country, touching its land, where the leader
 * line ends; never beside the moved marker, where it reads as the sea's or another's (at 360 px,
 * Malaysia's marker pushed 19 px aside by Singapore's put its name 80 px out in the Indian Ocean).
 * Pure: no DOM, no lit; screen pixels in and out, so a narrow map simply shows fewer names.
 */

/** `[x0, y0, x1, y1]` in screen pixels. */
export type Box = readonly [number, number, number, number];

export interface LabelCandidate {
  readonly id: string;
  readonly text: string;
  /** The point the name belongs to (screen px). */
  readonly x: number;
  readonly y: number;
  /** How far from the point the name keeps (px): the marker's radius, or a little for an outline. */
  readonly clearance: number;
  /** The point is the country's marker, sitting at its country: a name beside it reads as the country's. */
  readonly marker?: boolean;
  /** Its country's id in `LabelOptions.land` (none where the map has no outline for it). */
  readonly land?: string;
  /** Another point its name may be written across, where it has no marker: the middle of its largest outline. */
  readonly middle?: readonly [number, number];
}

export interface PlacedLabel {
  readonly id: string;
  readonly text: string;
  /** Where the text is drawn: its anchor point, with SVG's `text-anchor` and a middle baseline. */
  readonly x: number;
  readonly y: number;
  readonly anchor: 'start' | 'middle' | 'end';
  /** The box the name was given: its width (measured, else `textWidth`), its line and padding. */
  readonly box: Box;
}

/** Whether a box covers or touches the land of a country `which` picks by its id. */
export type Land = (box: Box, which: (id: string) => boolean) => boolean;

export interface LabelOptions {
  /** Font size (px). */
  readonly size: number;
  /** Where names may go: the visible map. */
  readonly bounds: Box;
  /** What names must not cover: markers' targets. */
  readonly obstacles: readonly Box[];
  /** Space kept around every name (px). */
  readonly padding?: number;
  /**
   * A name's width (px) as drawn, measured in the page's typography; without it, `textWidth`.
   */
  readonly measure?: (text: string) => number;
  /** Every name is drawn in full-width forms (`text-transform: full-width`), in a Japanese font's line. */
  readonly fullWidth?: boolean;
  /**
   * Whether a box (screen px) covers or touches the land of a country `which` picks by its id: with
   * it, names are kept to their own country (`readsAsOwn`); the obstacles are then the markers, by
   * whose centres a name is told apart.
   */
  readonly land?: Land;
}

/**
 * Where a country's name is placed from (screen px): beside its marker (`spot`) while the marker sits
 * at its country, its target of `radius` still covering its pin (its point, or for a country outside
 * the view its pin at the edge, pointing the way); else at its point, where the name must touch its land.
 */
export function nameAnchor(
  point: readonly [number, number],
  pin: readonly [number, number],
  spot: readonly [number, number] | undefined,
  radius: number,
): Pick<LabelCandidate, 'x' | 'y' | 'clearance' | 'marker'> {
  const marker = !!spot && Math.hypot(spot[0] - pin[0], spot[1] - pin[1]) <= radius;
  const [x, y] = marker ? spot : point;
  return {x, y, clearance: marker ? radius : 3, marker};
}

/** Full-width characters: kana, kanji, fullwidth forms (and what lies beyond them). */
export const FULL_WIDTH = /[\u2e80-\u{10ffff}]/u;

/**
 * Where nothing measures the names (no canvas), a width no name exceeds in an ordinary font: one em
 * a character. Fewer names fit than when measured, but two never overlap.
 */
export function textWidth(text: string, size: number): number {
  return [...text].length * size;
}

const overlaps = (a: Box, b: Box) => a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];
const inside = (a: Box, b: Box) => a[0] >= b[0] && a[1] >= b[1] && a[2] <= b[2] && a[3] <= b[3];
/** Shifts of a name written across its country (in name widths and lines), nearest first. */
const ACROSS = [0, 0.5, -0.5]
  .flatMap((dx) => [0, 1, -1, 2, -2, 3, -3].map((dy) => [dx, dy]))
  .sort((a, b) => Math.hypot(a[0] * 4, a[1]) - Math.hypot(b[0] * 4, b[1]));
/** How far a point lies from a box (0 inside it). */
const distance = (b: Box, x: number, y: number) =>
  Math.sqrt(Math.max(b[0] - x, 0, x - b[2]) ** 2 + Math.max(b[1] - y, 0, y - b[3]) ** 2);

/**
 * Whether a name of `c` drawn in `line` (its text's line box) reads as its country's: it covers no
 * other country's land, and its `ink` (the text's advance, one em tall about the line's middle: what
 * lies surely under its letters) touches its own country's land, or (beside its marker) every other
 * marker is further from the ink than its own, by 2 px at least (a name's width as measured and as
 * drawn differ by about a pixel).
 */
export function readsAsOwn(c: LabelCandidate, line: Box, ink: Box, land: Land, markers: readonly Box[]): boolean {
  const own = distance(ink, c.x, c.y);
  // Beside a marker, no other one as near (its own: the one centred on its point); else touching its land.
  const beside = () =>
    markers.every((m) => {
      const [x, y] = [(m[0] + m[2]) / 2, (m[1] + m[3]) / 2];
      return Math.abs(x - c.x) + Math.abs(y - c.y) < 1 || distance(ink, x, y) > own + 2;
    });
  if (c.marker ? !beside() : !land(ink, (id) => id === c.land)) return false;
  return !land(line, (id) => id !== c.land);
}

/**
 * Labels for `candidates`, taken in the given order (most important first): each at the first of
 * its positions that stays inside `bounds`, clear of the names already placed and of the obstacles,
 * and (given `land`) reads as its country's. Deterministic, so names do not jump between renders.
 */
export function placeLabels(candidates: readonly LabelCandidate[], options: LabelOptions): PlacedLabel[] {
  const {
    size,
    bounds,
    obstacles,
    padding = 3,
    measure = (text: string) => textWidth(text, size),
    fullWidth,
    land,
  } = options;
  const placed: PlacedLabel[] = [];
  const taken: Box[] = [...obstacles];
  for (const c of candidates) {
    const w = measure(c.text);
    // The line box: Japanese fallback fonts have tall ones (23 px at 12 px in Firefox), Latin fonts do not.
    const height = size * (fullWidth || FULL_WIDTH.test(c.text) ? 2 : 1.25);
    // The halo and the glyphs' side bearings reach past the measured advance (further in Firefox).
    const gap = c.clearance + padding + 2;
    // Right of the point first, as cartographers prefer, then left, above, below, and the corners;
    // a corner keeps the full gap both ways: the point's marker is a square obstacle, not a circle.
    // A name with no marker may also be written across its country, as names of areas are: centred on
    // its point or the middle of its largest outline (Malaysia's is on Borneo, its point in Kuala
    // Lumpur), else shifted by half names and whole lines, nearest first, while it touches its land.
    const positions: (readonly [number, number, PlacedLabel['anchor']])[] = [
      [c.x + gap, c.y, 'start'],
      [c.x - gap, c.y, 'end'],
      [c.x, c.y - gap - height / 2, 'middle'],
      [c.x, c.y + gap + height / 2, 'middle'],
      [c.x + gap, c.y - gap - height / 2, 'start'],
      [c.x + gap, c.y + gap + height / 2, 'start'],
      [c.x - gap, c.y - gap - height / 2, 'end'],
      [c.x - gap, c.y + gap + height / 2, 'end'],
      ...(land && !c.marker
        ? [
            [c.x, c.y],
            ...(c.middle && Math.hypot(c.middle[0] - c.x, c.middle[1] - c.y) > height ? [c.middle] : []),
          ].flatMap(([x, y]) => ACROSS.map(([dx, dy]) => [x + dx * w, y + dy * height, 'middle'] as const))
        : []),
    ];
    for (const [x, y, anchor] of positions) {
      const left = anchor === 'start' ? x : anchor === 'end' ? x - w : x - w / 2;
      const box: Box = [left - padding, y - height / 2 - padding, left + w + padding, y + height / 2 + padding];
      if (!inside(box, bounds) || taken.some((t) => overlaps(box, t))) continue;
      // The name's box but a pixel: its line and what a browser reports around it (Firefox: 20 px at 12 px).
      const line: Box = [box[0] + 1, box[1] + 1, box[2] - 1, box[3] - 1];
      const ink: Box = [left, y - size / 2, left + w, y + size / 2];
      if (land && !readsAsOwn(c, line, ink, land, obstacles)) continue;
      placed.push({id: c.id, text: c.text, x, y, anchor, box});
      taken.push(box);
      break;
    }
  }
  return placed;
}
