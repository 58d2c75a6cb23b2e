/**
 * How wide the map's names are drawn, measured in the typography they are drawn in. The page sets
 * it (`--foip-font-family`, its own letter-spacing, `::part(labels)`), and an estimate made for
 * one font lets names overlap in another. A canvas measures with the fonts and shaping the SVG
 * text uses, without laying out the page; widths are kept per typography and name.
 */

export interface NameTypography {
  /** The names' font size (px). */
  readonly size: number;
  /** A name's drawn width (px); absent where a canvas cannot measure it (then one em a character: `textWidth`). */
  readonly measure?: (text: string) => number;
}

let context: CanvasRenderingContext2D | null | undefined;
const widthsByTypography = new Map<string, Map<string, number>>();

/** Forgets every width: a font has loaded, and what was measured in its fallback is out of date. */
export function forgetNameWidths(): void {
  widthsByTypography.clear();
}

/**
 * The typography of the names drawn in `labels` (the layer they inherit from), in `lang`; none while
 * it cannot be read (the map out of the page: no computed style).
 */
export function nameTypography(labels: Element, lang: string): NameTypography | undefined {
  const style = getComputedStyle(labels);
  const size = parseFloat(style.fontSize);
  if (!labels.isConnected || !(size > 0)) return undefined;
  context ??= document.createElement('canvas').getContext('2d');
  const letterSpacing = spacing(style.letterSpacing, size);
  const wordSpacing = spacing(style.wordSpacing, size);
  // What a canvas cannot draw as the SVG does: one em a character (textWidth) instead.
  const unmeasurable =
    !['none', 'uppercase', 'lowercase', 'capitalize'].includes(style.textTransform) ||
    !['', 'none'].includes(style.getPropertyValue('font-size-adjust'));
  if (!context || unmeasurable || letterSpacing === undefined || wordSpacing === undefined) return {size};
  // The one font-variant a canvas font takes; other variants and font-stretch are measured as normal
  // (checked: no wider than drawn, but for the padding every name keeps).
  const caps = style.fontVariantCaps === 'small-caps' ? 'small-caps' : '';
  const font = `${style.fontStyle} ${caps} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
  const transform = style.textTransform;
  const key = [font, letterSpacing, wordSpacing, transform, lang].join('|');
  let widths = widthsByTypography.get(key);
  if (!widths) {
    // A fluid font size makes a new typography at every resize: keep the last few only.
    if (widthsByTypography.size >= 8) widthsByTypography.clear();
    widthsByTypography.set(key, (widths = new Map()));
  }
  const canvas = context;
  return {
    size,
    measure(text) {
      let width = widths.get(text);
      if (width === undefined) {
        const shown = transformed(text, transform, lang);
        canvas.font = font;
        const metrics = canvas.measureText(shown);
        // Glyphs may reach past their advance (italic, slanted fallback fonts); spacing follows
        // every character (the last too, as SVG text draws it) and every space.
        width =
          Math.max(metrics.width, metrics.actualBoundingBoxLeft + metrics.actualBoundingBoxRight) +
          letterSpacing * [...shown].length +
          wordSpacing * (shown.split(' ').length - 1);
        widths.set(text, width);
      }
      return width;
    },
  };
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
