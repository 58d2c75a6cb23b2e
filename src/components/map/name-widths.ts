/**
 * How wide the map's names are drawn, measured in the typography they are drawn in. The page sets
 * it (`--foip-font-family`, its own letter-spacing, `::part(labels)`), and an estimate made for
 * one font lets names overlap in another. A canvas measures with the fonts and shaping the SVG
 * text uses, without laying out the page; widths are kept per typography and name.
 */

export interface NameTypography {
  /** The names' font size (px). */
  readonly size: number;
  /** A name's drawn width (px); absent where no canvas measures (the estimate applies). */
  readonly measure?: (text: string) => number;
}

let context: CanvasRenderingContext2D | null | undefined;
const widthsByTypography = new Map<string, Map<string, number>>();

/** Forgets every width: a font has loaded, and what was measured in its fallback is out of date. */
export function forgetNameWidths(): void {
  widthsByTypography.clear();
}

/** The typography of the names drawn in `labels` (the layer they inherit from), in `lang`. */
export function nameTypography(labels: Element, lang: string): NameTypography {
  const style = getComputedStyle(labels);
  const size = parseFloat(style.fontSize);
  context ??= document.createElement('canvas').getContext('2d');
  if (!context) return {size};
  const font = `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
  // 'normal' reads as NaN: no extra spacing.
  const letterSpacing = parseFloat(style.letterSpacing) || 0;
  const wordSpacing = parseFloat(style.wordSpacing) || 0;
  const transform = style.textTransform;
  const key = [font, letterSpacing, wordSpacing, transform, lang].join('|');
  let widths = widthsByTypography.get(key);
  if (!widths) widthsByTypography.set(key, (widths = new Map()));
  const canvas = context;
  return {
    size,
    measure(text) {
      let width = widths.get(text);
      if (width === undefined) {
        const shown = transformed(text, transform, lang);
        canvas.font = font;
        // Spacing follows every character (the last too, as SVG text draws it) and every space.
        width =
          canvas.measureText(shown).width +
          letterSpacing * [...shown].length +
          wordSpacing * (shown.split(' ').length - 1);
        widths.set(text, width);
      }
      return width;
    },
  };
}

/** A name as `text-transform` shows it (capitals are wider), for measuring and for pictures. */
export function transformed(text: string, transform: string, lang: string): string {
  if (transform === 'uppercase') return text.toLocaleUpperCase(lang);
  if (transform === 'lowercase') return text.toLocaleLowerCase(lang);
  if (transform === 'capitalize')
    return text.replace(/(^|\s)(\p{L})/gu, (_, s: string, c: string) => s + c.toLocaleUpperCase(lang));
  return text;
}
