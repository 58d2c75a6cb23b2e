/**
 * The map's SVG layers: the fills' textures, the land, the places (outlines and markers, the
 * listbox's options) and the names. Templates only: where things go is src/layout/map-placement.ts.
 */
import {nothing, svg} from 'lit';
import type {TemplateResult} from 'lit';
import {guard} from 'lit/directives/guard.js';
import {repeat} from 'lit/directives/repeat.js';

import type {DatasetIndex} from '../../data/queries.js';
import type {Locale, PillarId} from '../../data/types.js';
import {planarMap} from '../../geo/generated/map.js';
import type {CountryShape, ViewBox} from '../../geo/planar.js';
import {contains} from '../../geo/view.js';
import {withLocale} from '../../i18n/msg.js';
import type {PlacedLabel} from '../../layout/map-labels.js';
import {centre, HIT_RADIUS} from '../../layout/map-placement.js';
import {countClass, mapPlaces, summarise} from '../../layout/map-places.js';
import type {MapPlace, MapSummary} from '../../layout/map-places.js';
import type {ColorBy} from './map-attributes.js';
import {shapeById} from './land-layer.js';
import {optionLabel, summarySentences} from './map-text.js';

type Point = readonly [number, number];

/** A place as drawn: its data, where it is, and whether it needs a marker to be seen and hit. */
export interface DrawnPlace extends MapPlace {
  readonly name: string;
  /** Its option's accessible name, made with the place: tooltips and focus re-render often. */
  readonly label: string;
  readonly point: Point;
  readonly shape: CountryShape | undefined;
}

/** The places of a pillar filter (all for none), with what drawing and describing them needs. */
function drawnPlaces(index: DatasetIndex, locale: Locale, pillars: readonly PillarId[]): DrawnPlace[] {
  return mapPlaces(index, pillars).flatMap((place) => {
    const country = index.countries.get(place.iso3)!;
    const shape = shapeById.get(country.isoNumeric);
    // A country of a supplied dataset the build did not place: the middle of its largest ring.
    const point = planarMap.points[place.iso3] ?? (shape && centre(shape.bounds));
    if (!point) return [];
    const name = country.name[locale];
    return [{...place, name, label: withLocale(locale, () => optionLabel(index, place)), point, shape}];
  });
}

/** A pillar filter's places and summary. */
export interface Filtered {
  readonly places: DrawnPlace[];
  readonly summary: MapSummary;
  readonly summaryText: string;
}

/**
 * The places and summary of a pillar filter, made once per filter (in `cache`) for the current data
 * and language: going back to a filter re-renders from the same arrays (no new labels, and the places
 * layer sees what it drew before).
 */
export function filteredPlaces(
  cache: Map<string, Filtered>,
  index: DatasetIndex,
  locale: Locale,
  pillars: readonly PillarId[],
): Filtered {
  const key = pillars.join(' ');
  let filtered = cache.get(key);
  if (!filtered) {
    const places = drawnPlaces(index, locale, pillars);
    const summary = summarise(index, places, pillars);
    filtered = {places, summary, summaryText: withLocale(locale, () => summarySentences(index, summary))};
    cache.set(key, filtered);
  }
  return filtered;
}

/** The textures: the same for every render and every map, so made once (a render then diffs nothing in them). */
let defs: TemplateResult | undefined;
export const defsLayer = (): TemplateResult => (defs ??= textures());

function textures(): TemplateResult {
  // Fills readable without colour: ① solid, ② dotted, ③ lined, several areas striped in their
  // colours. Lines and stripes are repeating gradients with hard stops, not patterns: a pattern's
  // tile is recorded for every shape it fills (measured: ~4 ms of a map's first draw for the
  // stripes). Units are plane units, about a pixel each at the default size.
  const combos: PillarId[][] = [
    [1, 2],
    [1, 3],
    [2, 3],
    [1, 2, 3],
  ];
  /** Hard-edged bands, `[pillar or texture paint, from, to]` in fractions of the period. */
  const bands = (list: [PillarId | 'mark' | 'land' | 'region', number, number][]) =>
    list.map(([paint, from, to]) => {
      const [name, pillar] = typeof paint === 'number' ? ['base', paint] : [paint, nothing];
      return svg`<stop class="texture-${name}" data-pillar=${pillar} offset=${from}></stop>
          <stop class="texture-${name}" data-pillar=${pillar} offset=${to}></stop>`;
    });
  const STRIPE = 3;
  return svg`<defs>
    <pattern id="texture-2" patternUnits="userSpaceOnUse" width="5" height="5">
      <rect class="texture-base" data-pillar="2" width="5" height="5"></rect>
      <circle class="texture-mark" cx="2.5" cy="2.5" r="1.1"></circle>
    </pattern>
    <linearGradient id="texture-3" gradientUnits="userSpaceOnUse" spreadMethod="repeat" x2="0" y2="4">
      ${bands([
        [3, 0, 0.375],
        ['mark', 0.375, 0.625],
        [3, 0.625, 1],
      ])}
    </linearGradient>
    <linearGradient id="texture-region" gradientUnits="userSpaceOnUse" spreadMethod="repeat" x2="2.5" y2="2.5">
      ${bands([
        ['land', 0, 0.55],
        ['region', 0.55, 1],
      ])}
    </linearGradient>
    ${combos.map((combo) => {
      // Bands STRIPE units wide across the 45° diagonal.
      const d = (combo.length * STRIPE) / Math.SQRT2;
      return svg`<linearGradient id="stripes-${combo.join('')}" gradientUnits="userSpaceOnUse" spreadMethod="repeat" x2=${d} y2=${d}>
        ${bands(combo.map((p, i) => [p, i / combo.length, (i + 1) / combo.length]))}
      </linearGradient>`;
    })}
  </defs>`;
}

