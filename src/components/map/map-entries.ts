/**
 * The entries of the map's tooltip lists (a place's own, its partnerships, a region's group): each
 * an initiative or a map item, with the glyphs of its priority areas (both of a two-area item, as
 * Indonesia's LNG, ①, with geothermal, ②) and its text. One template for every list that shows them.
 */
import {html} from 'lit';
import type {TemplateResult} from 'lit';

import {itemPillars, type DatasetIndex} from '../../data/queries.js';
import type {Locale, MapItem, PillarId} from '../../data/types.js';

export interface ListEntry {
  readonly pillars: readonly PillarId[];
  readonly text: string;
}

export function initiativeEntry(index: DatasetIndex, locale: Locale, id: string): ListEntry {
  const {pillar, title} = index.initiatives.get(id)!;
  return {pillars: [pillar], text: title[locale]};
}

export function itemEntry(locale: Locale, item: MapItem): ListEntry {
  return {pillars: itemPillars(item), text: item.text[locale]};
}

/** The `<li>`s of a tooltip list: the glyphs are hidden from screen readers, which hear the text. */
export function entryItems(index: DatasetIndex, entries: readonly ListEntry[]): TemplateResult[] {
  return entries.map(
    ({pillars, text}) =>
      html`<li data-pillar=${pillars.join(' ')}>
        <span class="glyph" aria-hidden="true">${pillars.map((p) => index.pillars.get(p)!.glyph).join('')}</span>${text}
      </li>`,
  );
}
