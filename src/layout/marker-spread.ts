/**
 * Markers pushed apart until no two overlap. At 320 px the Pacific's small states sit a few pixels
 * from each other, and a marker half under another is a target the pointer cannot fully reach
 * (WCAG 2.5.8 counts only the uncovered part). The map draws a leader line from a moved marker
 * to its place. Pure: no DOM, no lit; plane units in and out.
 */

export interface MarkerSeed {
  readonly id: string;
  /** Where the marker belongs (its country's point, or its pin at the view's edge). */
  readonly x: number;
  readonly y: number;
}

/** [x0, y0, x1, y1]: the box marker centres must stay in. */
export type SpreadBounds = readonly [number, number, number, number];

/**
 * Positions for `seeds` with every two centres at least `distance` apart, inside `bounds`,
 * moved no more than needed: pairs closer than `distance` are pushed apart along the line between
 * them, repeatedly, until none is (or `maxRounds` pass). Deterministic: the same input gives the
 * same layout, so markers do not jump between renders.
 */
export function spreadMarkers(
  seeds: readonly MarkerSeed[],
  distance: number,
  bounds: SpreadBounds,
  maxRounds = 200,
): Map<string, readonly [number, number]> {
  const [x0, y0, x1, y1] = bounds;
  const xs = seeds.map((s) => Math.min(x1, Math.max(x0, s.x)));
  const ys = seeds.map((s) => Math.min(y1, Math.max(y0, s.y)));
  for (let round = 0; round < maxRounds; round++) {
    let moved = false;
    for (let i = 0; i < seeds.length; i++) {
      for (let j = i + 1; j < seeds.length; j++) {
        let dx = xs[j] - xs[i];
        let dy = ys[j] - ys[i];
        let d = Math.hypot(dx, dy);
        if (d >= distance) continue;
        moved = true;
        if (d < 1e-9) {
          // Two markers on one point: part them along a direction fixed by their order (golden angle).
          const angle = j * 2.399963;
          [dx, dy, d] = [Math.cos(angle), Math.sin(angle), 1];
        }
        // Each moves half the shortfall, a hair more so the pair ends apart, not at the limit.
        const push = ((distance - d) / 2 / d) * 1.001;
        xs[i] = Math.min(x1, Math.max(x0, xs[i] - dx * push));
        ys[i] = Math.min(y1, Math.max(y0, ys[i] - dy * push));
        xs[j] = Math.min(x1, Math.max(x0, xs[j] + dx * push));
        ys[j] = Math.min(y1, Math.max(y0, ys[j] + dy * push));
      }
    }
    if (!moved) break;
  }
  return new Map(seeds.map((s, i) => [s.id, [xs[i], ys[i]] as const]));
}
