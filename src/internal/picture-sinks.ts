/**
 * Where a widget's picture is drawn (./picture-paint.ts walks what is shown and says what to draw):
 * a canvas, for a PNG, or the markup of a standalone SVG document. The canvas is painted from the
 * path data and computed styles themselves, never from an `<img>` of an SVG: a strict CSP
 * (`img-src 'self'`) refuses blob: and data: images. Loaded on demand, with the painter.
 */

/** How a shape is painted: computed CSS values, in picture pixels where they are widths. */
export interface Paint {
  /** A colour, or the paint server (gradient, pattern) a `url(#…)` fill names. */
  readonly fill?: string | Element;
  readonly rule?: CanvasFillRule;
  readonly stroke?: string;
  /** Stroke width in the shape's own units, or in picture pixels when `fixed` (`vector-effect: non-scaling-stroke`). */
  readonly width?: number;
  readonly fixed?: boolean;
  readonly join?: CanvasLineJoin;
  /** `paint-order: stroke`: the stroke under the fill (the names' halo). */
  readonly strokeFirst?: boolean;
  readonly opacity?: number;
}

/** How a line of text is set: computed CSS values. */
export interface Type extends Paint {
  readonly family: string;
  /** In the text's own units. */
  readonly size: number;
  readonly weight: string;
  readonly style: string;
  readonly align: CanvasTextAlign;
  readonly baseline: 'alphabetic' | 'middle';
  readonly letterSpacing?: string;
  readonly wordSpacing?: string;
}

export interface Sink {
  /** Draws SVG path data `d`, in the units `m` maps onto the picture. */
  shape(d: string, m: DOMMatrix, paint: Paint, bounds?: DOMRect): void;
  text(s: string, m: DOMMatrix, x: number, y: number, type: Type): void;
  /** Clips what follows, until the matching `end()`, to `d`. */
  clip(d: string, m: DOMMatrix): void;
  end(): void;
}

export const none = (paint?: string) =>
  !paint || paint === 'none' || paint === 'transparent' || /rgba\(.*, 0\)$/u.test(paint);
/** The scale a matrix draws at (for stroke widths). */
const scaleOf = (m: DOMMatrix) => Math.sqrt(Math.abs(m.a * m.d - m.b * m.c));

/** A canvas `width × height` CSS pixels large at `scale` device pixels each, on `background`. */
export function canvasSink(width: number, height: number, scale: number, background: string) {
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * scale);
  canvas.height = Math.round(height * scale);
  const ctx = canvas.getContext('2d')!;
  ctx.fillStyle = background;
  ctx.fillRect(0, 0, canvas.width, canvas.height);

  const fill = (d: Path2D, m: DOMMatrix, paint: Paint, bounds?: DOMRect) => {
    const {fill: f, rule = 'nonzero'} = paint;
    if (typeof f === 'string' && !none(f)) {
      ctx.fillStyle = f;
      ctx.fill(d, rule);
    } else if (f instanceof SVGLinearGradientElement) {
      ctx.fillStyle = gradient(ctx, f, bounds);
      ctx.fill(d, rule);
    } else if (f instanceof SVGPatternElement && bounds) {
      ctx.save();
      ctx.clip(d, rule);
      pattern(ctx, f, m, bounds);
      ctx.restore();
    }
  };
  const stroke = (d: Path2D, m: DOMMatrix, paint: Paint) => {
    if (none(paint.stroke) || !paint.width) return;
    ctx.strokeStyle = paint.stroke!;
    ctx.lineJoin = paint.join ?? 'miter';
    // A width in picture pixels: drawn untransformed, along the path mapped onto the picture.
    ctx.lineWidth = paint.fixed ? paint.width * scale : paint.width * scaleOf(m);
    const mapped = new Path2D();
    mapped.addPath(d, m);
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.stroke(mapped);
    ctx.setTransform(m);
  };

  const at = (m: DOMMatrix) => ctx.setTransform(new DOMMatrix().scale(scale).multiply(m));
  const sink: Sink = {
    shape(d, m, paint, bounds) {
      const path = new Path2D(d);
      const placed = new DOMMatrix().scale(scale).multiply(m);
      ctx.save();
      ctx.globalAlpha = paint.opacity ?? 1;
      ctx.setTransform(placed);
      if (paint.strokeFirst) stroke(path, placed, paint);
      fill(path, placed, paint, bounds);
      if (!paint.strokeFirst) stroke(path, placed, paint);
      ctx.restore();
    },
    text(s, m, x, y, type) {
      ctx.save();
      at(m);
      ctx.font = `${type.style} ${type.weight} ${type.size}px ${type.family}`;
      ctx.textAlign = type.align;
      ctx.textBaseline = type.baseline;
      ctx.letterSpacing = type.letterSpacing ?? '0px';
      ctx.wordSpacing = type.wordSpacing ?? '0px';
      ctx.lineJoin = type.join ?? 'miter';
      ctx.globalAlpha = type.opacity ?? 1;
      const strokeText = () => {
        if (none(type.stroke) || !type.width) return;
        ctx.strokeStyle = type.stroke!;
        ctx.lineWidth = type.width;
        ctx.strokeText(s, x, y);
      };
      if (type.strokeFirst) strokeText();
      if (typeof type.fill === 'string' && !none(type.fill)) {
        ctx.fillStyle = type.fill;
        ctx.fillText(s, x, y);
      }
      if (!type.strokeFirst) strokeText();
      ctx.restore();
    },
    clip(d, m) {
      ctx.save();
      at(m);
      ctx.clip(new Path2D(d));
    },
    end: () => ctx.restore(),
  };
  const png = () =>
    new Promise<Blob>((resolve, reject) =>
      canvas.toBlob(
        (blob) => (blob ? resolve(blob) : reject(new Error('The picture could not be encoded'))),
        'image/png',
      ),
    );
  return {sink, canvas, png};
}

