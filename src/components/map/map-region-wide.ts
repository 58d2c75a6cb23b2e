/**
 * What the map's tooltip and table show of a place's region-wide items: one group per region, named
 * by its heading ("Covered as a member of ASEAN (region-wide items)"), then the region's initiatives
 * and its own map items, never mixed into the place's own list (src/data/coverage.ts decides which).
 */
import {html} from 'lit';
import type {TemplateResult} from 'lit';

import type {DatasetIndex} from '../../data/queries.js';
import type {Locale} from '../../data/types.js';
import {coveredText} from '../../internal/region-wide.js';
import type {MapPlace} from '../../layout/map-places.js';
import {entryItems, initiativeEntry, itemEntry} from './map-entries.js';

/**
 * A group per region covering `place`: `role="group"` named by its heading, so a screen reader says
 * which region the items are of before reading them. `where` sets the look and the ids (`tooltip`
 * lists show each entry's priority area glyph, as the tooltip's other lists do).
 */
export function regionWideGroups(
  index: DatasetIndex,
  locale: Locale,
  place: MapPlace,
  where: 'tooltip' | 'table',
): TemplateResult[] {
  return place.regionWide.map(({region, initiatives, items}) => {
    const entries = [
      ...initiatives.map((id) => initiativeEntry(index, locale, id)),
      ...items.map(({item}) => itemEntry(locale, item)),
    ];
    const id = `${where}-${place.iso3}-${region}`;
    return html`<div class="region-wide" role="group" aria-labelledby=${id} data-region=${region}>
      <p class=${where === 'tooltip' ? 'tooltip-sub' : 'region-heading'} id=${id}>${coveredText(index, [region])}</p>
      <ul class=${where === 'tooltip' ? 'tooltip-list' : 'region-list'}>
        ${where === 'tooltip' ? entryItems(index, entries) : entries.map(({text}) => html`<li>${text}</li>`)}
      </ul>
    </div>`;
  });
}
