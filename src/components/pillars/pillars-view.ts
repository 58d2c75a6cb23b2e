/**
 * What the views of `<foip-pillars>` (`tree-view.ts`, `wheel-view.ts`, `detail-view.ts`) render
 * from: the element builds one per render, and each view adds what only it needs.
 */
import type {DatasetIndex} from '../../data/queries.js';
import type {Locale, PillarId} from '../../data/types.js';
import type {Selection} from '../../layout/pillar-tree.js';
import type {NodeGeometry, PillarLayout} from '../../layout/pillars-geometry.js';
import {pillarCounts, pillarStructure} from '../../layout/pillars-structure.js';
import type {PillarCounts, Structure} from '../../layout/pillars-structure.js';

/** A dataset's tree and counts, built once per dataset (the bundled edition or a page's `data`). */
interface Model {
  readonly structure: Structure;
  readonly counts: ReadonlyMap<PillarId, PillarCounts>;
}
const models = new WeakMap<DatasetIndex, Model>();
export function model(index: DatasetIndex): Model {
  let m = models.get(index);
  if (!m) models.set(index, (m = {structure: pillarStructure(index.data), counts: pillarCounts(index)}));
  return m;
}

/** The key of the drawn node an event came from (its `data-key`), looking no further out than the listener. */
export function keyOf(event: Event): string | null {
  for (const el of event.composedPath()) {
    if (el === event.currentTarget) break;
    const key = (el as HTMLElement).dataset?.key;
    if (key) return key;
  }
  return null;
}

export interface PillarsView {
  readonly index: DatasetIndex;
  readonly locale: Locale;
  readonly layout: PillarLayout;
  readonly structure: Structure;
  readonly counts: ReadonlyMap<PillarId, PillarCounts>;
  /** What is open. */
  readonly selection: Selection;
  /** The deepest selected item (`aria-selected`). */
  readonly selectedKey: string | null;
  /** The geometry the drawing moves to, by node key: which nodes are open, titled and drawn. */
  readonly geometry: ReadonlyMap<string, NodeGeometry>;
}
