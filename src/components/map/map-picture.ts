/**
 * The map as a picture: a standalone SVG of what is drawn (colours resolved, names and roles left
 * out), and handing a file to the browser.
 */
import type {Locale} from '../../data/types.js';
import {download} from '../../internal/download.js';
import {transformed} from './name-widths.js';

/** Paint `toSVG()` writes onto each element from its computed style: the stylesheet stays behind. */
const EXPORTED_PAINT = [
  'fill',
  'fill-rule',
  'stroke',
  'stroke-width',
  'stop-color',
  'vector-effect',
  'paint-order',
  'font-family',
  'font-size',
  'font-weight',
  'text-anchor',
] as const;
/** What else a name is drawn with, for `toSVG()`: a page's typography through `::part(labels)`. */
const EXPORTED_TYPE = ['font-style', 'letter-spacing', 'word-spacing'] as const;
/** Attributes `toSVG()` leaves out: styling hooks and the widget's semantics (ids, but those `url(#…)` fills need). */
const DROPPED_ATTRIBUTE = /^(class|part|role|id|tabindex|data-.*|aria-.*)$/u;

/** The source line's band under the map, and where its text sits in it (toSVG() and toPNG() alike). */
export const LINE = 20;
export const CAPTION = {x: 4, y: 14, size: 11};

/**
 * `map` as drawn, with `source`'s text under it in `figure`'s type, as a standalone SVG document.
 */
export function pictureOf(map: SVGSVGElement, source: Element, figure: Element, locale: Locale): string {
  // CSS pixels, as the names' computed font size is (a page's CSS zoom scales the client rect).
  const {clientWidth: width, clientHeight: height} = map;
  const copy = map.cloneNode(true) as SVGSVGElement;
  const originals = [map, ...map.querySelectorAll('*')];
  const copies = [copy, ...copy.querySelectorAll('*')];
  originals.forEach((original, i) => {
    const style = getComputedStyle(original);
    const element = copies[i];
    // What is not seen (filtered-out places, hit areas) stays out of the picture.
    if (style.display === 'none' || original.classList.contains('hit')) return element.remove();
    for (const property of EXPORTED_PAINT) element.setAttribute(property, style.getPropertyValue(property));
    if (element.localName === 'text') {
      for (const property of EXPORTED_TYPE) element.setAttribute(property, style.getPropertyValue(property));
      // Not an SVG attribute: the picture carries the names as shown.
      element.textContent = transformed(element.textContent!, style.textTransform, locale);
    }
    for (const {name} of [...element.attributes]) {
      if (DROPPED_ATTRIBUTE.test(name) && !(name === 'id' && original.closest('defs'))) element.removeAttribute(name);
    }
  });
  // Lit's markers.
  const walker = document.createTreeWalker(copy, NodeFilter.SHOW_COMMENT);
  const comments: Node[] = [];
  for (let c = walker.nextNode(); c; c = walker.nextNode()) comments.push(c);
  for (const c of comments) c.parentNode!.removeChild(c);
  copy.setAttribute('width', String(Math.round(width)));
  copy.setAttribute('height', String(Math.round(height)));
  const SVG = 'http://www.w3.org/2000/svg';
  const page = document.createElementNS(SVG, 'svg');
  page.setAttribute('viewBox', `0 0 ${Math.round(width)} ${Math.round(height) + LINE}`);
  page.setAttribute('width', String(Math.round(width)));
  page.setAttribute('height', String(Math.round(height) + LINE));
  const background = document.createElementNS(SVG, 'rect');
  const type = getComputedStyle(figure);
  background.setAttribute('width', '100%');
  background.setAttribute('height', '100%');
  background.setAttribute('fill', getComputedStyle(map).backgroundColor);
  const caption = document.createElementNS(SVG, 'text');
  caption.setAttribute('x', String(CAPTION.x));
  caption.setAttribute('y', String(Math.round(height) + CAPTION.y));
  caption.setAttribute('font-size', String(CAPTION.size));
  caption.setAttribute('font-family', type.fontFamily);
  caption.setAttribute('fill', type.color);
  caption.textContent = source.textContent!.trim();
  page.append(background, copy, caption);
  return new XMLSerializer().serializeToString(page);
}

/** Hands the browser a file (the map's picture, or its table as CSV): its name says the filter. */
export function save(content: string | Blob, type: string, pillars: readonly number[], extension: string): void {
  const blob = typeof content === 'string' ? new Blob([content], {type}) : content;
  download(blob, `foip-map${pillars.length ? `-priority-area-${pillars.join('')}` : ''}.${extension}`);
}
