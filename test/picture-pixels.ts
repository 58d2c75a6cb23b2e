/**
 * Reading a widget's PNG back as a reader's image viewer would: decoded (createImageBitmap, no
 * image URL), its pixels sampled, and its downloads caught. For test/components/*-png.test.ts.
 */

export interface Pixels {
  readonly width: number;
  readonly height: number;
  /** `[r, g, b, a]` at a pixel of the image. */
  at(x: number, y: number): [number, number, number, number];
  /** How many pixels of the rectangle are within `tolerance` of `rgb` in every channel. */
  count(rgb: readonly number[], x0: number, y0: number, x1: number, y1: number, tolerance?: number): number;
}

export async function pixelsOf(blob: Blob): Promise<Pixels> {
  const bitmap = await createImageBitmap(blob);
  const canvas = document.createElement('canvas');
  canvas.width = bitmap.width;
  canvas.height = bitmap.height;
  const ctx = canvas.getContext('2d', {willReadFrequently: true})!;
  ctx.drawImage(bitmap, 0, 0);
  const {data} = ctx.getImageData(0, 0, bitmap.width, bitmap.height);
  const at = (x: number, y: number) => {
    const i = (Math.round(y) * bitmap.width + Math.round(x)) * 4;
    return [data[i], data[i + 1], data[i + 2], data[i + 3]] as [number, number, number, number];
  };
  return {
    width: bitmap.width,
    height: bitmap.height,
    at,
    count(rgb, x0, y0, x1, y1, tolerance = 8) {
      let n = 0;
      for (let y = Math.max(0, Math.floor(y0)); y < Math.min(bitmap.height, y1); y++) {
        for (let x = Math.max(0, Math.floor(x0)); x < Math.min(bitmap.width, x1); x++) {
          const p = at(x, y);
          if (rgb.every((c, i) => Math.abs(c - p[i]) <= tolerance)) n++;
        }
      }
      return n;
    },
  };
}

/** Any CSS colour (a computed `color(srgb …)` too) as `[r, g, b]`, as a canvas paints it. */
export function rgbOf(colour: string): [number, number, number] {
  const ctx = document.createElement('canvas').getContext('2d', {willReadFrequently: true})!;
  ctx.fillStyle = colour;
  ctx.fillRect(0, 0, 1, 1);
  const [r, g, b] = ctx.getImageData(0, 0, 1, 1).data;
  return [r, g, b];
}

/** Whether two colours are the same within `tolerance` per channel. */
export const near = (a: readonly number[], b: readonly number[], tolerance = 3) =>
  a.slice(0, 3).every((c, i) => Math.abs(c - b[i]) <= tolerance);
