/**
 * What a selection in `<foip-partners>` leads to, as templates: the partner's formats or the format's
 * partners, then the initiatives behind it as compact cards (priority-area colour and glyph) and its
 * map items; and the table alternative (partner, kind, formats, initiatives and map items).
 */
import {html, nothing} from 'lit';
import type {TemplateResult} from 'lit';

import type {Format, Partner, Partnerships} from '../../data/partnerships.js';
import {namedOnce} from '../../data/partnerships.js';
import type {DatasetIndex} from '../../data/queries.js';
import type {Initiative, Locale} from '../../data/types.js';
import {msg, str} from '../../i18n/msg.js';
import {heading} from '../../internal/input.js';
import {itemList} from '../../internal/item-list.js';
import {formatFacts, formatLabel, isAlly, partnerFacts, partnerLabel, recordsText} from './partners-text.js';
import type {Selection} from './partners-view.js';

/** A compact card for an initiative, its title a heading at `level`. */
export type CardFor = (initiative: Initiative, level: number) => Node;

export interface DetailView {
  readonly index: DatasetIndex;
  readonly locale: Locale;
  readonly partnerships: Partnerships;
  readonly selection: Selection;
  readonly level: number;
  readonly card: CardFor;
}

/** A partner's formats by name, as list items. */
const formatItems = (index: DatasetIndex, partnerships: Partnerships, partner: Partner) =>
  partner.formats.map(
    (id) =>
      html`<li>
        ${formatLabel(
          index,
          partnerships.formats.find((f) => f.id === id)!,
        )}
      </li>`,
  );

/** The initiatives and map items of a selection: a format's, else a partner's across its formats. */
function records(view: DetailView, of: Format | Partner) {
  const {index, locale, level, card} = view;
  const {initiatives, items} = of;
  return html`${
    initiatives.length
      ? html`<ul class="cards" role="list" aria-label=${msg('Initiatives')}>
          ${initiatives.map((id) => html`<li>${card(index.initiatives.get(id)!, level + 1)}</li>`)}
        </ul>`
      : nothing
  }
  ${
    items.length
      ? html`<p class="items-heading">${msg('On the map')}</p>
          ${itemList(index, locale, items)}`
      : nothing
  }`;
}

/** The selection's section, or nothing when nothing is selected. */
export function detail(view: DetailView): TemplateResult | typeof nothing {
  const {index, partnerships, selection, level} = view;
  const partner = partnerships.partners.find((p) => p.id === selection.partner);
  const format = partnerships.formats.find((f) => f.id === selection.format);
  if (!partner && !format) return nothing;
  let title: string;
  let facts: string;
  let list: TemplateResult | typeof nothing = nothing;
  if (partner && format) {
    title = msg(str`${partnerLabel(index, partner.id)} in ${formatLabel(index, format)}`);
    facts = recordsText(format.initiatives.length, format.items.length);
  } else if (partner) {
    title = partnerLabel(index, partner.id);
    facts = partnerFacts(index, partner);
    list = html`<ul class="formats" aria-label=${msg('Formats')}>
      ${formatItems(index, partnerships, partner)}
    </ul>`;
  } else {
    title = formatLabel(index, format!);
    facts = formatFacts(format!);
    list = html`<ul class="members" aria-label=${msg('Partners in this format')}>
      ${format!.partners.map((id) => html`<li>${partnerLabel(index, id)}</li>`)}
    </ul>`;
  }
  return html`<section class="detail" part="detail" aria-labelledby="detail-heading">
    ${heading(level, 'detail-heading', title)}
    <p class="facts">${facts}</p>
    ${list} ${records(view, (format ?? partner)!)}
  </section>`;
}

/** The table alternative: one row per partner, with its kind, formats and records. */
export function partnersTable(
  index: DatasetIndex,
  locale: Locale,
  partnerships: Partnerships,
  caption: string,
): TemplateResult {
  const kind = (p: Partner) =>
    // Its own id: "Country" elsewhere is a column of countries and territories (国・地域); here it is the kind.
    p.kind === 'organisation'
      ? msg('Organisation')
      : p.kind === 'territory'
        ? msg('Territory')
        : msg('Country', {id: 'partner-kind-country'});
  return html`<table class="table" part="table">
    <caption>
      ${caption}
    </caption>
    <thead>
      <tr>
        <th scope="col">${msg('Partner')}</th>
        <th scope="col">${msg('Kind')}</th>
        <th scope="col">${msg('Formats')}</th>
        <th scope="col">${msg('Initiatives and map items')}</th>
      </tr>
    </thead>
    <tbody>
      ${partnerships.partners.map(
        (p) =>
          html`<tr data-partner=${p.id}>
            <th scope="row">${partnerLabel(index, p.id)}</th>
            <td>${kind(p)}${isAlly(index, p.id) ? html`<p class="ally-note">${msg("Japan's ally.")}</p>` : nothing}</td>
            <td>
              <ul>
                ${formatItems(index, partnerships, p)}
              </ul>
            </td>
            <td>
              <ul>
                ${p.initiatives.map((id) => html`<li>${index.initiatives.get(id)!.title[locale]}</li>`)}
                ${p.items.map(({item}) => html`<li>${item.text[locale]}</li>`)}
              </ul>
              ${namedOnce(p) ? html`<p class="once">${msg('Named in only one initiative or map item.')}</p>` : nothing}
            </td>
          </tr>`,
      )}
    </tbody>
  </table>`;
}
