/** The map's table alternative and its CSV download: a template, wired by the element. */
import {html, noChange, nothing, render} from 'lit';
import type {ElementPart, TemplateResult} from 'lit';
import {Directive, directive} from 'lit/directive.js';

import type {DatasetIndex} from '../../data/queries.js';
import type {Locale} from '../../data/types.js';
import {msg, str, withLocale} from '../../i18n/msg.js';
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

/**
 * Renders `build()` into its element when the browser is next idle (no timeout: a page busy past one
 * would build it before the first picture after all), or at once when `now` (the table is shown) or
 * when the page is printed; until then the element keeps what it had. The hidden table's ~2,000 nodes
 * are none of the first picture, nor of a filter change's frame: they follow them.
 */
class IdleContent extends Directive {
  /** Renders what was last asked for, while it waits. */
  #pending?: () => void;

  render(_build: () => unknown, _now: boolean): unknown {
    return noChange;
  }

  override update({element}: ElementPart, [build, now]: [() => unknown, boolean]): unknown {
    const waiting = this.#pending;
    this.#pending = () => render(build(), element as HTMLElement);
    if (now) this.#flush();
    else if (!waiting) {
      // Without requestIdleCallback (Safari), after the task that asked.
      (self.requestIdleCallback ?? setTimeout)(this.#flush);
      // Paper has no idle time to wait for: the printed table is whole.
      addEventListener('beforeprint', this.#flush);
    }
    return noChange;
  }

  #flush = (): void => {
    removeEventListener('beforeprint', this.#flush);
    const pending = this.#pending;
    this.#pending = undefined;
    pending?.();
  };
}
const idleContent = directive(IdleContent);

export function tablePanel(
  index: DatasetIndex,
  locale: Locale,
  places: readonly DrawnPlace[],
  shown: boolean,
  onDownload: () => void,
): TemplateResult {
  // Most first; ties keep the dataset order (a collator here cost ~19 ms of the first draw). Built
  // later, out of the render: in the map's language, as rendering would.
  const rows = () =>
    withLocale(locale, () =>
      [...places]
        .sort((a, b) => b.count - a.count)
        .map(
          (place) =>
            html`<tr data-country=${place.iso3}>
              <th scope="row">${place.name}</th>
              <td>${ownEntries(index, locale, place)} ${regionWideGroups(index, locale, place, 'table')}</td>
              <td>${place.pillars.map((p) => index.pillars.get(p)!.glyph).join(' ')}</td>
            </tr>`,
        ),
    );
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
      <tbody ${idleContent(rows, shown)}></tbody>
    </table>
  </div>`;
}
