/**
 * The geometry of `<foip-pillars>`: the tree priority area → category → initiative, sized by
 * initiatives and the map items that illustrate them, laid out as three columns of category
 * blocks or as a sunburst. Both layouts come from one `d3-hierarchy` hierarchy, so they agree on
 * every size. Pure and deterministic: no lit, no DOM; the same input gives the same numbers, in
 * Node as in a browser (`test/unit/pillars-layout.test.ts`).
 */
import {hierarchy, partition} from 'd3-hierarchy';
import type {HierarchyNode} from 'd3-hierarchy';

import {itemPillars, type DatasetIndex} from '../data/queries.js';
import type {Dataset, PillarId} from '../data/types.js';

import {mapPlaces} from './map-places.js';

export const PILLAR_LAYOUTS = ['columns', 'radial'] as const;
export type PillarLayout = (typeof PILLAR_LAYOUTS)[number];

export type NodeKind = 'pillar' | 'category' | 'initiative';

/** A node of the tree. `key` is unique across kinds and safe as a DOM id: `pillar-1`, `category-<id>`, `initiative-<id>`. */
export interface StructureNode {
  readonly key: string;
  readonly kind: NodeKind;
  /** The record's own id: the pillar number as a string, or the category or initiative id. */
  readonly id: string;
  readonly pillar: PillarId;
  readonly depth: 1 | 2 | 3;
  readonly parent: string | null;
  readonly children: readonly string[];
  /** Initiatives at or under the node. */
  readonly initiatives: number;
  /** Map items linked to those initiatives. */
  readonly mapItems: number;
  /** What sizes the node: one per initiative plus one per map item that illustrates it. */
  readonly weight: number;
}

export interface Structure {
  /** Every node, depth first in document order. */
  readonly nodes: readonly StructureNode[];
  readonly byKey: ReadonlyMap<string, StructureNode>;
  /** Keys of the pillars, in order. */
  readonly pillars: readonly string[];
}

export const pillarKey = (id: PillarId | number): string => `pillar-${id}`;
export const categoryKey = (id: string): string => `category-${id}`;
export const initiativeKey = (id: string): string => `initiative-${id}`;

/** Builds the tree from a dataset: pillars, their categories and their initiatives, in document order. */
export function pillarStructure(data: Dataset): Structure {
  const linked = new Map<string, number>();
  for (const entry of data.mapEntries) {
    for (const item of entry.items) {
      if (item.initiative) linked.set(item.initiative, (linked.get(item.initiative) ?? 0) + 1);
    }
  }
  const nodes: StructureNode[] = [];
  for (const pillar of data.pillars) {
    const pKey = pillarKey(pillar.id);
    const categories = data.categories.filter((c) => c.pillar === pillar.id);
    const pNode = {
      key: pKey,
      kind: 'pillar',
      id: String(pillar.id),
      pillar: pillar.id,
      depth: 1,
      parent: null,
      children: categories.map((c) => categoryKey(c.id)),
      initiatives: 0,
      mapItems: 0,
      weight: 0,
    } satisfies StructureNode;
    nodes.push(pNode);
    for (const category of categories) {
      const cKey = categoryKey(category.id);
      const initiatives = data.initiatives.filter((i) => i.category === category.id);
      const cNode = {
        key: cKey,
        kind: 'category',
        id: category.id,
        pillar: pillar.id,
        depth: 2,
        parent: pKey,
        children: initiatives.map((i) => initiativeKey(i.id)),
        initiatives: initiatives.length,
        mapItems: 0,
        weight: 0,
      } satisfies StructureNode;
      nodes.push(cNode);
      for (const initiative of initiatives) {
        const mapItems = linked.get(initiative.id) ?? 0;
        nodes.push({
          key: initiativeKey(initiative.id),
          kind: 'initiative',
          id: initiative.id,
          pillar: pillar.id,
          depth: 3,
          parent: cKey,
          children: [],
          initiatives: 1,
          mapItems,
          weight: 1 + mapItems,
        });
        cNode.mapItems += mapItems;
        cNode.weight += 1 + mapItems;
      }
      pNode.initiatives += cNode.initiatives;
      pNode.mapItems += cNode.mapItems;
      pNode.weight += cNode.weight;
    }
  }
  return {
    nodes,
    byKey: new Map(nodes.map((n) => [n.key, n])),
    pillars: nodes.filter((n) => n.depth === 1).map((n) => n.key),
  };
}

