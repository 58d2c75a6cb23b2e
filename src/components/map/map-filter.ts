/**
 * The places the map shows for its priority-area filter, kept between renders: the filter's places
 * and summary, made once per filter for the current data and language, and every place of any
 * filter in paint order (the places layer's slots). The element says what changed; the rules are
 * src/layout (map-places.ts, map-placement.ts).
 */
import type {DatasetIndex} from '../../data/queries.js';
import type {Locale, PillarId} from '../../data/types.js';
import type {ViewBox} from '../../geo/planar.js';
import {paintOrder} from '../../layout/map-placement.js';
import type {MapSummary} from '../../layout/map-places.js';
import {filteredPlaces} from './map-layers.js';
import type {DrawnPlace, Filtered} from './map-layers.js';

/** What an update changed. */
export interface FilterChange {
  /** The shown places are other arrays: markers and names are placed again. */
  readonly places: boolean;
  /** New data or language: the slots are new, to be put in paint order. */
  readonly slots: boolean;
  /** The filter is not the one last shown (its summary is news to a screen reader). */
  readonly filter: boolean;
}

export class MapFilter {
  /** The filter's places, in the dataset's order. */
  places: DrawnPlace[] = [];
  /** The priority areas shown, in order; empty for all. */
  pillars: readonly PillarId[] = [];
  summary?: MapSummary;
  /** The accessible description, made with the places, not per render: tooltips and focus re-render often. */
  summaryText = '';
  /**
   * Every place of any filter, in paint order: the places layer keeps a node for each and hides
   * those a filter leaves out, so a filter change re-creates no outline (nor re-parses its path data).
   */
  slots: DrawnPlace[] = [];
  /**
   * Places and summary per pillar filter, for the current data and language: going back to a filter
   * re-renders from the same arrays (no new labels, and the places layer sees what it drew before).
   */
  readonly #byFilter = new Map<string, Filtered>();
  /** The filter last shown (its `#byFilter` key). */
  #key?: string;
  /** Places are made for valid input only: after a bad-input message they are out of date. */
  stale = true;

  /** Shows `pillars`; `fresh` when the data or the language changed (or the places are stale). */
  update(index: DatasetIndex, locale: Locale, pillars: readonly PillarId[], fresh: boolean): FilterChange {
    fresh ||= this.stale;
    if (fresh) this.#byFilter.clear();
    this.stale = false;
    const key = pillars.join(' ');
    const filtered = filteredPlaces(this.#byFilter, index, locale, pillars);
    const change = {places: filtered.places !== this.places, slots: fresh, filter: key !== this.#key};
    ({places: this.places, summary: this.summary, summaryText: this.summaryText} = filtered);
    this.pillars = pillars;
    this.#key = key;
    if (fresh) this.slots = filteredPlaces(this.#byFilter, index, locale, []).places;
    return change;
  }

  /** Every marker painted above every outline: markers come and go with the scale. */
  order(marked: (place: DrawnPlace) => boolean, base: ViewBox): void {
    this.slots = paintOrder(this.slots, marked, base);
  }

  /** A shown place by its code. */
  find(iso3: string): DrawnPlace | undefined {
    return this.places.find((p) => p.iso3 === iso3);
  }
}
