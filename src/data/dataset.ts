/**
 * The bundled edition, whole and frozen, and the index the text widgets share: importing this
 * module is what brings the long texts into an entry (core-dataset.ts).
 */
// The core, then the texts: a bundle writes modules in this order, and gzip finds the words the two
// share only when they are side by side (bundles 0.4–2.7 kB smaller).
import './generated/foip-core.js';
import {datasetText} from './generated/foip-text.js';
import {provideText, wholeIndex} from './core-dataset.js';
import type {DatasetIndex} from './queries.js';

/** Queries over the bundled edition with its long texts; elements given a `data` override build their own. */
export function bundledIndex(): DatasetIndex {
  provideText(datasetText);
  return wholeIndex()!;
}
