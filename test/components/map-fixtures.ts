/** Shared by the map's browser test files: rendering a map as a page would, and reading its shadow DOM. */
import {fixture, html} from '@open-wc/testing';
import {setViewport} from '@web/test-runner-commands';
import {ifDefined} from 'lit/directives/if-defined.js';
import {geoPath} from 'd3-geo';

import '../../src/foip-map.js';
import type {FoipMap} from '../../src/foip-map.js';
import {bundledIndex, dataset} from '../../src/data/index.js';
import type {PillarId} from '../../src/data/index.js';
import {planarMap} from '../../src/geo/generated/map.js';
import {createProjection} from '../../scripts/geo/projection.js';
import {mapPlaces} from '../../src/layout/map-places.js';
import type {MapPlace} from '../../src/layout/map-places.js';
import {catchDownloads} from '../downloads.js';
import type {Download} from '../downloads.js';
import {frames, shadow, text} from '../helpers.js';

export interface Attrs {
  view?: string;
  colorBy?: string;
  pillar?: string;
  country?: string;
  theme?: string;
  lang?: string;
}

export type Lang = 'en' | 'ja';

/** A `<foip-map>` with the given attributes, for a fixture of one's own. */
export const map = (a: Attrs = {}) =>
  html`<foip-map
    view=${ifDefined(a.view)}
    color-by=${ifDefined(a.colorBy)}
    pillar=${ifDefined(a.pillar)}
    country=${ifDefined(a.country)}
    theme=${ifDefined(a.theme)}
    lang=${ifDefined(a.lang)}
  ></foip-map>`;

/** The element renders, measures its width (ResizeObserver), and renders again at that size. */
export async function settled(el: FoipMap): Promise<void> {
  await el.updateComplete;
  await frames(2);
  await el.updateComplete;
}

/**
 * Resolves once the browser has been idle: the hidden table builds its rows then (map-table.ts), and
 * an idle callback asked for after the map's runs after it.
 */
export const idle = () => new Promise<void>((resolve) => requestIdleCallback(() => resolve()));

/** A map in a `lang` wrapper of the given width, as on an embassy page. */
/** The suite's window: 1,200 × 1,000 px, so a 1,000 px map and its tooltip fit; restored after. */
export function desktopViewport(): void {
  before(async () => {
    await setViewport({width: 1200, height: 1000});
  });
  after(async () => {
    await setViewport({width: 800, height: 600});
  });
}

export async function render(a: Attrs = {}, lang: Lang = 'en', width = 1000): Promise<FoipMap> {
  const wrapper = await fixture<HTMLElement>(html`<div lang=${lang} style="inline-size: ${width}px">${map(a)}</div>`);
  const el = wrapper.querySelector<FoipMap>('foip-map')!;
  await settled(el);
  return el;
}

/**
 * What the summary and the filter's announcement count for a filter (empty for all): countries with
 * initiatives of their own, those initiatives, and the filter's initiatives in the whole document.
 */
export function summaryCounts(pillars: readonly PillarId[] = []): [countries: number, placed: number, total: number] {
  const own = mapPlaces(bundledIndex, pillars).filter((p) => p.count > 0);
  const total = dataset.initiatives.filter((i) => !pillars.length || pillars.includes(i.pillar)).length;
  return [own.length, new Set(own.flatMap((p) => p.initiatives)).size, total];
}

export const nameOf = (iso3: string, lang: Lang = 'en') => bundledIndex.countries.get(iso3)!.name[lang];
export const $ = <T extends Element = HTMLElement>(el: FoipMap, selector: string) =>
  shadow(el).querySelector<T & Element>(selector);
export const svgOf = (el: FoipMap) => $<SVGSVGElement>(el, 'svg.map')!;
export const options = (el: FoipMap) => [...shadow(el).querySelectorAll<SVGGElement>('[role=option]')];
/** The countries drawn as options, in the DOM's (paint) order. */
export const optionIds = (el: FoipMap) => options(el).map((o) => o.getAttribute('data-country')!);
export const viewBox = (el: FoipMap) => svgOf(el).getAttribute('viewBox')!.split(' ').map(Number);
/** A control by its accessible name: "Zoom in", "Show as table"… */
export const button = (el: FoipMap, label: string) =>
  [...shadow(el).querySelectorAll<HTMLButtonElement>('[part=controls] button')].find(
    (b) => (b.getAttribute('aria-label') ?? text(b)) === label,
  )!;

/** The files a click hands the browser, captured instead of downloaded. */
export function downloads(click: () => void): Download[] {
  const {files, restore} = catchDownloads();
  try {
    click();
  } finally {
    restore();
  }
  return files;
}

// ----- what the map's feature tests share -----------------------------------------------

export type Point = readonly [number, number];

