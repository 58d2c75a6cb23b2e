/**
 * Which initiative cells of a closed category keep a cell of their own, and which merge into one
 * "N more" cell (issue 19): with a partner's thousands of records a category's row holds hundreds
 * of cells, each a sliver no pointer or finger can hit. A cell narrower than a 24 px target (WCAG
 * 2.5.8) does not stand alone: the first cells, in document order, keep theirs while they and the
 * merged rest are all at least that wide. The bundled data merges nothing at any width a plot is
 * drawn at (its narrowest cell is ~26 px in a 200 px plot). Pure: no lit, no DOM
 * (`test/unit/pillars-merge.test.ts`).
 */

/** The smallest target, in CSS pixels (WCAG 2.5.8 Target Size (Minimum)). */
export const MIN_TARGET = 24;

/**
 * A closed category's row grows with its weight up to this many units, then stops: 10,000 records
 * would make it metres tall. The bundled data's heaviest category weighs 11, below it: unchanged.
 */
export const MAX_ROW_UNITS = 12;

/**
 * How many of `weights`' cells, from the first, keep a cell of their own in a row `width` wide with
 * `gap` between cells: all of them when every cell is at least `min` wide; else the most that leave
 * each kept cell and the one merged cell (the weight of the rest) at least `min` wide, possibly
 * none. A row narrower than `min` merges nothing: no cell there could be a target anyway.
 */
export function keptCells(weights: readonly number[], width: number, gap: number, min = MIN_TARGET): number {
  const n = weights.length;
  const total = weights.reduce((a, b) => a + b, 0);
  if (n === 0 || total <= 0 || width < min) return n;
  const free = (k: number) => Math.max(0, width - gap * k);
  // Every cell on its own: the narrowest is the lightest.
  if ((Math.min(...weights) * free(n - 1)) / total >= min) return n;
  // k kept cells and one merged: kept widths fall and the merged cell narrows as k grows, so the
  // first k that fails ends the search.
  let k = 0;
  let lightest = Infinity;
  let kept = 0;
  while (k < n - 1) {
    const w = weights[k];
    const scale = free(k + 1) / total;
    const next = Math.min(lightest, w);
    if (next * scale < min || (total - kept - w) * scale < min) break;
    lightest = next;
    kept += w;
    k++;
  }
  return k;
}

/** A closed category's row height: its weight in units, at least `minRow`, at most `MAX_ROW_UNITS` units. */
export const rowHeight = (weight: number, unit: number, minRow: number): number =>
  Math.max(minRow, unit * Math.min(weight, MAX_ROW_UNITS));
