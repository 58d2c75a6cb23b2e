/** The map's table alternative and its CSV download: a template, wired by the element. */
import {html, nothing} from 'lit';
import type {TemplateResult} from 'lit';

import type {DatasetIndex} from '../../data/queries.js';
import type {Locale} from '../../data/types.js';
import {msg, str} from '../../i18n/msg.js';
import type {DrawnPlace} from './map-layers.js';
import {partnerOf} from './map-panels.js';
import {regionWideGroups} from './map-region-wide.js';

/** A table row's own list: its initiatives, map items and partnerships; none for a member covered only as such. */
function ownEntries(index: DatasetIndex, locale: Locale, place: DrawnPlace): TemplateResult | typeof nothing {
  const entries = [
    ...place.initiatives.map((id) => index.initiatives.get(id)!.title[locale]),
    ...place.items.map(({item}) => item.text[locale]),
    ...partnerOf(index, locale, place).map(({text}) => msg(str`As a partner: ${text}`)),
  ];
  return entries.length
    ? html`<ul>
        ${entries.map((text) => html`<li>${text}</li>`)}
      </ul>`
    : nothing;
}

export function tablePanel(
  index: DatasetIndex,
  locale: Locale,
  places: readonly DrawnPlace[],
  shown: boolean,
  onDownload: () => void,
): TemplateResult {
  // Most first; ties keep the dataset order (a collator here cost ~19 ms of the first draw).
  const rows = [...places].sort((a, b) => b.count - a.count);
  return html`<div id="table" class=${shown ? 'table-wrap' : 'table-wrap offscreen'}>
    ${
      // Only with the table in sight: offscreen, it would be a tab stop no one sees.
      shown
        ? html`<button type="button" class="download" part="download" @click=${onDownload}>
            ${msg('Download as CSV')}
          </button>`
        : nothing
    }
    <table part="table">
      <caption>
        ${msg('Countries and territories with initiatives')}
      </caption>
      <thead>
        <tr>
          <th scope="col">${msg('Country or territory')}</th>
          <th scope="col">${msg('Initiatives and map entries')}</th>
          <th scope="col">${msg('Priority areas')}</th>
        </tr>
      </thead>
      <tbody>
        ${rows.map(
          (place) =>
            html`<tr data-country=${place.iso3}>
              <th scope="row">${place.name}</th>
              <td>${ownEntries(index, locale, place)} ${regionWideGroups(index, locale, place, 'table')}</td>
              <td>${place.pillars.map((p) => index.pillars.get(p)!.glyph).join(' ')}</td>
            </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}
