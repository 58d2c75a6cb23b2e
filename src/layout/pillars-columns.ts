/**
 * The columns layout of `<foip-pillars>`: a plot per priority area, its categories stacked as
 * blocks, each with a title band over a row of initiative cells sized by weight; an open category
 * turns its cells into one full-width row per initiative, tall enough for its title. Pure: no lit,
 * no DOM (`test/unit/pillars-layout.test.ts`).
 */
import {openKeys} from './pillar-tree.js';
import {box, round} from './pillars-geometry.js';
import {MAX_ROW_UNITS, rowHeight} from './pillars-merge.js';
import type {Box, Layout, LayoutOptions, NodeGeometry} from './pillars-geometry.js';
import type {Structure} from './pillars-structure.js';

/** Lengths of the columns layout, in CSS pixels (pillars-merge.ts reads a row's width from them). */
export const COLUMN = {band: 44, unit: 8, row: 44, rowUnit: 10, minRow: 24, gap: 8, pad: 5, cellGap: 3};

/** Three columns of category blocks, a plot per priority area; all lengths in CSS pixels, rounded to 1/100. */
export function columns(structure: Structure, options: LayoutOptions): Layout {
  const w = Math.max(0, options.width);
  const unit = options.unit ?? COLUMN.unit;
  const label = options.label ?? {w: 96, h: 36};
  const {gap, pad, cellGap, minRow, rowUnit} = COLUMN;
  const open = openKeys(structure, options.selection);
  const expanded = (key: string) => options.expanded?.has(key) ?? true;
  const geometry = new Map<string, NodeGeometry>();
  // A node's rectangle, whether its title is drawn in it, whether it is open and whether drawn.
  const place = (key: string, b: Box, labelled: boolean, isOpen: boolean, drawn: boolean) =>
    geometry.set(key, {key, box: b, arc: null, labelled, open: isOpen, shown: drawn});
  const plots: Record<string, number> = {};
  const inner = Math.max(0, w - 2 * pad);

  for (const pKey of structure.pillars) {
    const pillar = structure.byKey.get(pKey)!;
    const shown = expanded(pKey);
    let y = 0;
    for (const cKey of pillar.children) {
      const category = structure.byKey.get(cKey)!;
      const isOpen = open.has(cKey);
      const kids = category.children.map((k) => structure.byKey.get(k)!);
      const cells = shown && expanded(cKey);
      // The band holds the whole title, wrapped: two lines at least, so that short titles line up.
      const band = Math.max(options.band ?? COLUMN.band, options.bands?.[cKey] ?? 0);
      let h: number;
      if (cells && isOpen) {
        // Open: one row per initiative, full width, its height growing with its weight and its title.
        let ry = band;
        for (const kid of kids) {
          // A "more" row weighs all it stands for: it stops growing where a category's row does.
          const units = Math.min(kid.weight, MAX_ROW_UNITS);
          const rh = Math.max(options.row ?? COLUMN.row, rowUnit * units, options.rows?.[kid.key] ?? 0);
          const b = box(pad, y + ry, inner, rh);
          place(kid.key, b, b.w >= label.w && b.h >= label.h, true, true);
          ry += rh + cellGap;
        }
        h = (kids.length ? ry - cellGap : band) + pad;
      } else {
        // Closed: a row of cells; the row's height grows with the category's weight, a cell's width
        // with its own. Collapsed (or in a collapsed pillar): no cells, the title only.
        const rh = cells && kids.length ? rowHeight(category.weight, unit, minRow) : 0;
        const free = Math.max(0, inner - cellGap * Math.max(0, kids.length - 1));
        let x = pad;
        for (const kid of kids) {
          const cw = rh && category.weight > 0 ? (free * kid.weight) / category.weight : 0;
          // A closed cell carries no title: the tip shows it; open rows do.
          place(kid.key, box(x, y + band, cw, rh), false, false, cells);
          x += cw + cellGap;
        }
        h = band + rh + pad;
      }
      place(cKey, box(0, y, w, h), w >= 64, isOpen, shown);
      y += h + gap;
    }
    const height = shown && pillar.children.length ? y - gap : 0;
    plots[pKey] = round(height);
    place(pKey, box(0, 0, w, height), true, open.has(pKey), true);
  }
  return {
    layout: 'columns',
    width: round(w),
    height: round(Math.max(0, ...Object.values(plots))),
    plots,
    nodes: structure.nodes.map((n) => geometry.get(n.key)!),
  };
}
