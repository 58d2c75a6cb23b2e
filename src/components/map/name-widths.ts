/**
 * How wide the map's names are drawn, measured in the typography they are drawn in. The page sets
 * it (`--foip-font-family`, its own letter-spacing, `::part(labels)`), and an estimate made for
 * one font lets names overlap in another. A canvas measures with the fonts and shaping the SVG
 * text uses, without laying out the page; widths are kept per typography and name.
 */

import {FULL_WIDTH} from '../../layout/map-labels.js';

export interface NameTypography {
  /** The names' font size (px), as drawn (after any font-size-adjust). */
  readonly size: number;
  /** A name's drawn width (px); absent where a canvas cannot measure it (then one em a character: `textWidth`). */
  readonly measure?: (text: string) => number;
  /** Names are drawn in full-width forms (`text-transform: full-width`, Firefox): one em a character, in a Japanese line. */
  readonly fullWidth?: boolean;
}

let context: CanvasRenderingContext2D | null | undefined;
/** Per typography: the scale font-size-adjust draws it at, and the widths measured in it, by name. */
const byTypography = new Map<
  string,
  {readonly scale: {readonly latin: number; readonly cjk: number}; readonly widths: Map<string, number>}
>();

let forgottenFor: Event | undefined;

/**
 * Forgets every width: a font has loaded, and what was measured in its fallback is out of date.
 * Once for every map on the page: the next map to hear of the same `cause` keeps what the first measured again.
 */
export function forgetNameWidths(cause: Event): void {
  if (cause === forgottenFor) return;
  forgottenFor = cause;
  byTypography.clear();
}

/**
 * The typography of the names drawn in `labels` (the layer they inherit from), in `lang`; none while
 * it cannot be read (the map out of the page: no computed style; under font-size-adjust, the names
 * hidden by the page).
 */
export function nameTypography(labels: Element, lang: string): NameTypography | undefined {
  const style = getComputedStyle(labels);
  const size = parseFloat(style.fontSize);
  if (!labels.isConnected || !(size > 0)) return undefined;
  context ??= document.createElement('canvas').getContext('2d');
  const letterSpacing = spacing(style.letterSpacing, size);
  const wordSpacing = spacing(style.wordSpacing, size);
  // What a canvas cannot draw as the SVG does: one em a character (textWidth) instead.
  if (style.textTransform.includes('full-width')) return {size, fullWidth: true};
  const unmeasurable = !['none', 'uppercase', 'lowercase', 'capitalize'].includes(style.textTransform);
  if (!context || unmeasurable || letterSpacing === undefined || wordSpacing === undefined) return {size};
  // The one font-variant a canvas font takes; other variants and font-stretch are measured as normal
  // (checked: no wider than drawn, but for the padding every name keeps).
  const caps = style.fontVariantCaps === 'small-caps' ? 'small-caps' : '';
  const font = `${style.fontStyle} ${caps} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
  const transform = style.textTransform;
  const adjust = style.getPropertyValue('font-size-adjust');
  const key = [font, letterSpacing, wordSpacing, transform, lang, adjust].join('|');
  let typography = byTypography.get(key);
  if (!typography) {
    // font-size-adjust scales each font to a metric of its own, which a canvas does not take and
    // browsers read differently (DejaVu Sans at 0.75: ×1.28 in Chromium, ×1.5 in Firefox): the
    // scale is read from a name drawn in the layer, for Latin and Japanese script apart.
    let scale = {latin: 1, cjk: 1};
    if (adjust && adjust !== 'none') {
      context.font = font;
      const probe = (text: string) => drawnScale(labels, context!, transformed(text, transform, lang), letterSpacing);
      const [latin, cjk] = [probe('Indonesia'), probe('インドネシア')];
      // Names not drawn (hidden by the page): nothing to read the scale from; they wait, as out of the page.
      if (!latin || !cjk) return undefined;
      scale = {latin, cjk};
    }
    // A fluid font size makes a new typography at every resize: keep the last few only.
    if (byTypography.size >= 8) byTypography.clear();
    byTypography.set(key, (typography = {scale, widths: new Map()}));
  }
  const {scale, widths} = typography;
  const canvas = context;
  return {
    size: size * Math.max(scale.latin, scale.cjk),
    measure(text) {
      let width = widths.get(text);
      if (width === undefined) {
        const shown = transformed(text, transform, lang);
        canvas.font = font;
        const metrics = canvas.measureText(shown);
        // Glyphs may reach past their advance (italic, slanted fallback fonts); spacing follows
        // every character (the last too, as SVG text draws it) and every space.
        width =
          Math.max(metrics.width, metrics.actualBoundingBoxLeft + metrics.actualBoundingBoxRight) *
            (FULL_WIDTH.test(shown) ? scale.cjk : scale.latin) +
          letterSpacing * [...shown].length +
          wordSpacing * (shown.split(' ').length - 1);
        widths.set(text, width);
      }
      return width;
    },
  };
}

/**
 * How much larger than the canvas measures it `probe` (as shown: transformed) is drawn in `labels`:
 * one text laid out and removed before it is painted. Undefined where nothing is drawn.
 */
function drawnScale(
  labels: Element,
  canvas: CanvasRenderingContext2D,
  probe: string,
  letterSpacing: number,
): number | undefined {
  const text = document.createElementNS('http://www.w3.org/2000/svg', 'text');
  text.textContent = probe;
  labels.append(text);
  // The drawn advance counts the spacing after every character; the scale is the glyphs'.
  const drawn = text.getComputedTextLength() - letterSpacing * [...probe].length;
  text.remove();
  const scale = drawn / canvas.measureText(probe).width;
  return scale > 0 && Number.isFinite(scale) ? scale : undefined;
}

/** A computed letter- or word-spacing in px: 'normal', px, or % of the font size; else unknown (calc()). */
function spacing(value: string, size: number): number | undefined {
  if (value === 'normal') return 0;
  if (/^-?[\d.]+px$/u.test(value)) return parseFloat(value);
  if (/^-?[\d.]+%$/u.test(value)) return (parseFloat(value) / 100) * size;
  return undefined;
}

/** A name as `text-transform` shows it (capitals are wider), for measuring and for pictures. */
export function transformed(text: string, transform: string, lang: string): string {
  if (transform === 'uppercase') return text.toLocaleUpperCase(lang);
  if (transform === 'lowercase') return text.toLocaleLowerCase(lang);
  if (transform === 'capitalize')
    return text.replace(/(^|\s)(\p{L})/gu, (_, s: string, c: string) => s + c.toLocaleUpperCase(lang));
  return text;
}
