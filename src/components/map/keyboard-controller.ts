/**
 * The map's keyboard, as an APG listbox with a zoomable view: arrows move between countries (by
 * geography), Enter or Space selects, typing a name jumps to it, + − 0 zoom, Shift + arrows pan,
 * Escape closes what is open, then clears the selection.
 */
import type {ReactiveController, ReactiveElement} from 'lit';

import {navigationTarget, westToEast} from '../../geo/neighbours.js';
import {continuesName, matchTyped, NOTHING_TYPED, searchNames, typeOn} from '../../layout/typeahead.js';
import type {Named, Typed} from '../../layout/typeahead.js';
import type {DrawnPlace} from './map-layers.js';
import type {ViewportController} from './viewport-controller.js';

/** What the keyboard reads and does on its element. */
export interface Keys {
  readonly places: readonly DrawnPlace[];
  /** The country with keyboard focus. */
  readonly current: DrawnPlace | undefined;
  /** The country with keyboard focus (alpha-3, or empty). */
  readonly active: string;
  /** The country whose tooltip shows. */
  tip: string;
  /** Where the keyboard starts. */
  start(): DrawnPlace | undefined;
  /** A place's names in every language it can be typed in. */
  names(place: DrawnPlace): readonly string[];
  anchor(place: DrawnPlace): readonly [number, number];
  focus(iso3: string): void;
  select(iso3: string): void;
  /** Closes what is open (the tooltip, the help) or clears the selection; whether there was any. */
  escape(): boolean;
}

const PAN: Record<string, readonly [number, number]> = {
  ArrowLeft: [-0.2, 0],
  ArrowRight: [0.2, 0],
  ArrowUp: [0, -0.2],
  ArrowDown: [0, 0.2],
};

export class KeyboardController implements ReactiveController {
  readonly #host: ReactiveElement;
  readonly #keys: Keys;
  readonly #viewport: ViewportController;
  #typed: Typed = NOTHING_TYPED;
  /** The places' names for typeahead, made for each list of places when first typed in. */
  #named = new WeakMap<readonly DrawnPlace[], Named[]>();

  constructor(host: ReactiveElement, keys: Keys, viewport: ViewportController) {
    this.#host = host;
    this.#keys = keys;
    this.#viewport = viewport;
    host.addController(this);
  }

  hostConnected(): void {}

  #choices(): Named[] {
    const {places} = this.#keys;
    let named = this.#named.get(places);
    if (!named) {
      named = places.map((p) => ({id: p.iso3, names: searchNames(this.#keys.names(p))}));
      this.#named.set(places, named);
    }
    return named;
  }

  /** Typing a name in either language jumps to it; letters typed within a second add up. */
  #typeahead(char: string, now: number): void {
    this.#typed = typeOn(this.#typed, char, now);
    const match = matchTyped(this.#typed.text, this.#choices());
    if (match) this.#keys.focus(match.id);
  }

  onFocus = (): void => {
    // Focused by a press on the map: what is pressed says what to show. On the sea beside Takeshima,
    // the keyboard's first stop (Korea) would otherwise open its tooltip there.
    if (this.#viewport.pressed) return;
    const keys = this.#keys;
    const start = !keys.active && keys.start();
    if (start) keys.focus(start.iso3);
    else if (keys.active) keys.tip = keys.active;
  };

  onBlur = (event: FocusEvent): void => {
    // Moving into the tooltip keeps it; leaving the widget closes it.
    if (!this.#host.renderRoot.contains(event.relatedTarget as Node)) this.#keys.tip = '';
  };

  onKeydown = (event: KeyboardEvent): void => {
    const keys = this.#keys;
    const {places, current} = keys;
    const viewport = this.#viewport;
    if (places.length === 0) return;
    const {key} = event;
    // The event's own clock: a key's time is when it was pressed.
    const now = event.timeStamp;
    let handled = true;
    if (event.shiftKey && PAN[key]) {
      viewport.panBy(...PAN[key]);
    } else if (key.startsWith('Arrow') || key === 'Home' || key === 'End') {
      const target = current
        ? navigationTarget(places, current, key)
        : westToEast(places)[key === 'End' ? places.length - 1 : 0];
      if (target) keys.focus(target.iso3);
    } else if ((key === ' ' || key === '-') && continuesName(this.#typed, key, now, this.#choices())) {
      // Within a name (「Sri Lanka」, 「Timor-Leste」) a space or a hyphen is part of it.
      this.#typeahead(key, now);
    } else if (key === 'Enter' || key === ' ') {
      if (current) keys.select(current.iso3);
    } else if (key === 'Escape') {
      handled = keys.escape();
    } else if (key === '+' || key === '=') {
      viewport.zoomBy(1.5, current && keys.anchor(current));
    } else if (key === '-' || key === '_') {
      viewport.zoomBy(1 / 1.5, current && keys.anchor(current));
    } else if (key === '0') {
      viewport.reset();
    } else if (key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey) {
      this.#typeahead(key, now);
    } else {
      handled = false;
    }
    if (handled) event.preventDefault();
  };
}
