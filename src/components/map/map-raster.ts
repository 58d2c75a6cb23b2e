/**
 * The map as a PNG (`toPNG()`): the picture `toSVG()` writes, painted onto a canvas from the map's
 * own path data and computed styles, with its source line under it. Imported on demand by the
 * element: a page that never saves a PNG downloads none of this.
 */
import type {Locale} from '../../data/types.js';
import {paintSvg} from '../../internal/picture-paint.js';
import {canvasSink} from '../../internal/picture-sinks.js';
import {CAPTION, LINE} from './map-picture.js';
import {transformed} from './name-widths.js';

/** `map` as drawn, with `source`'s text under it in `figure`'s type, `scale` pixels per CSS pixel. */
export async function mapPng(
  map: SVGSVGElement | undefined,
  source: Element | null,
  figure: Element | null,
  locale: Locale,
  scale: number,
): Promise<Blob> {
  if (!map || !source || !figure) throw new Error('<foip-map> shows a problem: no picture');
  // CSS pixels, as toSVG() sizes its picture (a page's CSS zoom scales the client rect).
  const width = Math.round(map.clientWidth);
  const height = Math.round(map.clientHeight);
  const {sink, png} = canvasSink(width, height + LINE, scale, getComputedStyle(map).backgroundColor);
  const {left, top, width: shown} = map.getBoundingClientRect();
  paintSvg(
    sink,
    map,
    {x: left, y: top, zoom: shown / map.clientWidth || 1},
    {
      // Hit areas are not seen.
      skip: (el) => el.classList.contains('hit'),
      text: (el, style) => transformed(el.textContent ?? '', style.textTransform, locale),
    },
  );
  const type = getComputedStyle(figure);
  sink.text(source.textContent!.trim(), new DOMMatrix(), CAPTION.x, height + CAPTION.y, {
    family: type.fontFamily,
    size: CAPTION.size,
    weight: '400',
    style: 'normal',
    fill: type.color,
    align: 'left',
    baseline: 'alphabetic',
  });
  return png();
}