/** Stops as `[offset, colour]`, from their computed styles. */
const stops = (g: SVGGradientElement) =>
  [...g.querySelectorAll('stop')].map((s) => [s.offset.baseVal, getComputedStyle(s).stopColor] as const);

/**
 * A linear gradient in user space (the map's lines and stripes): a canvas gradient does not repeat,
 * so a repeating one is written out over every period the shape's bounds cross, hard stops and all.
 */
function gradient(ctx: CanvasRenderingContext2D, g: SVGLinearGradientElement, bounds?: DOMRect): CanvasGradient {
  const [x1, y1, x2, y2] = [g.x1, g.y1, g.x2, g.y2].map((l) => l.baseVal.value);
  const [vx, vy] = [x2 - x1, y2 - y1];
  const length2 = vx * vx + vy * vy || 1;
  let [from, to] = [0, 1];
  if (g.spreadMethod.baseVal !== SVGGradientElement.SVG_SPREADMETHOD_PAD && bounds) {
    const {x, y, width: w, height: h} = bounds;
    const t = [
      [x, y],
      [x + w, y],
      [x, y + h],
      [x + w, y + h],
    ].map(([px, py]) => ((px - x1) * vx + (py - y1) * vy) / length2);
    from = Math.floor(Math.min(...t));
    // A bound on the stops, for a shape vastly larger than its period.
    to = Math.min(Math.ceil(Math.max(...t)), from + 4000);
  }
  const paint = ctx.createLinearGradient(x1 + from * vx, y1 + from * vy, x1 + to * vx, y1 + to * vy);
  const list = stops(g);
  const n = to - from || 1;
  for (let k = 0; k < n; k++) {
    for (const [offset, colour] of list) {
      try {
        paint.addColorStop((k + Math.min(Math.max(offset, 0), 1)) / n, colour);
      } catch {
        // A colour the canvas cannot parse: that stop is left out, not the picture.
      }
    }
  }
  return paint;
}

/** A pattern in user space (the map's dots): its tile's shapes drawn at every tile the shape's bounds cross. */
function pattern(ctx: CanvasRenderingContext2D, p: SVGPatternElement, m: DOMMatrix, bounds: DOMRect): void {
  const [px, py, w, h] = [p.x, p.y, p.width, p.height].map((l) => l.baseVal.value);
  if (w <= 0 || h <= 0) return;
  const tile = [...p.children].flatMap((child) => {
    const d = pathData(child);
    const fill = getComputedStyle(child).fill;
    return d && !none(fill) ? [{path: new Path2D(d), fill}] : [];
  });
  const x0 = px + Math.floor((bounds.x - px) / w) * w;
  const y0 = py + Math.floor((bounds.y - py) / h) * h;
  for (let y = y0; y < bounds.y + bounds.height; y += h) {
    for (let x = x0; x < bounds.x + bounds.width; x += w) {
      ctx.setTransform(m.translate(x, y));
      for (const {path, fill} of tile) {
        ctx.fillStyle = fill;
        ctx.fill(path);
      }
    }
  }
}

