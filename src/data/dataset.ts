/**
 * The bundled edition, whole and frozen, and the index the text widgets share. Built on first
 * use, not at import: a page that loads every widget pays for the data only when one renders.
 */
import {coreDataset} from './generated/foip-core.js';
import {datasetText} from './generated/foip-text.js';
import {DatasetIndex, deepFreeze} from './queries.js';
import {withText} from './text-split.js';

let index: DatasetIndex | undefined;

/** Queries over the bundled edition; elements given a `data` override build their own. */
export function bundledIndex(): DatasetIndex {
  return (index ??= new DatasetIndex(deepFreeze(withText(coreDataset, datasetText))));
}
