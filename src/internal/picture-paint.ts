/**
 * A widget's picture, from what it shows: its SVG shapes by their own path data and transforms, its
 * boxes by their layout, its text by its line boxes, each painted with its computed style (custom
 * properties resolved, so a page's theme comes through), into a sink (./picture-sinks.ts). Loaded
 * on demand: a page that never saves a picture downloads none of it.
 */
import type {Paint, Sink, Type} from './picture-sinks.js';
import {pathData} from './picture-sinks.js';

/** Client coordinates → the picture's CSS pixels: `(client - [x, y]) / zoom` (a page's CSS zoom undone). */
export interface Frame {
  readonly x: number;
  readonly y: number;
  readonly zoom: number;
}

/** What a walk leaves out (besides what is not displayed or is visually hidden), and how SVG text reads. */
export interface Options {
  skip?(el: Element): boolean;
  /** The text an SVG `<text>` shows (e.g. with its `text-transform` applied). */
  text?(el: SVGTextElement, style: CSSStyleDeclaration): string;
}

/** Where `el`'s client rect sits in the picture. */
const placed = (r: DOMRect, f: Frame) =>
  new DOMRect((r.left - f.x) / f.zoom, (r.top - f.y) / f.zoom, r.width / f.zoom, r.height / f.zoom);

const px = (value: string) => parseFloat(value) || 0;

/** Not drawn for a sighted reader: `display: none`, or visually hidden (a clip of nothing). */
function unseen(style: CSSStyleDeclaration): boolean {
  return style.display === 'none' || style.clipPath === 'inset(50%)';
}

const NOT_DRAWN = new Set([
  'defs',
  'pattern',
  'linearGradient',
  'radialGradient',
  'clipPath',
  'mask',
  'title',
  'desc',
  'style',
]);

/** A paint's colour or, for `url(#id)`, the paint server it names in `el`'s tree. */
function paintServer(el: Element, value: string): string | Element {
  const id = /url\("?#([^")]+)"?\)/u.exec(value)?.[1];
  if (!id) return value;
  return (el.getRootNode() as Document | ShadowRoot).getElementById(id) ?? 'none';
}

/** An SVG element's paint, from its computed style. */
function svgPaint(el: Element, style: CSSStyleDeclaration): Paint {
  const join = style.strokeLinejoin;
  return {
    fill: paintServer(el, style.fill),
    rule: style.fillRule === 'evenodd' ? 'evenodd' : 'nonzero',
    stroke: style.stroke.startsWith('url(') ? 'none' : style.stroke,
    width: px(style.strokeWidth),
    fixed: style.getPropertyValue('vector-effect') === 'non-scaling-stroke',
    join: join === 'round' || join === 'bevel' ? join : 'miter',
    strokeFirst: style.getPropertyValue('paint-order').startsWith('stroke'),
    opacity: parseFloat(style.opacity),
  };
}

/** The first of an SVG length list, in user units. */
const first = (list: SVGAnimatedLengthList) => (list.baseVal.numberOfItems ? list.baseVal.getItem(0).value : 0);

/** Where a `<svg>`'s user space lands in the picture: its box, then its `viewBox` (`xMidYMid meet`). */
function viewport(svg: SVGSVGElement, f: Frame): {box: DOMRect; m: DOMMatrix} {
  const r = placed(svg.getBoundingClientRect(), f);
  const box = new DOMRect(r.x + svg.clientLeft, r.y + svg.clientTop, svg.clientWidth, svg.clientHeight);
  const view = svg.viewBox.baseVal;
  let m = new DOMMatrix().translate(box.x, box.y);
  if (view && view.width > 0 && view.height > 0) {
    const s = Math.min(box.width / view.width, box.height / view.height);
    m = m
      .translate((box.width - view.width * s) / 2, (box.height - view.height * s) / 2)
      .scale(s)
      .translate(-view.x, -view.y);
  }
  return {box, m};
}

const rectPath = ({x, y, width: w, height: h}: DOMRect) => `M${x} ${y}h${w}v${h}h${-w}Z`;

