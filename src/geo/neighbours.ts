/**
 * Spatial keyboard navigation between places on the map: the arrow keys move to the nearest place
 * in that direction, Home and End to the westernmost and easternmost.
 * Works in screen pixels (y down) on projected points, so it follows what the user sees.
 * Pure and deterministic: ties go to the item that comes first in the list.
 */

export const DIRECTIONS = ['up', 'down', 'left', 'right'] as const;
export type Direction = (typeof DIRECTIONS)[number];

/** Anything with a projected position [x, y] in plane units (a place of the map fits). */
export interface Positioned {
  readonly point: readonly [number, number];
}

export interface NeighbourOptions {
  /** Half-angle of the cone searched around the direction, in degrees; 60 by default. */
  readonly cone?: number;
  /**
   * How much an item off the axis counts as farther away: its distance is multiplied by
   * `1 + anglePenalty × deviation / cone`, so at the cone's edge it counts this much farther. 1 by default.
   */
  readonly anglePenalty?: number;
}

const UNIT: Record<Direction, readonly [number, number]> = {
  up: [0, -1],
  down: [0, 1],
  left: [-1, 0],
  right: [1, 0],
};

/**
 * The nearest item from `from` in the direction, within a cone of ±`cone` degrees around it, scored
 * by distance with a penalty for deviating from the axis; undefined when there is none. Items at
 * the very same point as `from` (and `from` itself) are never chosen.
 */
export function nearestInDirection<T extends Positioned>(
  items: readonly T[],
  from: Positioned,
  direction: Direction,
  options: NeighbourOptions = {},
): T | undefined {
  const cone = ((options.cone ?? 60) * Math.PI) / 180;
  const penalty = options.anglePenalty ?? 1;
  const [ux, uy] = UNIT[direction];
  const [x0, y0] = from.point;
  let best: T | undefined;
  let bestScore = Infinity;
  for (const item of items) {
    if (item === from) continue;
    const dx = item.point[0] - x0;
    const dy = item.point[1] - y0;
    const distance = Math.hypot(dx, dy);
    if (!(distance > 0)) continue;
    // Clamped: rounding can push the cosine a hair past ±1.
    const deviation = Math.acos(Math.min(1, Math.max(-1, (dx * ux + dy * uy) / distance)));
    if (deviation > cone + 1e-9) continue;
    const score = distance * (1 + (penalty * deviation) / cone);
    if (score < bestScore) {
      best = item;
      bestScore = score;
    }
  }
  return best;
}

/** The items from west to east (left to right on screen), then north to south, then in list order. */
export function westToEast<T extends Positioned>(items: readonly T[]): T[] {
  return items
    .map((item, index) => ({item, index}))
    .sort((a, b) => a.item.point[0] - b.item.point[0] || a.item.point[1] - b.item.point[1] || a.index - b.index)
    .map(({item}) => item);
}

/** The item nearest `point` (the first of equals): the keyboard's first stop, nearest Japan. */
export function nearestTo<T extends Positioned>(items: readonly T[], [x, y]: readonly [number, number]): T | undefined {
  let best: T | undefined;
  let bestDistance = Infinity;
  for (const item of items) {
    const distance = Math.hypot(item.point[0] - x, item.point[1] - y);
    if (distance < bestDistance) [best, bestDistance] = [item, distance];
  }
  return best;
}

const KEYS: Record<string, Direction | 'home' | 'end'> = {
  ArrowUp: 'up',
  ArrowDown: 'down',
  ArrowLeft: 'left',
  ArrowRight: 'right',
  Home: 'home',
  End: 'end',
};

/**
 * Where a key press moves the focus: an arrow key to the nearest item in that direction, Home to the
 * westernmost item, End to the easternmost. Undefined for other keys, or when nothing lies that way
 * (the focus stays). The map is geographic, so left stays west in right-to-left documents too.
 */
export function navigationTarget<T extends Positioned>(
  items: readonly T[],
  from: Positioned | undefined,
  key: string,
  options?: NeighbourOptions,
): T | undefined {
  const move = Object.hasOwn(KEYS, key) ? KEYS[key] : undefined;
  if (move === undefined || items.length === 0) return undefined;
  if (move === 'home') return westToEast(items)[0];
  if (move === 'end') return westToEast(items).at(-1);
  return from ? nearestInDirection(items, from, move, options) : undefined;
}
