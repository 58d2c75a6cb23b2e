/**
 * Country names on the map, placed so that no two overlap and none covers a marker. Greedy, as
 * cartographers' point labelling usually is: the most important places choose first, each takes
 * the first free position around its point (right, left, above, below, then the corners), and a
 * name with no free position is left out; the country stays named in its tooltip, the listbox and
 * the table.
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

/**
 * Labels for `candidates`, taken in the given order (most important first): each at the first of
 * its eight positions that stays inside `bounds` and clear of the names already placed and of the
 * obstacles. Deterministic, so names do not jump between renders.
 */
export function placeLabels(candidates: readonly LabelCandidate[], options: LabelOptions): PlacedLabel[] {
  const {size, bounds, obstacles, padding = 3, measure = (text: string) => textWidth(text, size), fullWidth} = options;
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
    const positions: [number, number, PlacedLabel['anchor']][] = [
      [c.x + gap, c.y, 'start'],
      [c.x - gap, c.y, 'end'],
      [c.x, c.y - gap - height / 2, 'middle'],
      [c.x, c.y + gap + height / 2, 'middle'],
      [c.x + gap, c.y - gap - height / 2, 'start'],
      [c.x + gap, c.y + gap + height / 2, 'start'],
      [c.x - gap, c.y - gap - height / 2, 'end'],
      [c.x - gap, c.y + gap + height / 2, 'end'],
    ];
    for (const [x, y, anchor] of positions) {
      const left = anchor === 'start' ? x : anchor === 'end' ? x - w : x - w / 2;
      const box: Box = [left - padding, y - height / 2 - padding, left + w + padding, y + height / 2 + padding];
      if (!inside(box, bounds) || taken.some((t) => overlaps(box, t))) continue;
      placed.push({id: c.id, text: c.text, x, y, anchor, box});
      taken.push(box);
      break;
    }
  }
  return placed;
}