/** Draws `svg` as shown, clipped to its box: shapes, markers and text, in paint order. */
export function paintSvg(sink: Sink, svg: SVGSVGElement, f: Frame, options: Options = {}): void {
  const {box, m: base} = viewport(svg, f);
  // Each element's own user space, as the browser maps it (transforms, nested scales), relative to the root's.
  const inverse = svg.getScreenCTM()?.inverse();
  if (!inverse) return;
  sink.clip(rectPath(box), new DOMMatrix());
  const walk = (parent: Element) => {
    for (const el of parent.children) {
      if (NOT_DRAWN.has(el.localName) || options.skip?.(el)) continue;
      const style = getComputedStyle(el);
      if (unseen(style)) continue;
      const ctm = (el as SVGGraphicsElement).getScreenCTM?.();
      if (!ctm) continue;
      const m = base.multiply(inverse.multiply(ctm));
      if (el.localName === 'g' || el.localName === 'svg' || el.localName === 'a') walk(el);
      else if (style.visibility !== 'visible') continue;
      else if (el instanceof SVGTextElement) svgText(sink, el, style, m, options);
      else {
        const d = pathData(el);
        if (d) sink.shape(d, m, svgPaint(el, style), (el as SVGGraphicsElement).getBBox());
      }
    }
  };
  walk(svg);
  sink.end();
}

const ALIGN: Record<string, CanvasTextAlign> = {start: 'left', middle: 'center', end: 'right'};

function svgText(sink: Sink, el: SVGTextElement, style: CSSStyleDeclaration, m: DOMMatrix, options: Options): void {
  const s = options.text?.(el, style) ?? el.textContent ?? '';
  if (!s.trim()) return;
  const size = px(style.fontSize);
  const dy = el.getAttribute('dy') ?? '';
  const shift = dy.endsWith('em') ? parseFloat(dy) * size : px(dy);
  const baseline = style.dominantBaseline;
  sink.text(s, m, first(el.x), first(el.y) + shift, {
    ...svgPaint(el, style),
    ...typeOf(style),
    align: ALIGN[style.textAnchor] ?? 'left',
    baseline: baseline === 'central' || baseline === 'middle' ? 'middle' : 'alphabetic',
  });
}

/** A text's type, from its computed style: the page's font stack, so Japanese and English read as on the page. */
function typeOf(style: CSSStyleDeclaration): Omit<Type, 'align' | 'baseline'> {
  const spacing = (v: string) => (v === 'normal' ? '0px' : v);
  return {
    family: style.fontFamily,
    size: px(style.fontSize),
    weight: style.fontWeight,
    style: style.fontStyle,
    fill: style.color,
    letterSpacing: spacing(style.letterSpacing),
    wordSpacing: spacing(style.wordSpacing),
  };
}

/** A rounded rectangle as path data, its radii as computed (a pill's 999px fitted to the box). */
function roundedPath(r: DOMRect, style: CSSStyleDeclaration): string {
  const {x, y, width: w, height: h} = r;
  const [a, b, c, d] = [
    style.borderTopLeftRadius,
    style.borderTopRightRadius,
    style.borderBottomRightRadius,
    style.borderBottomLeftRadius,
  ].map((v) => Math.min(v.endsWith('%') ? (parseFloat(v) / 100) * w : px(v), w / 2, h / 2));
  if (!(a || b || c || d)) return rectPath(r);
  const arc = (radius: number, tx: number, ty: number) => `A${radius} ${radius} 0 0 1 ${tx} ${ty}`;
  return (
    `M${x + a} ${y}H${x + w - b}${arc(b, x + w, y + b)}V${y + h - c}${arc(c, x + w - c, y + h)}` +
    `H${x + d}${arc(d, x, y + h - d)}V${y + a}${arc(a, x + a, y)}Z`
  );
}

