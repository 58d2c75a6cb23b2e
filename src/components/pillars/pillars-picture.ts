/**
 * `<foip-pillars>` as a picture (`toSVG()`, `toPNG()`): the drawing as it is shown (headers,
 * blocks and cells, or the wheel and its legend), the line that says what sizes it, and the source
 * line, each painted from its layout and computed style. Imported on demand by the element: a page
 * that never saves a picture downloads none of this.
 */
import {download} from '../../internal/download.js';
import {paintHtml} from '../../internal/picture-paint.js';
import {canvasSink, svgSink} from '../../internal/picture-sinks.js';
import type {Sink} from '../../internal/picture-sinks.js';

/** What a sighted reader does not see in the drawing: the probe that measures titles, the pointer's tip. */
const skip = (el: Element) => el.classList.contains('probe') || el.classList.contains('tip');

/**
 * The widget's surface, resolved: its theme's (light, dark, forced), whatever the page behind it.
 * A custom property's computed value is its unresolved text (`light-dark(…)`): a probe resolves it.
 */
function surface(root: Element): string {
  const probe = document.createElement('span');
  probe.style.setProperty('background-color', 'var(--_surface)');
  root.append(probe);
  const colour = getComputedStyle(probe).backgroundColor;
  probe.remove();
  return colour;
}

type Kind = 'svg' | 'png';

/** What the buttons save: the element's pictures, named after what is open. */
export interface Pictured {
  readonly pillar?: string;
  readonly category?: string;
  toSVG(): Promise<string>;
  toPNG(scale?: number): Promise<Blob>;
}

/** Hands the browser the picture, named after the open priority area and category. */
export async function save(el: Pictured, kind: Kind): Promise<void> {
  const blob = kind === 'svg' ? new Blob([await el.toSVG()], {type: 'image/svg+xml'}) : await el.toPNG();
  const open = [el.pillar && `-priority-area-${el.pillar}`, el.category && `-${el.category}`].join('');
  download(blob, `foip-pillars${open}.${kind}`);
}

/** The picture of the element whose shadow content is `root`: an SVG document, or a PNG at `scale`. */
export async function pillarsPicture(root: ParentNode, kind: Kind, scale: number): Promise<string | Blob> {
  const box = root.querySelector<HTMLElement>('.root');
  if (!box) throw new Error('<foip-pillars> shows a problem: no picture');
  // The drawing, then what it needs to be read alone, stacked as the element shows them.
  const parts = ['.stage', '.legend', '.source'].map((s) => box.querySelector<HTMLElement>(s)!);
  const gap = parseFloat(getComputedStyle(box).rowGap) || 0;
  const width = Math.round(box.offsetWidth);
  const height = Math.round(parts.reduce((sum, p) => sum + p.offsetHeight, 0) + gap * (parts.length - 1));
  const background = surface(box);
  const made = kind === 'svg' ? svgSink(width, height, background) : canvasSink(width, height, scale, background);
  const sink: Sink = made.sink;
  // A page's CSS zoom scales client rects, not the CSS pixels the picture is measured in.
  const zoom = box.getBoundingClientRect().width / box.offsetWidth || 1;
  const left = box.getBoundingClientRect().left;
  let y = 0;
  for (const part of parts) {
    const {top} = part.getBoundingClientRect();
    paintHtml(sink, part, {x: left, y: top - y * zoom, zoom}, {skip});
    y += part.offsetHeight + gap;
  }
  return 'document' in made ? made.document() : made.png();
}
