/**
 * What `<foip-pillars>` shows of the open priority area or category, below the picture: its
 * heading, the summary sentence, the document's summary, and its initiatives as compact cards
 * (`<foip-initiative-card>`, registered by `foip-pillars.ts`); while nothing is open, a hint.
 */
import {html, nothing} from 'lit';
import type {TemplateResult} from 'lit';
import {guard} from 'lit/directives/guard.js';
import {repeat} from 'lit/directives/repeat.js';

import {msg, str} from '../../i18n/msg.js';
import {heading, headingLevel} from '../../internal/input.js';
import {pillarLabel, pillarName} from '../../internal/pillar-label.js';
import {categoryKey} from '../../layout/pillars-structure.js';
import {initiativesText, moreCardsText, pillarSentence} from './pillars-text.js';
import type {PillarsView} from './pillars-view.js';

export interface DetailView extends PillarsView {
  /** The element's `heading-level`: the heading's; its categories and cards sit one and two below. */
  readonly headingLevel: number;
  /** The initiative the reader activated last, shown as current. */
  readonly current: string | null;
  /** The element's `data` override, handed to every card. */
  readonly data: unknown;
  /** Activates a tree item, as Enter on it does: a "more" item opens its category. */
  readonly onOpen: (key: string) => void;
}

export function detailView(view: DetailView): TemplateResult {
  const {index, locale, counts} = view;
  const {pillar: pillarId, category: categoryId} = view.selection;
  if (!pillarId) {
    return html`<p part="hint" class="hint">${msg('Select a priority area or a category to see its initiatives.')}</p>`;
  }
  const pillar = index.pillars.get(pillarId)!;
  const category = categoryId ? index.categories.get(categoryId) : undefined;
  const level = headingLevel(view.headingLevel, 2);
  const groups = category ? [category] : index.data.categories.filter((c) => c.pillar === pillarId);
  const cardLevel = Math.min(6, level + (category ? 1 : 2));
  return html`<section part="detail" class="detail" data-pillar=${pillar.id} aria-labelledby="detail-heading">
    ${
      category
        ? html`<p class="crumb">
            <span>${pillarLabel(pillar)} ${pillar.title[locale]}</span>
          </p>`
        : nothing
    }
    ${heading(
      level,
      'detail-heading',
      category
        ? category.title[locale]
        : html`<span class="glyph" aria-hidden="true">${pillar.glyph}</span>
            <span><span class="visually-hidden">${pillarName(pillar)} </span>${pillar.title[locale]}</span>`,
    )}
    <p part="sentence" class="sentence">
      ${
        category
          ? initiativesText(view.structure.byKey.get(categoryKey(category.id))!.initiatives)
          : pillarSentence(pillar, counts.get(pillar.id)!)
      }
    </p>
    <details part="summary" class="summary">
      <summary>${msg(str`Summary of priority area ${pillar.glyph}`)}</summary>
      <p>${pillar.summary[locale]}</p>
    </details>
    ${repeat(
      groups,
      (c) => c.id,
      (c) => {
        const all = index.data.initiatives.filter((i) => i.category === c.id);
        // A priority area opened on a partner's thousands: each category's cards stop where its
        // drawing does ("N more"); the button opens the category, which lists them all.
        const drawn = view.structure.byKey.get(categoryKey(c.id));
        const more = category ? undefined : view.structure.byKey.get(drawn?.children.at(-1) ?? '');
        const initiatives = more?.kind === 'more' ? all.slice(0, all.length - more.initiatives) : all;
        return html`<div class="group-cards">
          ${category ? nothing : heading(level + 1, `detail-${c.id}`, c.title[locale])}
          <ul class="cards" role="list" aria-labelledby=${category ? 'detail-heading' : `detail-${c.id}`}>
            ${repeat(
              initiatives,
              (i) => i.id,
              (i) =>
                html`<li class=${i.id === view.current ? 'current' : ''}>
                  <foip-initiative-card
                    initiative=${i.id}
                    lang=${locale}
                    ?selected=${i.id === view.current}
                    variant="compact"
                    heading-level=${cardLevel}
                    .data=${guard([view.data], () => view.data)}
                  ></foip-initiative-card>
                </li>`,
            )}
          </ul>
          ${
            more?.kind === 'more'
              ? html`<button type="button" class="more-cards" @click=${() => view.onOpen(more.key)}>
                  ${moreCardsText(more.initiatives)}
                </button>`
              : nothing
          }
        </div>`;
      },
    )}
  </section>`;
}
