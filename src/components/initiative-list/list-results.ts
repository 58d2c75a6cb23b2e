/**
 * The list's results as templates: a group per priority area, then per category, each a list of
 * cards; with a country, a group per region that covers it as a member, after its own; or the empty
 * state. What goes in each group is decided in src/layout/list-view.ts.
 */
import {html, nothing} from 'lit';
import type {TemplateResult} from 'lit';
import {repeat} from 'lit/directives/repeat.js';

import type {RegionWide} from '../../data/coverage.js';
import type {DatasetIndex} from '../../data/queries.js';
import type {Initiative, Locale} from '../../data/types.js';
import {msg} from '../../i18n/msg.js';
import {heading} from '../../internal/input.js';
import {pillarName} from '../../internal/pillar-label.js';
import {coveredText} from '../../internal/region-wide.js';
import type {PillarGroup} from '../../layout/list-view.js';

/** A card for an initiative in a group (`key`: where it is, as one element is in one place), its title a heading at `level`. */
export type CardFor = (initiative: Initiative, level: number, key: string) => Node;

/**
 * The groups of cards: priority areas and categories, then the regions that cover the country. `level`
 * is the priority areas' heading level; categories and card titles sit one and two below (`heading()` clamps at 6).
 */
export function results(
  index: DatasetIndex,
  locale: Locale,
  level: number,
  card: CardFor,
  groups: readonly PillarGroup[],
  regions: readonly RegionWide[],
): TemplateResult {
  return html`<div part="results" class="results">
    ${repeat(
      groups,
      (g) => g.pillar.id,
      (g) => pillarGroup(g, locale, level, card),
    )}
    ${regions.map((r) => regionGroup(r, index, level, card))}
  </div>`;
}

function pillarGroup({pillar, categories}: PillarGroup, locale: Locale, level: number, card: CardFor): TemplateResult {
  return html`<div class="pillar-group" data-pillar=${pillar.id}>
    ${heading(
      level,
      `pillar-${pillar.id}`,
      html`<span part="group-heading" class="group-heading">
        <span class="glyph" aria-hidden="true">${pillar.glyph}</span>
        <span><span class="visually-hidden">${pillarName(pillar)}</span> ${pillar.title[locale]}</span>
      </span>`,
    )}
    ${repeat(
      categories,
      (c) => c.category?.id ?? '',
      ({category, initiatives}) => {
        const id = `category-${category?.id ?? pillar.id}`;
        return html`<div class="category-group">
          ${
            category
              ? heading(
                  level + 1,
                  id,
                  html`<span part="category-heading" class="category-heading">${category.title[locale]}</span>`,
                )
              : nothing
          }
          <ul class="cards" role="list" aria-labelledby=${category ? id : `pillar-${pillar.id}`}>
            ${repeat(
              initiatives,
              (i) => i.id,
              (i) => html`<li>${card(i, level + 2, i.id)}</li>`,
            )}
          </ul>
        </div>`;
      },
    )}
  </div>`;
}

/**
 * A region's group: a heading at the priority areas' level saying "Covered as a member of ASEAN
 * (region-wide items)", then its initiatives as cards, in document order, their titles one level below.
 */
function regionGroup(
  {region, initiatives}: RegionWide,
  index: DatasetIndex,
  level: number,
  card: CardFor,
): TemplateResult {
  const id = `region-${region}`;
  return html`<div class="region-group" data-region=${region}>
    ${heading(level, id, html`<span part="region-heading" class="region-heading">${coveredText(index, [region])}</span>`)}
    <ul class="cards" role="list" aria-labelledby=${id}>
      ${repeat(
        initiatives,
        (i) => i,
        (i) => html`<li>${card(index.initiatives.get(i)!, level + 1, `${region}/${i}`)}</li>`,
      )}
    </ul>
  </div>`;
}

/** Nothing matches: says so (`none`), and with the controls offers to clear the filters. */
export function emptyState(none: string, clear: (() => void) | undefined): TemplateResult {
  return html`<div part="empty" class="empty">
    <p>${none}</p>
    ${
      clear
        ? html`<button part="clear" class="clear" type="button" @click=${clear}>${msg('Clear filters')}</button>`
        : nothing
    }
  </div>`;
}
