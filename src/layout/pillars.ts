/**
 * The geometry of `<foip-pillars>`: lays the tree out as three columns of category blocks
 * (`pillars-columns.ts`) or as a sunburst (`pillars-radial.ts`), and moves between two layouts.
 * Both layouts come from one structure (`pillars-structure.ts`), so they agree on every size.
 * Pure and deterministic: no lit, no DOM; the same input gives the same numbers, in Node as in a
 * browser (`test/unit/pillars-layout.test.ts`).
 */
import {columns} from './pillars-columns.js';
import type {Arc, Box, Layout, LayoutOptions} from './pillars-geometry.js';
import {radial} from './pillars-radial.js';
import type {Structure} from './pillars-structure.js';

/** Lays the tree out. Deterministic; all lengths rounded to 1/100 px. */
export function layoutPillars(structure: Structure, options: LayoutOptions): Layout {
  return options.layout === 'radial' ? radial(structure, options) : columns(structure, options);
}

const lerp = (a: number, b: number, t: number): number => a + (b - a) * t;
const lerpBox = (a: Box, b: Box, t: number): Box => ({
  x: lerp(a.x, b.x, t),
  y: lerp(a.y, b.y, t),
  w: lerp(a.w, b.w, t),
  h: lerp(a.h, b.h, t),
});
const lerpArc = (a: Arc, b: Arc, t: number): Arc => ({
  a0: lerp(a.a0, b.a0, t),
  a1: lerp(a.a1, b.a1, t),
  r0: lerp(a.r0, b.r0, t),
  r1: lerp(a.r1, b.r1, t),
});

/**
 * A function of t ∈ [0, 1] that gives `from` at 0 and `to` at 1, moving every box and sector in
 * between (the tween a D3 transition would run). Layouts of different kinds, or of nodes that
 * `from` lacks, snap to `to`. Labels and open state take `to`'s values at once.
 */
export function interpolateLayouts(from: Layout, to: Layout): (t: number) => Layout {
  if (from.layout !== to.layout) return () => to;
  const before = new Map(from.nodes.map((n) => [n.key, n]));
  return (t) => {
    if (t >= 1) return to;
    return {
      ...to,
      width: lerp(from.width, to.width, t),
      height: lerp(from.height, to.height, t),
      plots: Object.fromEntries(Object.entries(to.plots).map(([k, v]) => [k, lerp(from.plots[k] ?? v, v, t)])),
      nodes: to.nodes.map((n) => {
        const a = before.get(n.key);
        if (!a) return n;
        return {...n, box: lerpBox(a.box, n.box, t), arc: a.arc && n.arc ? lerpArc(a.arc, n.arc, t) : n.arc};
      }),
    };
  };
}

/** Cubic in-out easing, as d3-ease's `easeCubicInOut` (not imported: one line against half a kilobyte). */
export const easeCubicInOut = (t: number): number => ((t *= 2) <= 1 ? t * t * t : (t -= 2) * t * t + 2) / 2;
