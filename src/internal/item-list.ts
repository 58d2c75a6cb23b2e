/** Map items as a list, each with the glyphs of the areas it spans: for the widgets that list what the map shows. */
import {css, html} from 'lit';
import type {TemplateResult} from 'lit';

import type {MapItemRef} from '../data/coverage.js';
import {itemPillars} from '../data/queries.js';
import type {DatasetIndex} from '../data/queries.js';
import type {Locale} from '../data/types.js';
import {pillarName} from './pillar-label.js';

/** The items, in the order given. */
export function itemList(index: DatasetIndex, locale: Locale, items: readonly MapItemRef[]): TemplateResult {
  return html`<ul class="items" part="items">
    ${items.map(
      ({item}) =>
        html`<li>
          ${itemPillars(item).map((p) => {
            const pillar = index.pillars.get(p)!;
            return html`<span class="glyph" data-pillar=${p}
              ><span aria-hidden="true">${pillar.glyph}</span
              ><span class="visually-hidden">${pillarName(pillar)}</span></span
            > `;
          })}${item.text[locale]}
        </li>`,
    )}
  </ul>`;
}

/** The list's styles: items one under another, each led by its glyphs. */
export const itemListStyles = css`
  .items {
    display: grid;
    gap: 0.375em;
    margin: 0;
    padding-inline-start: 0;
    list-style: none;
  }
  .items .glyph {
    min-inline-size: 1.5em;
    min-block-size: 1.5em;
    font-size: 0.875em;
  }
`;
