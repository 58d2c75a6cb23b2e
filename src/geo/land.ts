/**
 * Whose land a box covers, read from the path data the map draws (scripts/geo/shapes.ts), so a name can
 * be kept over its own country and off every other. Exact: a box covers a shape's land where one of
 * its outlines meets the box or the box lies inside it (even-odd, as the map fills). Nothing is
 * added to the bundle's geometry: the path data (~5,300 points) is read once a page, when names are
 * first placed, into runs of a few edges binned in a coarse grid; a question about a box looks at
 * the few runs near it, of the shapes it asks about, and stops at the first answer.
 * Pure: no DOM, no lit.
 */
import type {CountryShape} from './planar.js';

/** `[x0, y0, x1, y1]` in plane units. */
export type PlaneBox = readonly [number, number, number, number];

/** Whether `box` covers or touches the land of a shape whose id `which` picks. */
export type LandQuery = (box: PlaneBox, which: (id: string) => boolean) => boolean;

/** A run of a ring's edges: its points from index `i` to `j` of the ring's x, y pairs, and their extent `[x0, y0, x1, y1]`. */
interface Run {
  readonly i: number;
  readonly j: number;
  readonly e: number[];
}

interface Ring {
  readonly id: string;
  /** Absolute x, y pairs, the first point repeated last. */
  readonly p: number[];
  readonly runs: Run[];
  /** Its extent, `[x0, y0, x1, y1]`. */
  readonly e: number[];
  /** The question that last looked at it: a ring sits in every cell its extent touches. */
  q: number;
}

/** Edges in a run: a box or a ray passes most runs by their extent. */
const RUN = 12;
/** Grid cells (plane units) the rings are binned in: a name's box meets a few cells, each a few rings. */
const CELL = 64;

/** The extent `[x0, y0, x1, y1]` of the x, y pairs of `p` from index `i` to `j`. */
function extent(p: number[], i: number, j: number): number[] {
  const e = [p[i], p[i + 1], p[i], p[i + 1]];
  for (let k = i; k < j; k += 2) {
    e[0] = Math.min(e[0], p[k]);
    e[1] = Math.min(e[1], p[k + 1]);
    e[2] = Math.max(e[2], p[k]);
    e[3] = Math.max(e[3], p[k + 1]);
  }
  return e;
}

/** Calls `f` with the key of every grid cell a box touches. */
function cells([x0, y0, x1, y1]: readonly number[], f: (key: number) => void): void {
  for (let c = Math.floor(x0 / CELL); c <= x1 / CELL; c++) {
    for (let r = Math.floor(y0 / CELL); r <= y1 / CELL; r++) f(r * 99 + c);
  }
}

/** Every ring of a shape's path data (`M x y l dx dy … z`) as absolute x, y pairs, the first point repeated last. */
export function rings(d: string): number[][] {
  return d
    .split('M')
    .slice(1)
    .map((ring) => {
      const n = ring.match(/-?(?:\d+\.?\d*|\.\d+)/gu)!.map(Number);
      for (let i = 2; i < n.length; i++) n[i] += n[i - 2];
      n.push(n[0], n[1]);
      return n;
    });
}

/**
 * `[x0, y0, x1, y1]` of the largest ring of a shape's path data (the first of equal ones), which a
 * view frames to show the country: read when first asked, so the geometry ships no bounds.
 */
export function largestRingBounds(d: string): [number, number, number, number] {
  let largest = -1;
  let bounds: number[] = [];
  for (const p of rings(d)) {
    let area = 0;
    for (let k = 2; k < p.length; k += 2) area += p[k - 2] * p[k + 1] - p[k] * p[k - 1];
    if (Math.abs(area) > largest) [largest, bounds] = [Math.abs(area), extent(p, 0, p.length)];
  }
  return bounds as [number, number, number, number];
}

/**
 * The land of `shapes`, to ask of a box whether it covers or touches the land of the shapes a
 * predicate picks (the undetermined land is a shape too: it is no country's).
 */
export function landIndex(shapes: readonly CountryShape[]): LandQuery {
  const grid = new Map<number, Ring[]>();
  for (const {id, d} of shapes) {
    for (const p of rings(d)) {
      const runs: Run[] = [];
      for (let i = 0; i < p.length - 2; i += 2 * RUN) {
        const j = Math.min(p.length, i + 2 * RUN + 2);
        runs.push({i, j, e: extent(p, i, j)});
      }
      const ring = {id, p, runs, e: extent(p, 0, p.length), q: 0};
      const {e} = ring;
      // Islets quantized to a point or a line (Christmas Island, the Chagos) fill nothing: no land.
      if (e[0] < e[2] && e[1] < e[3]) cells(e, (key) => (grid.get(key) ?? grid.set(key, []).get(key)!).push(ring));
    }
  }
  let question = 0;
  return ([x0, y0, x1, y1], which) => {
    const odd = new Set<string>();
    let met = false;
    question++;
    cells([x0, y0, x1, y1], (key) => {
      for (const ring of grid.get(key) ?? []) {
        const {id, p, runs, e} = ring;
        if (met || ring.q === question || e[0] > x1 || e[2] < x0 || e[1] > y1 || e[3] < y0 || !which(id)) continue;
        ring.q = question;
        // Only a ring around the box's corner can hold it: else a ray crosses it an even number of times.
        const around = e[0] <= x0 && e[1] <= y0;
        for (const {i, j, e: r} of runs) {
          // A ray from the box's corner to the east crosses the run, or the run meets the box.
          const ray = around && r[1] <= y0 && r[3] >= y0 && r[2] > x0;
          if (!ray && (r[0] > x1 || r[2] < x0 || r[1] > y1 || r[3] < y0)) continue;
          for (let k = i + 2; k < j; k += 2) {
            const ax = p[k - 2];
            const ay = p[k - 1];
            const bx = p[k];
            const by = p[k + 1];
            // The ray crosses the edge: an odd count, the corner is inside.
            if (ray && ay > y0 !== by > y0 && ax + ((y0 - ay) / (by - ay)) * (bx - ax) > x0 && !odd.delete(id))
              odd.add(id);
            if (Math.max(ax, bx) < x0 || Math.min(ax, bx) > x1 || Math.max(ay, by) < y0 || Math.min(ay, by) > y1)
              continue;
            // The edge meets the box where the box's corners are not all on one side of it.
            const side = (x: number, y: number) => (bx - ax) * (y - ay) - (by - ay) * (x - ax);
            const sides = [side(x0, y0), side(x1, y0), side(x0, y1), side(x1, y1)];
            if (Math.min(...sides) <= 0 && Math.max(...sides) >= 0) met = true;
          }
        }
      }
    });
    return met || odd.size > 0;
  };
}
