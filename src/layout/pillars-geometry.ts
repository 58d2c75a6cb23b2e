/**
 * What a layout of `<foip-pillars>` is, whichever kind: a box (and, radial, a sector) for every
 * node of the tree, and whether it is open, titled and drawn. `pillars-columns.ts` and
 * `pillars-radial.ts` make one; `pillars.ts` chooses and tweens between them. Pure: no lit, no DOM.
 */
import type {Selection} from './pillar-tree.js';

export const PILLAR_LAYOUTS = ['columns', 'radial'] as const;
export type PillarLayout = (typeof PILLAR_LAYOUTS)[number];

export interface Box {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

/** An annular sector centred on the layout's centre; angles in radians clockwise from 12 o'clock. */
export interface Arc {
  readonly a0: number;
  readonly a1: number;
  readonly r0: number;
  readonly r1: number;
}

export interface NodeGeometry {
  readonly key: string;
  /**
   * columns: the node's rectangle. A pillar's is its whole plot; a category's and an initiative's
   * are relative to their pillar's plot. radial: a square on the arc's centroid (the focus and
   * pointer target), relative to the wheel.
   */
  readonly box: Box;
  /** radial only: the node's sector. */
  readonly arc: Arc | null;
  /** Whether the node's title is drawn in its box: categories, and the rows of an open category when they fit (columns); radial titles show in the centre instead. */
  readonly labelled: boolean;
  /** Whether the node is shown open: the selected pillar, the selected category, and their initiatives. */
  readonly open: boolean;
  /** Whether the node is drawn: every item above it is expanded (`LayoutOptions.expanded`). */
  readonly shown: boolean;
}

export interface Layout {
  readonly layout: PillarLayout;
  /** columns: the width of one plot (all are equal; they stack when narrow); radial: the wheel's diameter. */
  readonly width: number;
  /** columns: the tallest plot; radial: the diameter. */
  readonly height: number;
  /** columns: the height of each pillar's plot, by pillar key; radial: the diameter for each. */
  readonly plots: Readonly<Record<string, number>>;
  /** In `Structure.nodes` order. */
  readonly nodes: readonly NodeGeometry[];
}

export interface LayoutOptions {
  readonly layout: PillarLayout;
  /** columns: the width of a plot; radial: the wheel's diameter. CSS pixels. */
  readonly width: number;
  readonly selection?: Selection;
  /** columns: height of a category's title band (two lines of its title). */
  readonly band?: number;
  /** columns: pixels of row height per unit of weight, for a closed category's row of cells. */
  readonly unit?: number;
  /** columns: smallest height of an initiative row in an open category (two lines of its title). */
  readonly row?: number;
  /** columns: smallest box in which an initiative's title is shown. */
  readonly label?: {readonly w: number; readonly h: number};
  /**
   * The items whose children are drawn (the tree's expanded items); every item when not given. A
   * collapsed pillar's plot has no height, a collapsed category no cells (columns); the rings
   * beyond a collapsed sector stay empty (radial).
   */
  readonly expanded?: ReadonlySet<string>;
  /** columns: the title band each category needs for its whole title, wrapped (measured); at least `band`. */
  readonly bands?: Readonly<Record<string, number>>;
  /** columns: the height each initiative's open row needs for its whole title, wrapped (measured); at least `row`. */
  readonly rows?: Readonly<Record<string, number>>;
}

/** Every length is rounded to 1/100 px: the same input gives the same numbers, in Node as in a browser. */
export const round = (n: number): number => Math.round(n * 100) / 100;
export const box = (x: number, y: number, w: number, h: number): Box => ({
  x: round(x),
  y: round(y),
  w: round(w),
  h: round(h),
});
