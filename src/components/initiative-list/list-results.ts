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
import {styleProps} from '../../internal/style-props.js';
import type {Initiative, Locale} from '../../data/types.js';
import {msg} from '../../i18n/msg.js';
import {heading} from '../../internal/input.js';
import {pillarName} from '../../internal/pillar-label.js';
import {coveredText} from '../../internal/region-wide.js';
import type {PillarGroup} from '../../layout/list-view.js';
import type {Position, Segment} from '../../layout/list-window.js';

/** A card for an initiative in a group (`key`: where it is, as one element is in one place), its title a heading at `level`. */
export type CardFor = (initiative: Initiative, level: number, key: string) => Node;

/**
 * Which cards of each section (a category's list or a region's, numbered in display order) are drawn:
 * all of them, or with a partner's thousands (`windowed`, ./window-controller.ts) the rows in view,
 * spacers standing for the rest.
 */
export interface Rows {
  readonly windowed: boolean;
  /** The record the keyboard is on: the one tab stop. */
  readonly current: Position;
  segments(section: number): Segment[];
  /** The height, px, of `rows` rows not drawn. */
  spacer(rows: number): number;
}

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
  rows: Rows,
): TemplateResult {
  // Sections numbered in display order: categories, then regions (templates are made in that order).
  let section = 0;
  const next = () => section++;
  return html`<div part="results" class="results ${rows.windowed ? 'windowed' : ''}">
    ${repeat(
      groups,
      (g) => g.pillar.id,
      (g) => pillarGroup(g, locale, level, card, rows, next),
    )}
    ${regions.map((r) => regionGroup(r, index, level, card, rows, next()))}
  </div>`;
}

/** The items of section `n`: a card each, or with `windowed` the rows drawn, each card saying its place in the list, and spacers. */
function items<T>(rows: Rows, n: number, records: readonly T[], key: (t: T) => string, cardOf: (t: T) => Node) {
  if (!rows.windowed) return repeat(records, key, (r) => html`<li>${cardOf(r)}</li>`);
  const {current} = rows;
  const size = records.length;
  const drawn: ({at: number} | {after: number; rows: number})[] = [];
  let after = -1;
  for (const s of rows.segments(n)) {
    if ('rows' in s) drawn.push({after, rows: s.rows});
    else for (let at = s.from; at < s.to; at++) drawn.push({at});
    if (!('rows' in s)) after = s.to;
  }
  // A spacer is not a record: out of the accessibility tree, spanning the grid's columns.
  return repeat(
    drawn,
    (d) => ('at' in d ? key(records[d.at]) : `after:${d.after}`),
    (d) =>
      'at' in d
        ? html`<li
            data-section=${n}
            data-index=${d.at}
            aria-setsize=${size}
            aria-posinset=${d.at + 1}
            tabindex=${current.section === n && current.index === d.at ? 0 : -1}
          >
            ${cardOf(records[d.at])}
          </li>`
        : html`<li
            class="spacer"
            role="none"
            aria-hidden="true"
            ${styleProps({'block-size': `${rows.spacer(d.rows)}px`})}
          ></li>`,
  );
}

function pillarGroup(
  {pillar, categories}: PillarGroup,
  locale: Locale,
  level: number,
  card: CardFor,
  rows: Rows,
  next: () => number,
): TemplateResult {
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
        const n = next();
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
          <ul
            class="cards"
            role="list"
            aria-labelledby=${category ? id : `pillar-${pillar.id}`}
            data-section=${rows.windowed ? n : nothing}
          >
            ${items(
              rows,
              n,
              initiatives,
              (i) => i.id,
              (i) => card(i, level + 2, i.id),
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
  rows: Rows,
  n: number,
): TemplateResult {
  const id = `region-${region}`;
  return html`<div class="region-group" data-region=${region}>
    ${heading(level, id, html`<span part="region-heading" class="region-heading">${coveredText(index, [region])}</span>`)}
    <ul class="cards" role="list" aria-labelledby=${id} data-section=${rows.windowed ? n : nothing}>
      ${items(
        rows,
        n,
        initiatives,
        (i) => i,
        (i) => card(index.initiatives.get(i)!, level + 1, `${region}/${i}`),
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
