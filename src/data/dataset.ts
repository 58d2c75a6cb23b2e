/** The bundled edition, whole and frozen, and the index the text widgets share. */
import {coreDataset} from './generated/foip-core.js';
import {datasetText} from './generated/foip-text.js';
import {DatasetIndex, deepFreeze} from './queries.js';
import {withText} from './text-split.js';
import type {Dataset} from './types.js';

export const dataset: Dataset = deepFreeze(withText(coreDataset, datasetText));

/** Queries over the bundled edition; elements given a `data` override build their own. */
export const bundledIndex = new DatasetIndex(dataset);
