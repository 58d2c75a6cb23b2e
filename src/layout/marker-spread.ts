/**
 * Markers pushed apart until no two overlap. At 320 px the Pacific's small states sit a few pixels
 * from each other, and a marker half under another is a target the pointer cannot fully reach
 * (WCAG 2.5.8 counts only the uncovered part). The map draws a leader line from a moved marker
 * to its place.
 *
 * And pushed off land they must not cover (`KeepOut`): Japan's, drawn or too small to draw. Taiwan's
 * 24 px target, centred on Taipei, covered the Senkaku Islands and Yonaguni at 1,400 px (world view),
 * so a click there selected Taiwan and a hover named it; Korea's could cover Takeshima. A target is
 * moved rather than shrunk: shrunk, it would be under 24 px, and its dot would still be drawn over
 * the islands. Pure: no DOM, no lit; plane units in and out.
 */

export interface MarkerSeed {
  readonly id: string;
  /** Where the marker belongs (its country's point, or its pin at the view's edge). */
  readonly x: number;
  readonly y: number;
}

/** [x0, y0, x1, y1]: the box marker centres must stay in. */
export type SpreadBounds = readonly [number, number, number, number];

/** What no marker's target may cover. */
export interface KeepOut {
  /** Islands too small to draw, as points. */
  readonly points: readonly (readonly [number, number])[];
  /** Outlines of land, each ring as absolute x, y pairs with its first point repeated last (`rings`, src/geo/land.ts). */
  readonly rings: readonly (readonly number[])[];
  /** How far a marker's centre keeps from them: its target's radius and a margin. */
  readonly clearance: number;
}

/** Each ring's extent `[x0, y0, x1, y1]`, found once: the same rings are asked about every round. */
const extents = new WeakMap<readonly number[], readonly number[]>();
function extentOf(p: readonly number[]): readonly number[] {
  let e = extents.get(p);
  if (!e) {
    const xs = p.filter((_, i) => i % 2 === 0);
    const ys = p.filter((_, i) => i % 2 === 1);
    e = [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
    extents.set(p, e);
  }
  return e;
}

/**
 * Where a marker at `[x, y]` goes so that a circle of the clearance around it covers none of
 * `keepOut`: moved straight off the nearest point or coast it covers (out across the coast from
 * inside the land) to the clearance; undefined where it covers none. One step: a marker between two
 * pieces of land may need another (`spreadMarkers` repeats it).
 */
export function clearOf(
  x: number,
  y: number,
  {points, rings, clearance}: KeepOut,
): readonly [number, number] | undefined {
  // Squared distances until the end: this runs for every marker near the land, every round.
  let nearest = Infinity;
  let qx = x;
  let qy = y;
  const near = (px: number, py: number) => {
    const d = (x - px) ** 2 + (y - py) ** 2;
    if (d < nearest) [nearest, qx, qy] = [d, px, py];
  };
  for (const [px, py] of points) near(px, py);
  let inside = false;
  for (const p of rings) {
    // A ring whose extent the circle misses neither holds the marker nor lies under its target.
    const e = extentOf(p);
    if (x < e[0] - clearance || x > e[2] + clearance || y < e[1] - clearance || y > e[3] + clearance) continue;
    for (let k = 2; k < p.length; k += 2) {
      const ax = p[k - 2];
      const ay = p[k - 1];
      const dx = p[k] - ax;
      const dy = p[k + 1] - ay;
      // Even-odd, as the map fills: a ray to the east crosses the edge.
      if (ay > y !== ay + dy > y && x < ax + ((y - ay) / dy) * dx) inside = !inside;
      const t = dx || dy ? Math.min(1, Math.max(0, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy))) : 0;
      near(ax + t * dx, ay + t * dy);
    }
  }
  nearest = Math.sqrt(nearest);
  if (!inside && nearest >= clearance) return undefined;
  // On the very point: off it southwards, a fixed choice, so the layout stays deterministic.
  const [ux, uy] = nearest > 1e-9 ? [(x - qx) / nearest, (y - qy) / nearest] : [0, 1];
  // A hair past the clearance, so the marker ends clear, not at the limit.
  const reach = (inside ? -clearance : clearance) * 1.001;
  return [qx + ux * reach, qy + uy * reach];
}

/**
 * Positions for `seeds` with every two centres at least `distance` apart, inside `bounds`, and
 * each at least the clearance from `keepOut`, moved no more than needed: pairs closer than
 * `distance` are pushed apart along the line between them, and markers off the land they cover,
 * repeatedly, until none is (or `maxRounds` pass). Where both cannot hold, `keepOut` wins: a
 * target over another's land names the wrong country there, two touching targets only share an
 * edge. Deterministic: the same input gives the same layout, so markers do not jump between renders.
 */
export function spreadMarkers(
  seeds: readonly MarkerSeed[],
  distance: number,
  bounds: SpreadBounds,
  keepOut?: KeepOut,
  maxRounds = 200,
): Map<string, readonly [number, number]> {
  const [x0, y0, x1, y1] = bounds;
  const xs = seeds.map((s) => Math.min(x1, Math.max(x0, s.x)));
  const ys = seeds.map((s) => Math.min(y1, Math.max(y0, s.y)));
  /** Where each marker was last found clear. */
  const clearAt = seeds.map(() => [NaN, NaN]);
  /** Moves marker `i` off the land it covers; whether it did. */
  const keepClear = (i: number): boolean => {
    // Found clear where it still is: a crowd parted over many rounds leaves most markers still.
    if (!keepOut || (clearAt[i][0] === xs[i] && clearAt[i][1] === ys[i])) return false;
    const clear = clearOf(xs[i], ys[i], keepOut);
    if (!clear) {
      clearAt[i] = [xs[i], ys[i]];
      return false;
    }
    xs[i] = Math.min(x1, Math.max(x0, clear[0]));
    ys[i] = Math.min(y1, Math.max(y0, clear[1]));
    return true;
  };
  /** Moves every marker off the land it covers; whether any moved. */
  const clearAll = () => seeds.map((_, i) => keepClear(i)).includes(true);
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
    moved = clearAll() || moved;
    if (!moved) break;
  }
  // Rounds run out with a marker hemmed in: it keeps off the land, if not off its neighbour.
  for (let round = 0; round < maxRounds && clearAll(); round++);
  return new Map(seeds.map((s, i) => [s.id, [xs[i], ys[i]] as const]));
}
