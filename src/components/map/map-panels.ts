/** The map's controls, its keyboard help and its tooltip: templates, wired by the element. */
import {html, nothing} from 'lit';
import type {TemplateResult} from 'lit';

import {nameInSentence} from '../../data/queries.js';
import type {DatasetIndex} from '../../data/queries.js';
import type {Locale} from '../../data/types.js';
import {MAX_ZOOM} from '../../geo/view.js';
import {msg, str} from '../../i18n/msg.js';
import {entryItems, initiativeEntry, itemEntry} from './map-entries.js';
import type {ListEntry} from './map-entries.js';
import type {DrawnPlace} from './map-layers.js';
import {regionWideGroups} from './map-region-wide.js';

/** What the controls show and do. */
export interface Controls {
  /** The zoom: 1 is the whole view. */
  readonly zoom: number;
  /** Whether the view is the whole view as first drawn (nothing to reset). */
  readonly whole: boolean;
  readonly showTable: boolean;
  readonly showHelp: boolean;
  readonly onZoom: (factor: number) => void;
  readonly onReset: () => void;
  readonly onToggleTable: () => void;
  readonly onToggleHelp: () => void;
}

export const controlsPanel = (c: Controls): TemplateResult =>
  html`<div class="controls" part="controls">
    <button
      type="button"
      aria-label=${msg('Zoom in')}
      ?disabled=${c.zoom >= MAX_ZOOM - 1e-6}
      @click=${() => c.onZoom(1.5)}
    >
      +
    </button>
    <button
      type="button"
      aria-label=${msg('Zoom out')}
      ?disabled=${c.zoom <= 1 + 1e-6}
      @click=${() => c.onZoom(1 / 1.5)}
    >
      −
    </button>
    <button type="button" @click=${c.onReset} ?disabled=${c.zoom <= 1 + 1e-6 && c.whole}>${msg('Reset view')}</button>
    <button
      type="button"
      aria-expanded=${c.showTable ? 'true' : 'false'}
      aria-controls="table"
      @click=${c.onToggleTable}
    >
      ${c.showTable ? msg('Hide table') : msg('Show as table')}
    </button>
    <button type="button" aria-expanded=${c.showHelp ? 'true' : 'false'} aria-controls="help" @click=${c.onToggleHelp}>
      ${msg('Keyboard help')}
    </button>
  </div>`;

export function helpPanel(open: boolean): TemplateResult {
  // Its list is built when first asked for: a closed help costs the first draw, and every render, nothing.
  if (!open) return html`<div id="help" class="help" hidden></div>`;
  const keys: [string, string][] = [
    [msg('Tab'), msg('Move to the map (one stop) and on to the next control')],
    [msg('Arrow keys'), msg('Move to the nearest country in that direction')],
    [msg('Home / End'), msg('Westernmost / easternmost country')],
    [msg('Type a name'), msg('Jump to a country, in English or Japanese')],
    [msg('Enter or Space'), msg('Select the country; again to clear')],
    [msg('Escape'), msg('Close the tooltip, then this help, then clear the selection')],
    [msg('+ / − / 0'), msg('Zoom in, zoom out, reset')],
    [msg('Shift + arrow keys'), msg('Pan the zoomed map')],
  ];
  return html`<div id="help" class="help">
    <dl>
      ${keys.map(
        ([k, v]) =>
          html`<div>
            <dt><kbd>${k}</kbd></dt>
            <dd>${v}</dd>
          </div>`,
      )}
    </dl>
  </div>`;
}

/** What a place is Japan's partner in: initiatives elsewhere, and map items of none (（日米韓）). */
export const partnerOf = (index: DatasetIndex, locale: Locale, place: DrawnPlace): ListEntry[] => [
  ...place.partnerships.map((id) => initiativeEntry(index, locale, id)),
  ...place.partnerItems.map(({item}) => itemEntry(locale, item)),
];

/** One of the tooltip's lists, each entry with its priority area's glyph, under a heading if given. */
function tooltipList(
  index: DatasetIndex,
  heading: string | undefined,
  entries: readonly ListEntry[],
): TemplateResult | typeof nothing {
  if (!entries.length) return nothing;
  return html`${heading ? html`<p class="tooltip-sub">${heading}</p>` : nothing}
    <ul class="tooltip-list">
      ${entryItems(index, entries)}
    </ul>`;
}

/** What the tooltip does besides showing a place: it stays open while the pointer is on it. */
export interface TooltipHandlers {
  readonly onPointerEnter: () => void;
  readonly onPointerLeave: () => void;
  readonly onClose: () => void;
}

export function tooltipPanel(
  index: DatasetIndex,
  locale: Locale,
  place: DrawnPlace | undefined,
  on: TooltipHandlers,
): TemplateResult | typeof nothing {
  if (!place) return nothing;
  return html`<div
    class="tooltip"
    part="tooltip"
    role="tooltip"
    id="tooltip"
    @pointerenter=${on.onPointerEnter}
    @pointerleave=${on.onPointerLeave}
  >
    <p class="tooltip-title">${place.name}</p>
    ${tooltipList(
      index,
      undefined,
      place.initiatives.map((id) => initiativeEntry(index, locale, id)),
    )}
    ${tooltipList(
      index,
      msg('Also on the map:'),
      place.items.map(({item}) => itemEntry(locale, item)),
    )}
    ${regionWideGroups(index, locale, place, 'tooltip')}
    ${tooltipList(index, msg('Partner of Japan in:'), partnerOf(index, locale, place))}
    <button
      type="button"
      class="close"
      aria-label=${msg(str`Close details of ${nameInSentence(index.countries.get(place.iso3)!, locale)}`)}
      @click=${on.onClose}
    >
      ×
    </button>
  </div>`;
}