export const places = mapPlaces(bundledIndex);
export const place = (iso3: string) => places.find((p) => p.iso3 === iso3)!;
/** Where the map puts a country: the dataset's point, projected at build time. */
export const pointOf = (iso3: string): Point => planarMap.points[iso3];
/** Where the keyboard starts: Japan is no stop of its own, the place nearest it is (map-home.test.ts). */
export const [beside] = [...places].sort(
  (a, b) =>
    Math.hypot(pointOf(a.iso3)[0] - pointOf('JPN')[0], pointOf(a.iso3)[1] - pointOf('JPN')[1]) -
    Math.hypot(pointOf(b.iso3)[0] - pointOf('JPN')[0], pointOf(b.iso3)[1] - pointOf('JPN')[1]),
);
export const BASE = planarMap.views['indo-pacific'];
export const WORLD = planarMap.views.world;
export const SMALL_STATES = ['TUV', 'NRU', 'KIR', 'PLW', 'FSM', 'TON', 'FJI', 'TLS', 'SGP'];

// ----- helpers ---------------------------------------------------------------------------------

/** Which countries are options, whatever their paint order (larger outlines first): sorted alpha-3 codes. */
export const shownIds = (el: FoipMap) => ids(optionIds(el));
export const ids = (codes: readonly (string | null)[]) => [...codes].sort();
export const option = (el: FoipMap, iso3: string) => $<SVGGElement>(el, `#place-${iso3}`);
export const status = (el: FoipMap) => text($(el, '[role=status]'));
export const tooltip = (el: FoipMap) => $<HTMLElement>(el, '.tooltip[role=tooltip]');
export const activeId = (el: FoipMap) =>
  svgOf(el)
    .getAttribute('aria-activedescendant')
    ?.replace(/^place-/u, '') ?? null;

/**
 * The map's typeahead adds up letters typed within a second, by the keys' own clock (their
 * `timeStamp`). The keys a test presses are stamped ahead by a skew that each `typeahead()` call
 * moves on by two seconds, so every name starts afresh without the test waiting; keys typed
 * through WebDriver keep the real clock (behind the skew: they start afresh too).
 */
let skew = 0;

/** A key pressed on the map as a script sees it (for keys a WebDriver cannot type, such as kana). */
export async function press(el: FoipMap, key: string, init: KeyboardEventInit = {}): Promise<KeyboardEvent> {
  const event = new KeyboardEvent('keydown', {key, bubbles: true, composed: true, cancelable: true, ...init});
  Object.defineProperty(event, 'timeStamp', {value: event.timeStamp + skew});
  svgOf(el).dispatchEvent(event);
  await el.updateComplete;
  return event;
}

/** Types `name` into the map's typeahead, as a fresh search. */
export async function typeahead(el: FoipMap, name: string): Promise<void> {
  skew += 2_000;
  for (const char of name) await press(el, char);
}

/** A point of the plane on screen (client pixels). */
export function toClient(el: FoipMap, [x, y]: Point): DOMPoint {
  return new DOMPoint(x, y).matrixTransform(svgOf(el).getScreenCTM()!);
}

/** A point on screen in the plane. */
export function toPlane(el: FoipMap, x: number, y: number): DOMPoint {
  return new DOMPoint(x, y).matrixTransform(svgOf(el).getScreenCTM()!.inverse());
}

export const centre = (r: DOMRect): [number, number] => [r.left + r.width / 2, r.top + r.height / 2];
export const overlaps = (a: DOMRect, b: DOMRect) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** Where the reader sees a country's target on screen: its marker, else its point on its outline. */
export function targetRect(el: FoipMap, iso3: string): DOMRect {
  const hit = option(el, iso3)!.querySelector('.marker .hit');
  if (hit) return hit.getBoundingClientRect();
  const p = toClient(el, pointOf(iso3));
  return new DOMRect(p.x - 12, p.y - 12, 24, 24);
}

/** Plane coordinates of a longitude and latitude, as scripts/build-map.ts projects them. */
export function project(lonLat: Point): Point {
  const projection = createProjection('world', planarMap.width, planarMap.width);
  const [[, top]] = geoPath(projection).bounds({type: 'Sphere'});
  const [x, y] = projection(lonLat as [number, number])!;
  return [x, y - top];
}

/**
 * A country's option name, from the data: what it has of its own, counted as the tooltip lists it
 * (initiatives, other map entries, or both), in the singular for one.
 */
export const expectedLabel = (p: MapPlace) => {
  const glyphs = p.pillars.map((id) => bundledIndex.pillars.get(id)!.glyph).join('');
  const [a, b] = [p.initiatives.length, p.items.length];
  const what = !b
    ? `${a} initiative${a === 1 ? '' : 's'}`
    : !a
      ? `${b} map entr${b === 1 ? 'y' : 'ies'}`
      : `${a + b} initiatives and map entries`;
  return `${nameOf(p.iso3)}, ${what}, priority area${p.pillars.length === 1 ? '' : 's'} ${glyphs}`;
};
