/**
 * The bundled edition, in its two parts (text-split.ts): the core (structure, names, titles, map
 * items), which every widget ships, and the long texts (initiative texts, concepts, features,
 * pillar summaries), which only the entries that show them bring, by importing dataset.ts. The map
 * and the country page ship without them; a card defined by the country page shows its long text
 * once an entry that brings it loads (`whenText`). Built on first use, not at import.
 */
import {coreDataset} from './generated/foip-core.js';
import {DatasetIndex, deepFreeze} from './queries.js';
import {withText} from './text-split.js';
import type {DatasetText} from './text-split.js';

let core: DatasetIndex | undefined;
let whole: DatasetIndex | undefined;
let text: DatasetText | undefined;
const waiting = new Set<() => void>();

/** The bundled edition without its long texts: its `text` and `summary` fields are empty strings. */
export function coreIndex(): DatasetIndex {
  return (core ??= new DatasetIndex(deepFreeze(coreDataset)));
}

/** The bundled edition with its long texts, if an entry on the page has brought them; else undefined. */
export function wholeIndex(): DatasetIndex | undefined {
  return text && (whole ??= new DatasetIndex(deepFreeze(withText(coreDataset, text))));
}

/** Brings the long texts (dataset.ts does, for the entries that show them) and calls whoever waits for them. */
export function provideText(texts: DatasetText): void {
  if (text) return;
  text = texts;
  for (const callback of waiting) callback();
  waiting.clear();
}

/** Calls `callback` once the long texts are there: now, or when an entry brings them. */
export function whenText(callback: () => void): void {
  if (text) callback();
  else waiting.add(callback);
}
