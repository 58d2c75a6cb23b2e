/**
 * Sectors of the radial layout as SVG: a path with even gaps, and a centroid for a glyph. Pure: no
 * lit, no DOM (`test/unit/pillars-layout.test.ts`).
 */
import {round} from './pillars-geometry.js';
import type {Arc} from './pillars-geometry.js';

const f = (n: number): string => String(Math.round(n * 100) / 100);

/**
 * The SVG path of a sector around (cx, cy), with a constant `gap` in pixels between neighbours
 * (d3-shape's `arc` pads by angle, which narrows gaps towards the centre; it also weighs ten times
 * this function). Empty for a sector without area.
 */
export function arcPath({a0, a1, r0, r1}: Arc, cx: number, cy: number, gap = 1.5): string {
  const span = a1 - a0;
  if (!(span > 0) || !(r1 > r0) || r1 <= 0) return '';
  const at = (r: number, a: number) => `${f(cx + r * Math.sin(a))},${f(cy - r * Math.cos(a))}`;
  if (span >= 2 * Math.PI - 1e-6) {
    // A whole ring: two half circles each way, as one arc command cannot start and end at the same point.
    return (
      `M${at(r1, 0)}A${f(r1)},${f(r1)} 0 1 1 ${at(r1, Math.PI)}A${f(r1)},${f(r1)} 0 1 1 ${at(r1, 0)}` +
      (r0 > 0 ? `M${at(r0, 0)}A${f(r0)},${f(r0)} 0 1 0 ${at(r0, Math.PI)}A${f(r0)},${f(r0)} 0 1 0 ${at(r0, 0)}` : '') +
      'Z'
    );
  }
  const pad = (r: number) => (r > 0 ? Math.min(span / 2, gap / 2 / r) : span / 2);
  const po = pad(r1);
  const pi = pad(r0);
  const outer = span - 2 * po > Math.PI ? 1 : 0;
  const innerLarge = span - 2 * pi > Math.PI ? 1 : 0;
  return (
    `M${at(r1, a0 + po)}A${f(r1)},${f(r1)} 0 ${outer} 1 ${at(r1, a1 - po)}` +
    `L${at(r0, a1 - pi)}` +
    (r0 > 0 && span - 2 * pi > 0 ? `A${f(r0)},${f(r0)} 0 ${innerLarge} 0 ${at(r0, a0 + pi)}` : '') +
    'Z'
  );
}

/** The centroid of a sector, for a glyph or a label. */
export function arcCentroid({a0, a1, r0, r1}: Arc, cx: number, cy: number): [number, number] {
  const a = (a0 + a1) / 2;
  const r = (r0 + r1) / 2;
  return [round(cx + r * Math.sin(a)), round(cy - r * Math.cos(a))];
}
