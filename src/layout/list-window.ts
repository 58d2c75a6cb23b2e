/**
 * Which of the list's cards are in the page (issue 19): with a partner's thousands of records the
 * list puts in its tree only the rows of cards in view, plus an overscan, and stands a spacer for
 * the rows above and below; its headings and count stay exact (they are few and always drawn).
 * Rows are grid rows (`columns` cards each) of a section: one category's or one region's list.
 * Also where the keyboard goes from a record (arrows, Home, End) across the sections. Pure: tested
 * in Node (test/unit/list-window.test.ts); ./window-controller.ts measures and applies it.
 */

/** From this many records in the dataset the list draws only what is in view; below it, everything, as before. */
export const WINDOW_FROM = 100;

/** How the rows are laid out: measured in the page, estimated before. */
export interface RowGeometry {
  /** Cards per row (the grid's columns). */
  readonly columns: number;
  /** A row's height, px: the mean of the rows measured. */
  readonly rowHeight: number;
  /** The gap between rows, px. */
  readonly gap: number;
}

/** A run of records drawn (`from` to `to`, exclusive), or a spacer standing for `rows` rows not drawn. */
export type Segment = {readonly from: number; readonly to: number} | {readonly rows: number};

export const rowCount = (size: number, columns: number): number => Math.ceil(size / Math.max(1, columns));

/** The height `rows` rows take with the gaps between them. */
export const rowsHeight = (rows: number, g: RowGeometry): number =>
  rows > 0 ? rows * g.rowHeight + (rows - 1) * g.gap : 0;

/**
 * The rows of a section in view, `[first, end)`: `top` is the section's top edge relative to the
 * viewport's (negative when scrolled past), `viewport` its height, `overscan` px drawn beyond either edge.
 */
export function rowsInView(
  rows: number,
  top: number,
  viewport: number,
  overscan: number,
  g: RowGeometry,
): [number, number] {
  const stride = g.rowHeight + g.gap;
  const from = -top - overscan;
  const to = -top + viewport + overscan;
  if (rows === 0 || to <= 0 || from >= rowsHeight(rows, g)) return [0, 0];
  const first = Math.max(0, Math.floor(from / stride));
  const end = Math.min(rows, Math.max(first + 1, Math.ceil(to / stride)));
  return [first, end];
}

/**
 * What a section of `size` records in rows of `columns` draws: runs of records (`from` to `to`,
 * exclusive) and spacers standing for whole rows not drawn. Every row of `range` is drawn whole;
 * out of it, only the records in `pinned` (the list's first, so a screen reader meets every list; the
 * one with focus, so scrolling away does not lose it), each in its own row.
 */
export function segments(
  size: number,
  columns: number,
  range: readonly [number, number],
  pinned: readonly number[] = [],
): Segment[] {
  const c = Math.max(1, columns);
  const rows = rowCount(size, c);
  const inRange = (r: number) => r >= range[0] && r < range[1];
  const pins = [...new Set(pinned.filter((p) => p >= 0 && p < size))].sort((a, b) => a - b);
  const visit = new Set(pins.map((p) => Math.floor(p / c)));
  for (let r = Math.max(0, range[0]); r < Math.min(rows, range[1]); r++) visit.add(r);
  const out: Segment[] = [];
  const run = (from: number, to: number) => {
    const last = out.at(-1);
    if (last && 'to' in last && last.to === from) out[out.length - 1] = {from: last.from, to};
    else out.push({from, to});
  };
  let next = 0;
  for (const r of [...visit].sort((a, b) => a - b)) {
    if (r > next) out.push({rows: r - next});
    const [start, end] = [r * c, Math.min(size, (r + 1) * c)];
    if (inRange(r)) run(start, end);
    else for (const p of pins) if (p >= start && p < end) run(p, p + 1);
    next = r + 1;
  }
  if (rows > next) out.push({rows: rows - next});
  return out;
}

/** A record's place: its section (in display order) and its index there. */
export interface Position {
  readonly section: number;
  readonly index: number;
}

/** The keys that move between records, and where each goes. */
const MOVES: Record<string, 'next' | 'previous' | 'first' | 'last'> = {
  ArrowDown: 'next',
  ArrowRight: 'next',
  ArrowUp: 'previous',
  ArrowLeft: 'previous',
  Home: 'first',
  End: 'last',
};

/** Whether `key` moves between records. */
export const movesBetweenRecords = (key: string): boolean => Object.hasOwn(MOVES, key);

/**
 * Where `key` moves from `at` in sections of `sizes` records (display order): the next or previous
 * record across sections, the first or the last; undefined for another key, or at either end.
 */
export function move(key: string, at: Position, sizes: readonly number[]): Position | undefined {
  const kind = movesBetweenRecords(key) ? MOVES[key] : undefined;
  const filled = sizes.flatMap((size, section) => (size > 0 ? [section] : []));
  if (!kind || !filled.length) return undefined;
  if (kind === 'first') return {section: filled[0], index: 0};
  if (kind === 'last') return {section: filled.at(-1)!, index: sizes[filled.at(-1)!] - 1};
  if (kind === 'next') {
    if (at.index + 1 < sizes[at.section]) return {section: at.section, index: at.index + 1};
    const after = filled.find((s) => s > at.section);
    return after === undefined ? undefined : {section: after, index: 0};
  }
  if (at.index > 0) return {section: at.section, index: at.index - 1};
  const before = filled.findLast((s) => s < at.section);
  return before === undefined ? undefined : {section: before, index: sizes[before] - 1};
}