/** What a pillar's header and summary sentence say; every number is counted from the dataset. */
export interface PillarCounts {
  readonly categories: number;
  readonly initiatives: number;
  /**
   * Countries and territories its initiatives and its map items are placed in (not regions, not
   * partners): those the map colours for it, so that linked widgets agree.
   */
  readonly countries: number;
  /** Partners its initiatives and its map items name: countries, territories and organisations. */
  readonly partners: number;
  /** Places (labels) of the document's map that carry at least one of its items. */
  readonly places: number;
  /** Items of the document's map that belong to it. */
  readonly mapItems: number;
}

/** Counts per pillar: everything the document attributes to it, on the detail pages and on the map. */
export function pillarCounts(index: DatasetIndex): ReadonlyMap<PillarId, PillarCounts> {
  const {data} = index;
  const counts = new Map<PillarId, PillarCounts>();
  for (const pillar of data.pillars) {
    const initiatives = data.initiatives.filter((i) => i.pillar === pillar.id);
    const partners = new Set(initiatives.flatMap((i) => i.partners));
    let places = 0;
    let mapItems = 0;
    for (const entry of data.mapEntries) {
      const items = entry.items.filter((item) => itemPillars(item).includes(pillar.id));
      if (items.length === 0) continue;
      places += 1;
      mapItems += items.length;
      for (const item of items) for (const p of item.partners) partners.add(p);
    }
    counts.set(pillar.id, {
      categories: data.categories.filter((c) => c.pillar === pillar.id).length,
      initiatives: initiatives.length,
      countries: mapPlaces(index, [pillar.id]).filter((place) => place.count > 0).length,
      partners: partners.size,
      places,
      mapItems,
    });
  }
  return counts;
}

/** What is open: a pillar, or a category (with its pillar). */
export interface Selection {
  readonly pillar?: PillarId | null;
  readonly category?: string | null;
}

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

const COLUMN = {band: 44, unit: 8, row: 44, rowUnit: 10, minRow: 24, gap: 8, pad: 5, cellGap: 3};
/** Radii of the rings as fractions of the wheel's radius: hole, pillars, categories, initiatives. */
export const RINGS = {hole: 0.34, pillar: [0.35, 0.5], category: [0.515, 0.74], initiative: [0.755, 1]} as const;
/** The share of the circle an open pillar takes at least, and an open category of its pillar. */
export const FOCUS = {pillar: 0.5, category: 0.6} as const;

const round = (n: number): number => Math.round(n * 100) / 100;
const box = (x: number, y: number, w: number, h: number): Box => ({x: round(x), y: round(y), w: round(w), h: round(h)});

/** Which nodes are open for a selection: the selected pillar or category, and its ancestors and initiatives. */
function openKeys(structure: Structure, selection: Selection = {}): Set<string> {
  const open = new Set<string>();
  const target = selection.category
    ? structure.byKey.get(categoryKey(selection.category))
    : selection.pillar
      ? structure.byKey.get(pillarKey(selection.pillar))
      : undefined;
  if (!target) return open;
  const mark = (key: string) => {
    const node = structure.byKey.get(key)!;
    open.add(key);
    for (const child of node.children) mark(child);
  };
  mark(target.key);
  for (let up = target.parent; up; up = structure.byKey.get(up)!.parent) open.add(up);
  return open;
}

/** Lays the tree out. Deterministic; all lengths rounded to 1/100 px. */
export function layoutPillars(structure: Structure, options: LayoutOptions): Layout {
  return options.layout === 'radial' ? radial(structure, options) : columns(structure, options);
}

function columns(structure: Structure, options: LayoutOptions): Layout {
  const w = Math.max(0, options.width);
  const unit = options.unit ?? COLUMN.unit;
  const label = options.label ?? {w: 96, h: 36};
  const {gap, pad, cellGap, minRow, rowUnit} = COLUMN;
  const open = openKeys(structure, options.selection);
  const expanded = (key: string) => options.expanded?.has(key) ?? true;
  const geometry = new Map<string, NodeGeometry>();
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
          const rh = Math.max(options.row ?? COLUMN.row, rowUnit * kid.weight, options.rows?.[kid.key] ?? 0);
          const b = box(pad, y + ry, inner, rh);
          geometry.set(kid.key, {
            key: kid.key,
            box: b,
            arc: null,
            labelled: b.w >= label.w && b.h >= label.h,
            open: true,
            shown: true,
          });
          ry += rh + cellGap;
        }
        h = (kids.length ? ry - cellGap : band) + pad;
      } else {
        // Closed: a row of cells; the row's height grows with the category's weight, a cell's width
        // with its own. Collapsed (or in a collapsed pillar): no cells, the title only.
        const rh = cells && kids.length ? Math.max(minRow, unit * category.weight) : 0;
        const free = Math.max(0, inner - cellGap * Math.max(0, kids.length - 1));
        let x = pad;
        for (const kid of kids) {
          const cw = rh && category.weight > 0 ? (free * kid.weight) / category.weight : 0;
          // A closed cell carries no title: the tip shows it; open rows do.
          geometry.set(kid.key, {
            key: kid.key,
            box: box(x, y + band, cw, rh),
            arc: null,
            labelled: false,
            open: false,
            shown: cells,
          });
          x += cw + cellGap;
        }
        h = band + rh + pad;
      }
      geometry.set(cKey, {key: cKey, box: box(0, y, w, h), arc: null, labelled: w >= 64, open: isOpen, shown});
      y += h + gap;
    }
    const height = shown && pillar.children.length ? y - gap : 0;
    plots[pKey] = round(height);
    geometry.set(pKey, {
      key: pKey,
      box: box(0, 0, w, height),
      arc: null,
      labelled: true,
      open: open.has(pKey),
      shown: true,
    });
  }
  return {
    layout: 'columns',
    width: round(w),
    height: round(Math.max(0, ...Object.values(plots))),
    plots,
    nodes: structure.nodes.map((n) => geometry.get(n.key)!),
  };
}