function fillClass(place: DrawnPlace, colorBy: ColorBy): string {
  if (place.count === 0) return place.regions.length ? 'region-only' : 'partner-only';
  if (colorBy === 'count') return `count-${countClass(place.count)}`;
  return place.pillars.length === 1 ? `pillar-${place.pillars[0]}` : `stripes stripes-${place.pillars.join('')}`;
}

/** What the places layer draws from. */
export interface PlacesLayer {
  /** Every place of any filter, in paint order. */
  readonly slots: readonly DrawnPlace[];
  /** The places the filter shows. */
  readonly places: readonly DrawnPlace[];
  readonly base: ViewBox;
  readonly colorBy: ColorBy;
  readonly country: string;
  readonly active: string;
  readonly highlighted: ReadonlySet<string>;
  /** Which places have markers, and where; the scale they are drawn at. */
  readonly drawing: {
    readonly scale: number;
    marked(place: DrawnPlace): boolean;
    anchor(place: DrawnPlace): Point;
    pin(place: DrawnPlace): Point;
  };
}

/**
 * A place's outline and marker: where they are depends on the view, the scale and the markers'
 * spread, not on the filter, the selection or the focus, which change only the option around them.
 */
function geometry(
  slot: DrawnPlace,
  base: ViewBox,
  marker: boolean,
  drawing: PlacesLayer['drawing'],
): TemplateResult | typeof nothing {
  const {scale} = drawing;
  const [bx, by, bw] = base;
  const [x, y] = slot.point;
  // A country outside the view keeps a marker at its edge, pointing the way (the US and Chile
  // from the Indo-Pacific view); when zoomed in, the rest are a pan or an arrow key away.
  const outside = !contains(base, slot.point);
  const shape = slot.shape && !outside ? svg`<path class="shape" d=${slot.shape.d}></path>` : nothing;
  if (!marker) return shape;
  const [mx, my] = drawing.anchor(slot);
  const [px, py] = drawing.pin(slot);
  // A marker moved aside keeps a line to where its country is.
  const moved = Math.hypot(px - mx, py - my) * scale > 3;
  return svg`${shape}<g class="marker ${outside ? 'edge' : ''}" part="marker" transform="translate(${mx} ${my}) scale(${1 / scale})">
    ${moved ? svg`<line class="leader" x2=${(px - mx) * scale} y2=${(py - my) * scale}></line>` : nothing}
    <circle class="hit" r=${HIT_RADIUS}></circle>
    <circle class="dot" r=${outside ? 7 : 6}></circle>
    ${outside ? svg`<text class="arrow" dy="0.35em" aria-hidden="true">${x < bx ? '←' : x > bx + bw ? '→' : y < by ? '↑' : '↓'}</text>` : nothing}
  </g>`;
}

export function placesLayer(layer: PlacesLayer): TemplateResult {
  const {base, country, active, highlighted, drawing} = layer;
  const shown = new Map(layer.places.map((p) => [p.iso3, p]));
  // No group between the listbox and its options: options are exposed with their selected state.
  return svg`<g class="places" role="none">
    ${repeat(
      layer.slots,
      (slot) => slot.iso3,
      (slot) => {
        // One template for shown and hidden places: a filter change then only updates attributes.
        const place = shown.get(slot.iso3);
        const marker = drawing.marked(slot);
        // Markers are spread over the shown places: theirs move with the filter, outlines never do.
        const anchor = marker ? drawing.anchor(slot) : undefined;
        const classes = place
          ? [
              'place',
              fillClass(place, layer.colorBy),
              place.iso3 === country ? 'selected' : '',
              place.iso3 === active ? 'active' : '',
              highlighted.has(place.iso3) ? 'highlight' : '',
            ].join(' ')
          : 'place out';
        return svg`<g
          id=${place ? `place-${place.iso3}` : nothing}
          class=${classes}
          part="country"
          data-country=${place ? place.iso3 : nothing}
          role=${place ? 'option' : nothing}
          aria-label=${place ? place.label : nothing}
          aria-selected=${place ? String(place.iso3 === country) : nothing}
        >${guard([base, drawing.scale, marker, anchor?.[0], anchor?.[1]], () => geometry(slot, base, marker, drawing))}</g>`;
      },
    )}
  </g>`;
}

/** The names, drawn in screen pixels over the view: one transform maps them onto the plane. */
export function labelsLayer(labels: readonly PlacedLabel[], box: ViewBox, scale: number): TemplateResult {
  const [bx, by] = box;
  return svg`<g class="labels" part="labels" aria-hidden="true" transform="translate(${bx} ${by}) scale(${1 / scale})">
    ${repeat(
      labels,
      (label) => label.id,
      (label) => svg`<text x=${label.x} y=${label.y} text-anchor=${label.anchor} dy="0.35em">${label.text}</text>`,
    )}
  </g>`;
}
