/**
 * The map as a reader meets it: the title and summary, the controls, the map and its tooltip, the
 * keys, the help, the legend, the table, the live region, the source line and the picture buttons.
 * A template: the element passes its state and handlers in one object (./map.ts).
 */
import {html} from 'lit';
import type {TemplateResult} from 'lit';
import {guard} from 'lit/directives/guard.js';

import {citedPages} from '../../data/provenance.js';
import type {Locale} from '../../data/types.js';
import {msg} from '../../i18n/msg.js';
import {heading, headingLevel} from '../../internal/input.js';
import {sourceLine} from '../../internal/source-line.js';
import {legendPanel} from './map-legend.js';
import {controlsPanel, helpPanel, tooltipPanel} from './map-panels.js';
import {mapSvg} from './map-svg.js';
import type {MapSvgArgs} from './map-svg.js';
import {tablePanel} from './map-table.js';

export interface MapFigureArgs extends MapSvgArgs {
  readonly locale: Locale;
  /** The title's heading level, as the page gave it. */
  readonly headingLevel: number;
  readonly showTable: boolean;
  readonly showHelp: boolean;
  readonly onToggleTable: () => void;
  readonly onToggleHelp: () => void;
  readonly onSaveTable: () => void;
  readonly onSavePicture: () => void;
  readonly onSavePng: () => void;
}

export function mapFigure(a: MapFigureArgs): TemplateResult {
  const {index, locale, viewport, selection} = a;
  const {tip, pinned} = selection;
  const {places, pillars, summaryText} = a.shown;
  // A region named by its heading: landmark and heading navigation find the map (Chromium names no
  // figure from its figcaption). The listbox is described by its keys only: the summary, read on
  // every focus, would be a paragraph; it stays a disclosure under the heading.
  return html`<section part="figure" class="figure" lang=${locale} data-color-by=${a.colorBy} aria-labelledby="title">
    <div class="caption">
      ${heading(
        headingLevel(a.headingLevel, 2),
        'title',
        msg('Main initiatives of the evolved FOIP, by country and region'),
      )}
      <details class="about" part="summary">
        <summary>${msg('Summary')}</summary>
        <p id="summary">${summaryText}</p>
      </details>
    </div>
    ${controlsPanel({
      zoom: viewport.zoom,
      whole: a.box === a.base,
      showTable: a.showTable,
      showHelp: a.showHelp,
      onZoom: (factor) => viewport.zoomBy(factor),
      onReset: () => viewport.reset(),
      onToggleTable: a.onToggleTable,
      onToggleHelp: a.onToggleHelp,
    })}
    <div class="frame">
      ${mapSvg(a)}
      ${tooltipPanel(index, locale, tip ? a.shown.find(tip) : undefined, {
        onPointerEnter: a.tooltip.stay,
        onPointerLeave: a.tooltip.leave,
        onClose: () => (selection.tip = ''),
      })}
    </div>
    <p id="keys" class="visually-hidden">
      ${msg('Arrow keys move between countries, Enter selects, plus and minus zoom.')}
    </p>
    ${helpPanel(a.showHelp)}
    ${guard([places, locale, a.colorBy, pinned], () =>
      legendPanel({
        index,
        locale,
        places,
        pillars,
        colorBy: a.colorBy,
        pinned,
        onHighlight: selection.onHighlight,
        onPress: selection.onPress,
      }),
    )}
    ${guard([places, locale, a.showTable], () => tablePanel(index, locale, places, a.showTable, a.onSaveTable))}
    <p class="visually-hidden" role="status">${selection.announcement}</p>
    ${sourceLine(index.data, locale, citedPages(index.data.mapEntries))}
    <button type="button" class="picture" part="picture" @click=${a.onSavePicture}>${msg('Save picture (SVG)')}</button>
    <button type="button" class="picture" part="picture" @click=${a.onSavePng}>${msg('Save picture (PNG)')}</button>
  </section>`;
}
