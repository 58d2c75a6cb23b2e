/** The bundled edition, frozen, and the index the widgets share. */
import {rawDataset} from './generated/foip-data.js';
import {DatasetIndex, deepFreeze} from './queries.js';
import type {Dataset} from './types.js';

export const dataset: Dataset = deepFreeze(rawDataset);

/** Queries over the bundled edition; elements given a `data` override build their own. */
export const bundledIndex = new DatasetIndex(dataset);
