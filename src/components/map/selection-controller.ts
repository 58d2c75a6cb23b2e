/**
 * What the reader points at and picks on the map, and what the map says of it: the focused country
 * (the listbox's active descendant), the open tooltip, selecting (a click, Enter, Escape), the
 * legend's highlighted regions, and the live region. The selection itself is the element's `country`.
 */
import type {ReactiveController, ReactiveElement} from 'lit';

import type {DatasetIndex} from '../../data/queries.js';
import type {Locale} from '../../data/types.js';
import {FoipCountrySelectEvent} from '../../events/country-select.js';
import {planarMap} from '../../geo/generated/map.js';
import {HOME} from '../../geo/home.js';
import {nearestTo} from '../../geo/neighbours.js';
import {msg, str, withLocale} from '../../i18n/msg.js';
import type {Keys} from './keyboard-controller.js';
import type {MapDrawing} from './map-drawing.js';
import type {MapFilter} from './map-filter.js';
import type {DrawnPlace} from './map-layers.js';
import {groupMembers} from './map-legend.js';
import {highlightText} from './map-text.js';
import type {Tip} from './tooltip-controller.js';
import type {ViewportController} from './viewport-controller.js';

/** What the selection reads on its element, whose `country` it sets. */
export interface Choosing {
  readonly index: DatasetIndex;
  readonly locale: Locale;
  readonly svg: SVGSVGElement | undefined;
  /** Closes the help if it is open; whether it was. */
  closeHelp(): boolean;
}

export class SelectionController implements ReactiveController, Keys, Tip {
  readonly #host: ReactiveElement & {country: string};
  readonly #map: Choosing;
  readonly #shown: MapFilter;
  readonly #drawing: MapDrawing;
  readonly #viewport: ViewportController;
  #active = '';
  #tip = '';
  // The three below are set through the handlers, which render again.
  /** Region id (or `usa`) whose legend entry is hovered or focused: its members are highlighted. */
  highlight = '';
  /**
   * Region id pressed in the legend: its members stay highlighted when hover and focus move on.
   * Apart from `highlight`, since every click comes after a hover or a focus.
   */
  pinned = '';
  /** The live region's text. */
  announcement = '';

  constructor(
    host: ReactiveElement & {country: string},
    map: Choosing,
    shown: MapFilter,
    drawing: MapDrawing,
    viewport: ViewportController,
  ) {
    this.#host = host;
    this.#map = map;
    this.#shown = shown;
    this.#drawing = drawing;
    this.#viewport = viewport;
    host.addController(this);
  }

  hostConnected(): void {}

  /** The country with keyboard focus (alpha-3, or empty). */
  get active(): string {
    return this.#active;
  }
  set active(iso3: string) {
    if (iso3 === this.#active) return;
    this.#active = iso3;
    this.#host.requestUpdate();
  }

  /** The country whose tooltip shows (alpha-3, or empty). */
  get tip(): string {
    return this.#tip;
  }
  set tip(iso3: string) {
    if (iso3 === this.#tip) return;
    this.#tip = iso3;
    this.#host.requestUpdate();
  }

  get places(): readonly DrawnPlace[] {
    return this.#shown.places;
  }

  get current(): DrawnPlace | undefined {
    return this.#shown.find(this.#active);
  }

  /** Where the keyboard starts: the selected country, else beside Japan (the actor, no stop of its own). */
  start(): DrawnPlace | undefined {
    const {places} = this.#shown;
    return this.#shown.find(this.#host.country) ?? nearestTo(places, planarMap.points[HOME]) ?? places[0];
  }

  names(place: DrawnPlace): readonly string[] {
    return Object.values(this.#map.index.countries.get(place.iso3)!.name);
  }

  anchor(place: DrawnPlace): readonly [number, number] {
    return this.#drawing.anchor(place);
  }

  anchorOf(iso3: string): readonly [number, number] | undefined {
    const place = this.#shown.find(iso3);
    return place && this.#drawing.anchor(place);
  }

  /** A filter left the focused or tipped country out: it is neither any more. */
  forgetHidden(): void {
    if (this.#active && !this.#shown.find(this.#active)) this.active = '';
    if (this.#tip && !this.#shown.find(this.#tip)) this.tip = '';
  }

  select(iso3: string): void {
    const host = this.#host;
    const next = host.country === iso3 ? '' : iso3;
    host.country = next;
    const place = next ? this.#shown.find(next) : undefined;
    host.dispatchEvent(new FoipCountrySelectEvent(next || null, place?.initiatives ?? []));
    // The option's name has said the rest; its state alone is news.
    this.announce(() => (place ? msg(str`${place.name} selected.`) : msg('Selection cleared.')));
  }

  /**
   * Moves the active descendant, whose name a screen reader reads: the live region stays silent, or
   * it would say the country twice.
   */
  focus(iso3: string): void {
    this.active = iso3;
    this.tip = iso3;
    const place = this.#shown.find(iso3);
    // Keep the focused country in view when zoomed: pan to it rather than lose it off-screen.
    if (place) this.#viewport.keepInView(this.#drawing.anchor(place));
  }

  announce(message: () => string): void {
    // Called from event handlers: `msg` must answer in this element's language, as when rendering.
    const text = withLocale(this.#map.locale, message);
    // Re-setting the same text would not be announced again; a trailing space makes it new.
    this.announcement = text === this.announcement ? `${text} ` : text;
    this.#host.requestUpdate();
  }

  /** Escape closes the tooltip, then the help, then clears the selection; whether there was any. */
  escape(): boolean {
    const {country} = this.#host;
    if (this.#tip) this.tip = '';
    else if (!this.#map.closeHelp()) {
      if (!country) return false;
      this.select(country);
    }
    return true;
  }

  onClick = (event: MouseEvent): void => {
    const iso3 = (event.target as Element).closest('[data-country]')?.getAttribute('data-country');
    if (!iso3) return;
    this.active = iso3;
    this.select(iso3);
    this.#map.svg?.focus({preventScroll: true});
  };

  onHighlight = (id: string): void => {
    if (id === this.highlight) return;
    this.highlight = id;
    this.#host.requestUpdate();
  };

  /**
   * Pressing a legend entry keeps its members highlighted, and says which they are: a screen reader
   * would only say "pressed". Released, "not pressed" is news enough.
   */
  onPress = (id: string, label: string): void => {
    this.pinned = this.pinned === id ? '' : id;
    this.#host.requestUpdate();
    if (!this.pinned) return;
    const {index} = this.#map;
    const members = groupMembers(index, id);
    const shown = this.#shown.places.filter((p) => members.has(p.iso3)).map((p) => p.iso3);
    this.announce(() => highlightText(index, label, shown));
  };
}