/** An SVG shape's outline as path data (paths, circles, rects, lines), or `''`. */
export function pathData(el: Element): string {
  if (el instanceof SVGPathElement) return el.getAttribute('d') ?? '';
  if (el instanceof SVGCircleElement) {
    const [cx, cy, r] = [el.cx, el.cy, el.r].map((l) => l.baseVal.value);
    return r > 0 ? `M${cx - r} ${cy}a${r} ${r} 0 1 0 ${2 * r} 0a${r} ${r} 0 1 0 ${-2 * r} 0Z` : '';
  }
  if (el instanceof SVGRectElement) {
    const [x, y, w, h] = [el.x, el.y, el.width, el.height].map((l) => l.baseVal.value);
    return `M${x} ${y}h${w}v${h}h${-w}Z`;
  }
  if (el instanceof SVGLineElement) {
    const [x1, y1, x2, y2] = [el.x1, el.y1, el.x2, el.y2].map((l) => l.baseVal.value);
    return `M${x1} ${y1}L${x2} ${y2}`;
  }
  return '';
}

const escape = (s: string) => s.replace(/[&<>"]/gu, (c) => `&${{'&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot'}[c]};`);
const matrix = (m: DOMMatrix) =>
  m.isIdentity ? undefined : `matrix(${[m.a, m.b, m.c, m.d, m.e, m.f].map((v) => +v.toFixed(4)).join(' ')})`;
const attrs = (list: Record<string, string | number | undefined>) =>
  Object.entries(list)
    .filter(([, v]) => v !== undefined && v !== '')
    .map(([k, v]) => ` ${k}="${escape(String(v))}"`)
    .join('');

/** A standalone SVG document `width × height` CSS pixels large, on `background`: plain colours only. */
export function svgSink(width: number, height: number, background: string) {
  const parts: string[] = [];
  let clips = 0;
  const paintAttrs = (p: Paint) => ({
    fill: typeof p.fill === 'string' ? p.fill : 'none',
    'fill-rule': p.rule,
    stroke: none(p.stroke) || !p.width ? undefined : p.stroke,
    'stroke-width': none(p.stroke) ? undefined : p.width,
    'stroke-linejoin': none(p.stroke) ? undefined : p.join,
    'vector-effect': p.fixed ? 'non-scaling-stroke' : undefined,
    'paint-order': p.strokeFirst ? 'stroke' : undefined,
    opacity: p.opacity === 1 ? undefined : p.opacity,
  });
  const sink: Sink = {
    shape(d, m, paint) {
      if (typeof paint.fill !== 'string' || (none(paint.fill) && none(paint.stroke))) return;
      parts.push(`<path${attrs({d, transform: matrix(m), ...paintAttrs(paint)})}/>`);
    },
    text(s, m, x, y, type) {
      const anchor = {left: 'start', start: 'start', center: 'middle', right: 'end', end: 'end'}[type.align];
      parts.push(
        `<text${attrs({
          x,
          y,
          transform: matrix(m),
          'font-family': type.family,
          'font-size': type.size,
          'font-weight': type.weight,
          'font-style': type.style === 'normal' ? undefined : type.style,
          'text-anchor': anchor,
          'dominant-baseline': type.baseline === 'middle' ? 'central' : undefined,
          'letter-spacing': type.letterSpacing,
          'word-spacing': type.wordSpacing,
          ...paintAttrs(type),
        })}>${escape(s)}</text>`,
      );
    },
    clip(d, m) {
      const id = `clip-${++clips}`;
      parts.push(
        `<clipPath id="${id}"><path${attrs({d, transform: matrix(m)})}/></clipPath><g clip-path="url(#${id})">`,
      );
    },
    end: () => parts.push('</g>'),
  };
  const document = () =>
    `<svg xmlns="http://www.w3.org/2000/svg" width="${Math.round(width)}" height="${Math.round(height)}" viewBox="0 0 ${Math.round(width)} ${Math.round(height)}"><rect width="100%" height="100%"${attrs({fill: background})}/>${parts.join('')}</svg>`;
  return {sink, document};
}
