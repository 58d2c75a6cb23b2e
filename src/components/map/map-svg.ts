/**
 * The map's `<svg>`: a listbox of the countries over the land, with the names, and the handlers of
 * the keyboard, the tooltip, the viewport and a click. Its layers are ./map-layers.ts.
 */
import {html, nothing} from 'lit';
import type {TemplateResult} from 'lit';
import {guard} from 'lit/directives/guard.js';

import type {DatasetIndex} from '../../data/queries.js';
import type {MapView, ViewBox} from '../../geo/planar.js';
import {msg} from '../../i18n/msg.js';
import type {KeyboardController} from './keyboard-controller.js';
import type {ColorBy} from './map-attributes.js';
import type {MapDrawing} from './map-drawing.js';
import type {MapFilter} from './map-filter.js';
import {landLayer} from './land-layer.js';
import {defsLayer, labelsLayer, placesLayer} from './map-layers.js';
import {groupMembers} from './map-legend.js';
import type {SelectionController} from './selection-controller.js';
import type {TooltipController} from './tooltip-controller.js';
import type {ViewportController} from './viewport-controller.js';

export interface MapSvgArgs {
  readonly index: DatasetIndex;
  readonly shown: MapFilter;
  readonly drawing: MapDrawing;
  readonly box: ViewBox;
  /** The whole view (zoom 1). */
  readonly base: ViewBox;
  readonly view: MapView;
  readonly colorBy: ColorBy;
  /** CSS pixels per plane unit. */
  readonly scale: number;
  /** Whether markers and names can be drawn (./visibility-controller.ts). */
  readonly drawable: boolean;
  /** The selected country (alpha-3) or `''`. */
  readonly country: string;
  /** The focused country, the tooltip's, the legend's highlighted regions, what was said. */
  readonly selection: SelectionController;
  readonly keyboard: KeyboardController;
  readonly tooltip: TooltipController;
  readonly viewport: ViewportController;
}

export function mapSvg(a: MapSvgArgs): TemplateResult {
  const {shown, drawing, box, viewport, keyboard, tooltip, selection} = a;
  const {places} = shown;
  const {active} = selection;
  const focused = active && shown.find(active);
  const highlighted = selection.highlight || selection.pinned;
  return html`<svg
    part="map"
    class=${a.drawable ? 'map drawn' : 'map'}
    viewBox=${box.join(' ')}
    role="listbox"
    tabindex="0"
    aria-label=${msg('Map of countries with initiatives')}
    aria-describedby="keys"
    aria-activedescendant=${focused ? `place-${focused.iso3}` : nothing}
    @keydown=${keyboard.onKeydown}
    @focus=${keyboard.onFocus}
    @blur=${keyboard.onBlur}
    @pointerover=${tooltip.onPointerOver}
    @pointerout=${tooltip.onPointerOut}
    @click=${selection.onClick}
    @wheel=${viewport.onWheel}
    @pointerdown=${viewport.onPointerDown}
    @pointermove=${viewport.onPointerMove}
    @pointerup=${viewport.onPointerUp}
    @pointercancel=${viewport.onPointerUp}
  >
    ${defsLayer()} ${landLayer()}
    ${guard([places, a.country, active, highlighted, a.scale, a.drawable, a.view, a.colorBy], () =>
      placesLayer({
        slots: shown.slots,
        places,
        base: a.base,
        colorBy: a.colorBy,
        country: a.country,
        active,
        highlighted: groupMembers(a.index, highlighted),
        drawing,
      }),
    )}
    ${guard([drawing.labels], () => labelsLayer(drawing.labels, box, a.scale))}
  </svg>`;
}
