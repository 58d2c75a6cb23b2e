/** Shared by the map's browser test files: rendering a map as a page would, and reading its shadow DOM. */
import {fixture, html, nextFrame} from '@open-wc/testing';
import {ifDefined} from 'lit/directives/if-defined.js';

import '../../src/foip-map.js';
import type {FoipMap} from '../../src/foip-map.js';
import {bundledIndex, dataset} from '../../src/data/index.js';
import type {PillarId} from '../../src/data/index.js';
import {mapPlaces} from '../../src/layout/map-places.js';
import {shadow, text} from '../helpers.js';

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
  await nextFrame();
  await nextFrame();
  await el.updateComplete;
}

/** A map in a `lang` wrapper of the given width, as on an embassy page. */
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
export function downloads(click: () => void): {name: string; blob: Blob}[] {
  const files: {name: string; blob: Blob}[] = [];
  const originals = {create: URL.createObjectURL, click: HTMLAnchorElement.prototype.click};
  const blobs = new Map<string, Blob>();
  URL.createObjectURL = (blob: Blob) => {
    const url = `blob:test/${blobs.size}`;
    blobs.set(url, blob);
    return url;
  };
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    files.push({name: this.download, blob: blobs.get(this.href)!});
  };
  try {
    click();
  } finally {
    URL.createObjectURL = originals.create;
    HTMLAnchorElement.prototype.click = originals.click;
  }
  return files;
}
