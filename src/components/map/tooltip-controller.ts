/**
 * The map's tooltip (WCAG 1.4.13): placed beside its country without covering the focused one,
 * reachable (it waits for the pointer after it leaves the country), dismissible with Escape
 * wherever focus is.
 */
import type {ReactiveController, ReactiveElement} from 'lit';

import type {ViewBox} from '../../geo/planar.js';
import {tooltipSpot} from '../../layout/map-placement.js';

type Point = readonly [number, number];

/** How long the tooltip waits after the pointer leaves before closing, so it can be reached (WCAG 1.4.13). */
const TOOLTIP_GRACE_MS = 300;

/** Which country the tooltip shows, and where (./selection-controller.ts). */
export interface Tip {
  /** The country whose tooltip shows (alpha-3, or empty). */
  tip: string;
  /** The country with keyboard focus. */
  readonly active: string;
  /** Where a country's target is (plane units); undefined when it is not shown. */
  anchorOf(iso3: string): Point | undefined;
}

/** Where the element draws it. */
export interface TipFrame {
  readonly box: ViewBox;
  readonly svg: SVGSVGElement | undefined;
  readonly tooltip: HTMLElement | undefined;
}

export class TooltipController implements ReactiveController {
  readonly #host: ReactiveElement;
  readonly #frame: TipFrame;
  readonly #tip: Tip;
  #closeTimer?: ReturnType<typeof setTimeout>;

  constructor(host: ReactiveElement, frame: TipFrame, tip: Tip) {
    this.#host = host;
    this.#frame = frame;
    this.#tip = tip;
    host.addController(this);
  }

  hostConnected(): void {
    document.addEventListener('keydown', this.#onEscapeAnywhere);
  }

  hostDisconnected(): void {
    clearTimeout(this.#closeTimer);
    document.removeEventListener('keydown', this.#onEscapeAnywhere);
  }

  hostUpdated(): void {
    this.#place();
  }

  /** The pointer is on a country: its tooltip shows. */
  onPointerOver = (event: PointerEvent): void => {
    const iso3 = (event.target as Element).closest('[data-country]')?.getAttribute('data-country');
    if (!iso3) return;
    this.stay();
    this.#tip.tip = iso3;
  };

  onPointerOut = (event: PointerEvent): void => {
    if ((event.target as Element).closest('[data-country]')) this.leave();
  };

  /** The pointer is on a country or on the tooltip: it stays. */
  stay = (): void => clearTimeout(this.#closeTimer);

  /** The pointer left: the tooltip closes after a grace period, unless it is reached or shows the focused country. */
  leave = (): void => {
    clearTimeout(this.#closeTimer);
    this.#closeTimer = setTimeout(() => {
      const tip = this.#tip;
      if (!this.#frame.tooltip?.matches(':hover') && tip.tip !== tip.active) tip.tip = '';
    }, TOOLTIP_GRACE_MS);
  };

  /**
   * Escape closes the tooltip wherever focus is (WCAG 1.4.13): one opened by hovering leaves focus
   * on the page, or in the tooltip itself. Not prevented: the page's own Escape (a dialog) still works.
   */
  #onEscapeAnywhere = (event: KeyboardEvent): void => {
    const tip = this.#tip;
    if (event.key !== 'Escape' || !tip.tip) return;
    // This map's own keydown handler has dealt with it (and prevented it) when it has focus; another
    // map's handling of it leaves this one's tooltip to close.
    if (event.defaultPrevented && event.composedPath().includes(this.#host)) return;
    // Focus in the closing tooltip would be lost with it: back to the map (whose focus handler
    // opens the focused country's tooltip, hence closing after).
    const {tooltip, svg} = this.#frame;
    if (tooltip?.contains(this.#host.shadowRoot?.activeElement ?? null)) svg?.focus({preventScroll: true});
    tip.tip = '';
  };

  /** Places the tooltip beside its country (map-placement.ts), in the frame's pixels. */
  #place(): void {
    const {tooltip, svg, box} = this.#frame;
    const {tip, active} = this.#tip;
    const at = this.#tip.anchorOf(tip);
    if (!tooltip || !at || !svg) return;
    const [x, y, w, h] = box;
    // In the tooltip's own pixels, as its size is: a page's CSS zoom scales the client rect, not these.
    const {clientWidth: width, clientHeight: height} = svg;
    const toFrame = ([ax, ay]: Point): Point => [((ax - x) / w) * width, ((ay - y) / h) * height];
    const focused = active !== tip ? this.#tip.anchorOf(active) : undefined;
    const [left, top] = tooltipSpot({
      at: toFrame(at),
      focused: focused && toFrame(focused),
      size: [tooltip.offsetWidth, tooltip.offsetHeight],
      frame: [width, height],
    });
    // CSSOM, not a style attribute: allowed under a strict Content-Security-Policy.
    tooltip.style.setProperty('translate', `${Math.round(left)}px ${Math.round(top)}px`);
  }
}
