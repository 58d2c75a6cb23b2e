/**
 * `<foip-partners>`'s picture as geometry: a partner × format matrix. Each format is a column and
 * each partner a row, Japan's row on top; a format's partners are dots joined by one line down from
 * Japan's, so a set of four reads as one thing, not six pairs. Chosen over formats drawn as arcs
 * around Japan: at 320 px the matrix keeps every name horizontal and whole (rows wrap; columns are
 * 1.5 rem), at 1,200 px it stays a compact block with the names beside it, and it grows by rows and
 * columns, never by crossings. Positions are grid cells (rows and columns), which CSS grid places
 * at any width; the same data gives the same grid (no simulation). Pure: no DOM, no lit.
 */

/** What the grid is made from: partners in row order, formats in column order. */
export interface GridInput {
  readonly partners: readonly {readonly id: string; readonly kind: string}[];
  readonly formats: readonly {readonly id: string; readonly partners: readonly string[]; readonly records: number}[];
}

/** A place the keyboard can be: a partner's name (`column` -1), a format's head (`row` -1), or a dot. */
export interface Target {
  readonly row: number;
  readonly column: number;
}

export interface PartnersGrid {
  /** Rows in order: partner ids. Japan's row is drawn above them and is not a target. */
  readonly rows: readonly string[];
  /** The row where the organisations start (after the countries and territories), or -1 when none. */
  readonly organisationsFrom: number;
  /** Columns in order: format ids. */
  readonly columns: readonly string[];
  /** Per column, the partners' rows in order. */
  readonly members: readonly (readonly number[])[];
  /** Per column, the height of its bar: its records against the most any format has (0–1). */
  readonly bars: readonly number[];
}

export function partnersGrid({partners, formats}: GridInput): PartnersGrid {
  const rows = partners.map((p) => p.id);
  const rowOf = new Map(rows.map((id, i) => [id, i]));
  const most = Math.max(1, ...formats.map((f) => f.records));
  return {
    rows,
    organisationsFrom: partners.findIndex((p) => p.kind === 'organisation'),
    columns: formats.map((f) => f.id),
    members: formats.map((f) =>
      f.partners
        .map((p) => rowOf.get(p))
        .filter((r): r is number => r !== undefined)
        .sort((a, b) => a - b),
    ),
    bars: formats.map((f) => f.records / most),
  };
}

/** Whether `row` is a partner in `column`. */
export const isMember = (grid: PartnersGrid, row: number, column: number): boolean =>
  grid.members[column]?.includes(row) ?? false;

/** The columns `row` has dots in, in order. */
export const columnsOf = (grid: PartnersGrid, row: number): number[] =>
  grid.columns.map((_, c) => c).filter((c) => isMember(grid, row, c));

/** Whether `target` is a place of `grid`: a partner's name, a format's head or a dot. */
export function inGrid(grid: PartnersGrid, {row, column}: Target): boolean {
  if (row >= grid.rows.length || column >= grid.columns.length || (row < 0 && column < 0)) return false;
  return row < 0 || column < 0 || isMember(grid, row, column);
}

export const KEYS = ['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End'] as const;
export type Key = (typeof KEYS)[number];

/**
 * Where `key` moves from `at`, along the picture: right and left from dot to dot along a partner's
 * row (left of its first dot, its name), up and down from dot to dot along a format's line (above
 * its top dot, its head); between names and between heads, to the next. Home and End: the row's or
 * the heads' first and last. Where nothing lies that way, it stays.
 */
export function move(grid: PartnersGrid, at: Target, key: Key): Target {
  const {row, column} = at;
  const last = <T>(list: readonly T[]) => list[list.length - 1];
  if (row === -1) {
    // The formats' heads, side by side.
    const heads = grid.columns.length - 1;
    if (key === 'ArrowLeft') return {row, column: Math.max(0, column - 1)};
    if (key === 'ArrowRight') return {row, column: Math.min(heads, column + 1)};
    if (key === 'Home') return {row, column: 0};
    if (key === 'End') return {row, column: heads};
    if (key === 'ArrowDown') return {row: grid.members[column][0] ?? row, column};
    return at;
  }
  const dots = columnsOf(grid, row);
  if (column === -1) {
    // The partners' names, one above another.
    if (key === 'ArrowUp') return {row: Math.max(0, row - 1), column};
    if (key === 'ArrowDown') return {row: Math.min(grid.rows.length - 1, row + 1), column};
    if (key === 'ArrowRight' || key === 'Home') return dots.length ? {row, column: dots[0]} : at;
    if (key === 'End') return dots.length ? {row, column: last(dots)} : at;
    return at;
  }
  const line = grid.members[column];
  switch (key) {
    case 'ArrowRight':
      return {row, column: dots.find((c) => c > column) ?? column};
    case 'ArrowLeft':
      return {row, column: last(dots.filter((c) => c < column)) ?? -1};
    case 'ArrowDown':
      return {row: line.find((r) => r > row) ?? row, column};
    case 'ArrowUp':
      return {row: last(line.filter((r) => r < row)) ?? -1, column};
    case 'Home':
      return {row, column: -1};
    case 'End':
      return {row, column: last(dots)};
  }
}

/** The id of a target's element, for `aria-activedescendant`. */
export function targetId({row, column}: Target): string {
  if (row === -1) return `format-${column}`;
  return column === -1 ? `partner-${row}` : `dot-${row}-${column}`;
}

/**
 * The part of a column's line a partner's cell draws: the line runs from Japan's dot down to the
 * format's last partner, so it passes `through` the cells above that one and `end`s in its dot.
 */
export function lineAt(grid: PartnersGrid, row: number, column: number): 'through' | 'end' | null {
  const line = grid.members[column];
  const bottom = line[line.length - 1] ?? -1;
  return row < bottom ? 'through' : row === bottom ? 'end' : null;
}
