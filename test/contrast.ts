/**
 * Contrast as WCAG computes it, from colours as the browser resolved them (any CSS syntax:
 * `color-mix()`, `oklch()`, system colours): each is painted on a 1×1 canvas over what lies behind
 * it and read back as sRGB, so what is measured is what is shown. axe leaves SVG fills undecided;
 * these checks decide them (WCAG 1.4.11, 3:1 for graphics; 1.4.3, 4.5:1 for text).
 */

const canvas = document.createElement('canvas');
canvas.width = canvas.height = 1;
const context = canvas.getContext('2d', {willReadFrequently: true})!;

/** `colour` painted over `behind` (opaque white when not given), as sRGB 0–255. */
export function toRgb(colour: string, behind = '#fff'): [number, number, number] {
  context.clearRect(0, 0, 1, 1);
  context.fillStyle = '#fff';
  context.fillStyle = behind;
  context.fillRect(0, 0, 1, 1);
  context.fillStyle = colour;
  context.fillRect(0, 0, 1, 1);
  const [r, g, b] = context.getImageData(0, 0, 1, 1).data;
  return [r, g, b];
}

function luminance([r, g, b]: readonly number[]): number {
  const [lr, lg, lb] = [r, g, b].map((v) => {
    const c = v / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * lr + 0.7152 * lg + 0.0722 * lb;
}

/** The contrast ratio (1–21) of two colours; `behind` is what a translucent one is painted over. */
export function contrast(a: string, b: string, behind = '#fff'): number {
  const backdrop = `rgb(${toRgb(behind).join(' ')})`;
  const [la, lb] = [luminance(toRgb(a, backdrop)), luminance(toRgb(b, backdrop))];
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/** A computed style property of `element` (e.g. `fill`, `stroke`, `border-top-color`). */
export const computed = (element: Element, property: string): string =>
  getComputedStyle(element).getPropertyValue(property);
