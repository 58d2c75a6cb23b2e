/**
 * Which initiative cells of a closed category keep a cell of their own, and which merge into one
 * "N more" cell (issue 19): with a partner's thousands of records a category's row holds hundreds
 * of cells, each a sliver no pointer or finger can hit. A cell narrower than a 24 px target (WCAG
 * 2.5.8) does not stand alone: the first cells, in document order, keep theirs while they and the
 * merged rest are all at least that wide. The bundled data merges nothing at any width a plot is
 * drawn at (its narrowest cell is ~26 px in a 200 px plot). Pure: no lit, no DOM
 * (`test/unit/pillars-merge.test.ts`).
 */
import {COLUMN} from './pillars-columns.js';
import {moreKey} from './pillars-structure.js';
import type {Structure, StructureNode} from './pillars-structure.js';

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

/**
 * The tree as drawn in plots `width` wide: in each closed category whose cells would not all be
 * targets, the initiatives past the kept ones give way to one `more` node (weighing what they
 * weigh, so every size above it stays). Open categories (`open`: their rows are full width) and a
 * tree with nothing to merge are left as they are: the same object back. `width` 0 (not yet
 * measured) is taken as `FIRST_WIDTH`, so that a first draw never lays out thousands of slivers.
 */
export function mergeCells(structure: Structure, width: number, open: ReadonlySet<string>): Structure {
  const inner = Math.max(0, (width || FIRST_WIDTH) - 2 * COLUMN.pad);
  const replaced = new Map<string, StructureNode>();
  const dropped = new Set<string>();
  for (const node of structure.nodes) {
    if (node.kind !== 'category' || open.has(node.key) || node.children.length < 2) continue;
    const kids = node.children.map((k) => structure.byKey.get(k)!);
    const k = keptCells(
      kids.map((kid) => kid.weight),
      inner,
      COLUMN.cellGap,
    );
    if (k === kids.length) continue;
    const rest = kids.slice(k);
    const more: StructureNode = {
      key: moreKey(node.id),
      kind: 'more',
      id: node.id,
      pillar: node.pillar,
      depth: 3,
      parent: node.key,
      children: [],
      merged: rest.map((kid) => kid.key),
      initiatives: rest.length,
      mapItems: rest.reduce((n, kid) => n + kid.mapItems, 0),
      weight: rest.reduce((n, kid) => n + kid.weight, 0),
    };
    replaced.set(node.key, {...node, children: [...node.children.slice(0, k), more.key]});
    replaced.set(more.key, more);
    for (const kid of rest) dropped.add(kid.key);
  }
  if (replaced.size === 0) return structure;
  // Depth first, as the layouts read it: the more node after the category's last kept initiative,
  // or right after the category where none is kept.
  const nodes: StructureNode[] = [];
  const moreOf = (category: StructureNode) => replaced.get(category.children.at(-1)!)!;
  for (const node of structure.nodes) {
    if (dropped.has(node.key)) continue;
    const category = replaced.get(node.key);
    nodes.push(category ?? node);
    if (category?.children.length === 1) nodes.push(moreOf(category));
    const parent = node.parent ? replaced.get(node.parent) : undefined;
    if (parent && parent.children.at(-2) === node.key) nodes.push(moreOf(parent));
  }
  return {...structure, nodes, byKey: new Map(nodes.map((n) => [n.key, n]))};
}

/** The plot width a tree is merged for before the element has measured its own: a phone's column. */
export const FIRST_WIDTH = 320;
