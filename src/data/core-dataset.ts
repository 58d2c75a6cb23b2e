/**
 * The bundled edition without its long texts (see text-split.ts), for widgets that show
 * structure, names and titles only (the map). Its `text` and `summary` fields are empty strings.
 */
import {coreDataset} from './generated/foip-core.js';
import {DatasetIndex, deepFreeze} from './queries.js';

let index: DatasetIndex | undefined;

export function coreIndex(): DatasetIndex {
  return (index ??= new DatasetIndex(deepFreeze(coreDataset)));
}
