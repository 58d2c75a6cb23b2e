/**
 * What the views of `<foip-pillars>` (`tree-view.ts`, `wheel-view.ts`, `detail-view.ts`) render
 * from: the element builds one per render, and each view adds what only it needs.
 */
import type {DatasetIndex} from '../../data/queries.js';
import type {Locale, PillarId} from '../../data/types.js';
import type {Selection} from '../../layout/pillar-tree.js';
import type {NodeGeometry, PillarLayout} from '../../layout/pillars-geometry.js';
import type {PillarCounts, Structure} from '../../layout/pillars-structure.js';

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
