/**
 * The tree `<foip-pillars>` draws, priority area → category → initiative, each node weighed by its
 * initiatives and the items of the document's map that illustrate them, and what each priority
 * area counts. Pure: no lit, no DOM (`test/unit/pillars-layout.test.ts`).
 */
import {itemPillars, type DatasetIndex} from '../data/queries.js';
import type {Dataset, PillarId} from '../data/types.js';

import {mapPlaces} from './map-places.js';

/**
 * `more`: the cell that stands for a closed category's initiatives too many to draw as targets of
 * their own (pillars-merge.ts); it is in a drawn tree only, never in a dataset's.
 */
export type NodeKind = 'pillar' | 'category' | 'initiative' | 'more';

/** A node of the tree. `key` is unique across kinds and safe as a DOM id: `pillar-1`, `category-<id>`, `initiative-<id>`. */
export interface StructureNode {
  readonly key: string;
  readonly kind: NodeKind;
  /** The record's own id: the pillar number as a string, or the category or initiative id. */
  readonly id: string;
  readonly pillar: PillarId;
  readonly depth: 1 | 2 | 3;
  /** `more`: the keys of the initiatives it stands for, in document order. */
  readonly merged?: readonly string[];
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
export const moreKey = (categoryId: string): string => `more-${categoryId}`;

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