interface Datum {
  readonly key: string;
  readonly weight: number;
  readonly children: Datum[];
}

/** Multiplies `node`'s value so that it takes at least `share` of its parent (when the others are not empty). */
function focusFactor(node: HierarchyNode<Datum>, share: number): number {
  const total = node.parent?.value ?? 0;
  const own = node.value ?? 0;
  const rest = total - own;
  if (own <= 0 || rest <= 0 || own / total >= share) return 1;
  return (share / (1 - share)) * (rest / own);
}

function radial(structure: Structure, options: LayoutOptions): Layout {
  const size = Math.max(0, options.width);
  const radius = size / 2;
  const open = openKeys(structure, options.selection);
  const toDatum = (key: string): Datum => {
    const node = structure.byKey.get(key)!;
    return {key, weight: node.weight, children: node.children.map(toDatum)};
  };
  const root = hierarchy<Datum>({key: '', weight: 0, children: structure.pillars.map(toDatum)});
  const leafWeight = (d: Datum) => (d.children.length ? 0 : d.weight);
  root.sum(leafWeight);

  // Focus and context: the open category gets a larger share of its pillar, then the open pillar
  // a larger share of the circle (in that order, so the category's growth does not undo the pillar's).
  const selection = options.selection ?? {};
  const factors = new Map<string, number>();
  const resum = () => {
    const boost = new Map<string, number>();
    root.each((node) =>
      boost.set(
        node.data.key,
        (node.parent ? boost.get(node.parent.data.key)! : 1) * (factors.get(node.data.key) ?? 1),
      ),
    );
    root.sum((d) => leafWeight(d) * boost.get(d.key)!);
  };
  const steps = [
    {depth: 2, share: FOCUS.category, when: Boolean(selection.category)},
    {depth: 1, share: FOCUS.pillar, when: Boolean(selection.pillar || selection.category)},
  ];
  for (const {depth, share, when} of steps) {
    if (!when) continue;
    for (const node of root.descendants()) {
      if (node.depth === depth && open.has(node.data.key)) factors.set(node.data.key, focusFactor(node, share));
    }
    resum();
  }

  const laid = partition<Datum>().size([2 * Math.PI, 1])(root);
  const shown = (node: HierarchyNode<Datum>) =>
    node.ancestors().every((up) => up === node || up.depth === 0 || (options.expanded?.has(up.data.key) ?? true));
  const rings = [null, RINGS.pillar, RINGS.category, RINGS.initiative] as const;
  const geometry = new Map<string, NodeGeometry>();
  for (const node of laid.descendants()) {
    const ring = rings[node.depth];
    if (!ring) continue;
    const arc: Arc = {a0: round(node.x0), a1: round(node.x1), r0: round(ring[0] * radius), r1: round(ring[1] * radius)};
    const mid = (arc.a0 + arc.a1) / 2;
    const rm = (arc.r0 + arc.r1) / 2;
    const side = Math.max(0, Math.min(arc.r1 - arc.r0, (arc.a1 - arc.a0) * rm) * 0.7);
    const cx = radius + rm * Math.sin(mid);
    const cy = radius - rm * Math.cos(mid);
    geometry.set(node.data.key, {
      key: node.data.key,
      box: box(cx - side / 2, cy - side / 2, side, side),
      arc,
      labelled: false,
      open: open.has(node.data.key),
      shown: shown(node),
    });
  }
  const plots = Object.fromEntries(structure.pillars.map((k) => [k, round(size)]));
  return {
    layout: 'radial',
    width: round(size),
    height: round(size),
    plots,
    nodes: structure.nodes.map((n) => geometry.get(n.key)!),
  };
}