/** Draws an HTML box's background and borders (the border inside its rounded outline), in `I`'s units. */
function paintBox(sink: Sink, r: DOMRect, style: CSSStyleDeclaration, I = new DOMMatrix()): void {
  const outline = roundedPath(r, style);
  sink.shape(outline, I, {fill: style.backgroundColor});
  const [top, right, bottom, left] = [
    style.borderTopWidth,
    style.borderRightWidth,
    style.borderBottomWidth,
    style.borderLeftWidth,
  ].map(px);
  if (!(top || right || bottom || left)) return;
  const {x, y, width: w, height: h} = r;
  sink.clip(outline, I);
  const sides = [
    [new DOMRect(x, y, w, top), style.borderTopColor],
    [new DOMRect(x + w - right, y, right, h), style.borderRightColor],
    [new DOMRect(x, y + h - bottom, w, bottom), style.borderBottomColor],
    [new DOMRect(x, y, left, h), style.borderLeftColor],
  ] as const;
  for (const [side, colour] of sides)
    if (side.width > 0 && side.height > 0) sink.shape(rectPath(side), I, {fill: colour});
  sink.end();
}

let measure: CanvasRenderingContext2D | undefined;

/**
 * Draws a text node's lines where the page laid them out: each character's box says its line, and
 * a line is set from its first character's left, on the baseline of its type's ascent.
 */
function paintTextNode(sink: Sink, node: Text, style: CSSStyleDeclaration, f: Frame): void {
  const text = node.data;
  if (!text.trim()) return;
  const type = typeOf(style);
  measure ??= document.createElement('canvas').getContext('2d')!;
  measure.font = `${type.style} ${type.weight} ${type.size}px ${type.family}`;
  const ascent = measure.measureText('x').fontBoundingBoxAscent;
  const range = document.createRange();
  let line: {s: string; x: number; top: number} | undefined;
  const flush = () => {
    if (line?.s.trim())
      sink.text(line.s.trimEnd(), new DOMMatrix(), line.x, line.top + ascent, {
        ...type,
        align: 'left',
        baseline: 'alphabetic',
      });
    line = undefined;
  };
  for (let i = 0; i < text.length;) {
    const end = i + ((text.codePointAt(i) ?? 0) > 0xffff ? 2 : 1);
    range.setStart(node, i);
    range.setEnd(node, end);
    const box = range.getClientRects()[0];
    const s = text.slice(i, end);
    i = end;
    // Collapsed white space has no box.
    if (!box || box.width === 0) continue;
    const at = placed(box, f);
    if (line && Math.abs(at.y - line.top) > at.height / 2) flush();
    if (!line) {
      if (!s.trim()) continue;
      line = {s: '', x: at.x, top: at.y};
    }
    line.s += /\s/u.test(s) ? ' ' : s;
  }
  flush();
}

/** Draws `el` and what it holds as laid out: boxes, text, and any SVG in it. */
export function paintHtml(sink: Sink, el: Element, f: Frame, options: Options = {}): void {
  if (options.skip?.(el)) return;
  if (el instanceof SVGSVGElement) return paintSvg(sink, el, f, options);
  const style = getComputedStyle(el);
  if (unseen(style)) return;
  const r = placed(el.getBoundingClientRect(), f);
  const visible = style.visibility === 'visible';
  const turned = style.rotate !== 'none' || style.transform !== 'none';
  if (visible && turned && el instanceof HTMLElement) {
    // A turned box (the chevrons): its own box, turned about its centre, which its client rect keeps.
    const {offsetWidth: w, offsetHeight: h} = el;
    const m = new DOMMatrix()
      .translate(r.x + r.width / 2, r.y + r.height / 2)
      .rotate(style.rotate === 'none' ? 0 : parseFloat(style.rotate))
      .multiply(new DOMMatrix(style.transform === 'none' ? undefined : style.transform))
      .translate(-w / 2, -h / 2);
    paintBox(sink, new DOMRect(0, 0, w, h), style, m);
  } else if (visible) paintBox(sink, r, style);
  const clipped = style.overflowX !== 'visible' || style.overflowY !== 'visible';
  if (clipped) sink.clip(roundedPath(r, style), new DOMMatrix());
  for (const child of el.childNodes) {
    if (child instanceof Element) paintHtml(sink, child, f, options);
    else if (child instanceof Text && visible) paintTextNode(sink, child, style, f);
  }
  if (clipped) sink.end();
}
