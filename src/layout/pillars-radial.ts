/**
 * The radial layout of `<foip-pillars>`: a sunburst of three rings (priority areas, categories,
 * initiatives) from one `d3-hierarchy` partition, so that it agrees with the columns on every
 * weight; the open priority area and category take a larger share (focus and context). Pure: no
 * lit, no DOM (`test/unit/pillars-layout.test.ts`).
 */
import {hierarchy, partition} from 'd3-hierarchy';
import type {HierarchyNode} from 'd3-hierarchy';

import {openKeys} from './pillar-tree.js';
import {box, round} from './pillars-geometry.js';
import type {Arc, Layout, LayoutOptions, NodeGeometry} from './pillars-geometry.js';
import type {Structure, StructureNode} from './pillars-structure.js';

/** Radii of the rings as fractions of the wheel's radius: hole, pillars, categories, initiatives. */
export const RINGS = {hole: 0.34, pillar: [0.35, 0.5], category: [0.515, 0.74], initiative: [0.755, 1]} as const;
/** The share of the circle an open pillar takes at least, and an open category of its pillar. */
export const FOCUS = {pillar: 0.5, category: 0.6} as const;

/** What the hierarchy is built from: the structure's nodes, under a root of the pillars. */
type Datum = Pick<StructureNode, 'key' | 'weight' | 'children'>;

/** Multiplies `node`'s value so that it takes at least `share` of its parent (when the others are not empty). */
function focusFactor(node: HierarchyNode<Datum>, share: number): number {
  const total = node.parent?.value ?? 0;
  const own = node.value ?? 0;
  const rest = total - own;
  if (own <= 0 || rest <= 0 || own / total >= share) return 1;
  return (share / (1 - share)) * (rest / own);
}

/** A sunburst: rings of priority areas, categories and initiatives, the open ones given a larger share. */
export function radial(structure: Structure, options: LayoutOptions): Layout {
  const size = Math.max(0, options.width);
  const radius = size / 2;
  const open = openKeys(structure, options.selection);
  const root = hierarchy<Datum>({key: '', weight: 0, children: structure.pillars}, (d) =>
    d.children.map((key) => structure.byKey.get(key)!),
  );
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
