/**
 * Where the map draws its markers and names at the current scale: markers pushed apart and off
 * Japan, names where they fit. The rules are src/layout (map-placement.ts, marker-spread.ts,
 * map-labels.ts); this keeps their results for the element and reads the names' typography.
 */
import type {Locale} from '../../data/types.js';
import {planarMap} from '../../geo/generated/map.js';
import {landIndex, rings} from '../../geo/land.js';
import type {ViewBox} from '../../geo/planar.js';
import {placeLabels} from '../../layout/map-labels.js';
import type {Land, PlacedLabel} from '../../layout/map-labels.js';
import {
  hasMarker,
  HIT_RADIUS,
  labelCandidates,
  markerBounds,
  markerObstacles,
  pinOf,
} from '../../layout/map-placement.js';
import {spreadMarkers} from '../../layout/marker-spread.js';
import type {DrawnPlace} from './map-layers.js';
import {homePath} from './land-layer.js';
import {nameTypography} from './name-widths.js';
import type {NameTypography} from './name-widths.js';

type Point = readonly [number, number];

/** Whose land a box of the plane covers: read from the outlines once a page, when names are first placed. */
let landUnder: ReturnType<typeof landIndex> | undefined;
/** Japan's outline as rings, which no marker's target may cover: read once a page. */
let homeRings: number[][] | undefined;

/** The map's frame as drawing needs it. */
export interface DrawingFrame {
  /** The whole view (zoom 1). */
  readonly base: ViewBox;
  /** CSS pixels per plane unit. */
  readonly scale: number;
  /** Whether markers and names can be drawn (the map knows its width and is near). */
  readonly drawable: boolean;
}

export class MapDrawing {
  readonly #frame: () => DrawingFrame;
  /** Where the shown markers are drawn, pushed apart so none covers another (plane units, by alpha-3). */
  #spots = new Map<string, Point>();
  /** The shown places' names that fit, in screen pixels over the current view. */
  labels: PlacedLabel[] = [];
  /**
   * How the names are drawn (font, size, spacing): forgotten after a resize, a language change or a
   * font load, and read at the next placement.
   */
  typography?: NameTypography;
  /** The names wait for their typography: the map was out of the page, or its names' layer not drawn yet. */
  namesWaiting = false;

  constructor(frame: () => DrawingFrame) {
    this.#frame = frame;
  }

  get scale(): number {
    return this.#frame().scale;
  }

  /** Markers wait for the first measurement; then places outside the view and small ones get one. */
  marked = (place: DrawnPlace): boolean => {
    const {drawable, base, scale} = this.#frame();
    return drawable && hasMarker(place, base, scale);
  };

  /** Where a place belongs: its point, or the view's edge in its direction. */
  pin = (place: DrawnPlace): Point => {
    const {base, scale} = this.#frame();
    return pinOf(place.point, base, scale);
  };

  /** Where a place's marker or tooltip points: its marker where one was moved aside, else its pin. */
  anchor = (place: DrawnPlace): Point => this.#spots.get(place.iso3) ?? this.pin(place);

  /** Pushes the shown markers apart: centres a hit circle's diameter apart on screen, inside the view. */
  spread(places: readonly DrawnPlace[]): void {
    const {base, scale} = this.#frame();
    const seeds = places.filter(this.marked).map((p) => {
      const [x, y] = this.pin(p);
      return {id: p.iso3, x, y};
    });
    // Off Japan's land by the target and 2 px (its focus ring's stroke, rounding), where a click would name another country.
    homeRings ??= rings(homePath());
    const keepOut = {points: planarMap.islands, rings: homeRings, clearance: (HIT_RADIUS + 2) / scale};
    this.#spots = spreadMarkers(seeds, (2 * HIT_RADIUS) / scale, markerBounds(base, scale), keepOut);
  }

  /**
   * Names for the shown places where they fit on screen and read as their countries' (map-labels.ts),
   * most initiatives first (then larger outlines), clear of every marker; none until the map knows its width.
   * `layer` is the names' layer, whose typography they are measured in.
   */
  placeNames(places: readonly DrawnPlace[], box: ViewBox, layer: Element | null, locale: Locale): void {
    const {drawable, scale: k} = this.#frame();
    if (drawable && !this.typography && layer) this.typography = nameTypography(layer, locale);
    // Out of the page, or the layer not yet drawn (after a bad-input message): no names until the
    // frame is measured again, rather than names sized for another typography.
    this.namesWaiting = drawable && !this.typography;
    if (!drawable || !this.typography) {
      this.labels = [];
      return;
    }
    const {size, measure, fullWidth} = this.typography;
    const [bx, by, bw, bh] = box;
    const anchors = new Map(places.filter(this.marked).map((p) => [p.iso3, this.anchor(p)]));
    const candidates = labelCandidates(places, box, k, this.pin, anchors);
    landUnder ??= landIndex(planarMap.shapes);
    const land: Land = ([x0, y0, x1, y1], which) =>
      landUnder!([x0 / k + bx, y0 / k + by, x1 / k + bx, y1 / k + by], which);
    const obstacles = markerObstacles([...anchors.values()], box, k);
    this.labels = placeLabels(candidates, {size, measure, fullWidth, bounds: [0, 0, bw * k, bh * k], obstacles, land});
  }
}
