/**
 * Which pages of its source a set of records cites. A partner's own records may cite none: then
 * there are no pages, and no widget may print the document's. Pure: no DOM, no lit.
 */
import type {SourceRef} from './types.js';

/** One page, a range [first, last], or undefined when no record cites a page. */
export type Pages = number | readonly [number, number];

/** The pages `records` cite, from the first to the last; records without a `source` add none. */
export function citedPages(records: Iterable<{readonly source?: SourceRef}>): Pages | undefined {
  let first = Infinity;
  let last = -Infinity;
  for (const {source} of records) {
    if (!source) continue;
    first = Math.min(first, source.page);
    last = Math.max(last, source.page);
  }
  if (first > last) return undefined;
  return first === last ? first : [first, last];
}