const lerp = (a: number, b: number, t: number): number => a + (b - a) * t;
const lerpBox = (a: Box, b: Box, t: number): Box => ({
  x: lerp(a.x, b.x, t),
  y: lerp(a.y, b.y, t),
  w: lerp(a.w, b.w, t),
  h: lerp(a.h, b.h, t),
});
const lerpArc = (a: Arc, b: Arc, t: number): Arc => ({
  a0: lerp(a.a0, b.a0, t),
  a1: lerp(a.a1, b.a1, t),
  r0: lerp(a.r0, b.r0, t),
  r1: lerp(a.r1, b.r1, t),
});

/**
 * A function of t ∈ [0, 1] that gives `from` at 0 and `to` at 1, moving every box and sector in
 * between (the tween a D3 transition would run). Layouts of different kinds, or of nodes that
 * `from` lacks, snap to `to`. Labels and open state take `to`'s values at once.
 */
export function interpolateLayouts(from: Layout, to: Layout): (t: number) => Layout {
  if (from.layout !== to.layout) return () => to;
  const before = new Map(from.nodes.map((n) => [n.key, n]));
  return (t) => {
    if (t >= 1) return to;
    return {
      ...to,
      width: lerp(from.width, to.width, t),
      height: lerp(from.height, to.height, t),
      plots: Object.fromEntries(Object.entries(to.plots).map(([k, v]) => [k, lerp(from.plots[k] ?? v, v, t)])),
      nodes: to.nodes.map((n) => {
        const a = before.get(n.key);
        if (!a) return n;
        return {...n, box: lerpBox(a.box, n.box, t), arc: a.arc && n.arc ? lerpArc(a.arc, n.arc, t) : n.arc};
      }),
    };
  };
}

/** Cubic in-out easing, as d3-ease's `easeCubicInOut` (not imported: one line against half a kilobyte). */
export const easeCubicInOut = (t: number): number => ((t *= 2) <= 1 ? t * t * t : (t -= 2) * t * t + 2) / 2;

const f = (n: number): string => String(Math.round(n * 100) / 100);

/**
 * The SVG path of a sector around (cx, cy), with a constant `gap` in pixels between neighbours
 * (d3-shape's `arc` pads by angle, which narrows gaps towards the centre; it also weighs ten times
 * this function). Empty for a sector without area.
 */
export function arcPath({a0, a1, r0, r1}: Arc, cx: number, cy: number, gap = 1.5): string {
  const span = a1 - a0;
  if (!(span > 0) || !(r1 > r0) || r1 <= 0) return '';
  const at = (r: number, a: number) => `${f(cx + r * Math.sin(a))},${f(cy - r * Math.cos(a))}`;
  if (span >= 2 * Math.PI - 1e-6) {
    // A whole ring: two half circles each way, as one arc command cannot start and end at the same point.
    return (
      `M${at(r1, 0)}A${f(r1)},${f(r1)} 0 1 1 ${at(r1, Math.PI)}A${f(r1)},${f(r1)} 0 1 1 ${at(r1, 0)}` +
      (r0 > 0 ? `M${at(r0, 0)}A${f(r0)},${f(r0)} 0 1 0 ${at(r0, Math.PI)}A${f(r0)},${f(r0)} 0 1 0 ${at(r0, 0)}` : '') +
      'Z'
    );
  }
  const pad = (r: number) => (r > 0 ? Math.min(span / 2, gap / 2 / r) : span / 2);
  const po = pad(r1);
  const pi = pad(r0);
  const outer = span - 2 * po > Math.PI ? 1 : 0;
  const innerLarge = span - 2 * pi > Math.PI ? 1 : 0;
  return (
    `M${at(r1, a0 + po)}A${f(r1)},${f(r1)} 0 ${outer} 1 ${at(r1, a1 - po)}` +
    `L${at(r0, a1 - pi)}` +
    (r0 > 0 && span - 2 * pi > 0 ? `A${f(r0)},${f(r0)} 0 ${innerLarge} 0 ${at(r0, a0 + pi)}` : '') +
    'Z'
  );
}

/** The centroid of a sector, for a glyph or a label. */
export function arcCentroid({a0, a1, r0, r1}: Arc, cx: number, cy: number): [number, number] {
  const a = (a0 + a1) / 2;
  const r = (r0 + r1) / 2;
  return [round(cx + r * Math.sin(a)), round(cy - r * Math.cos(a))];
}
