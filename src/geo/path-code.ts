/**
 * The map's outlines as the build writes them and the page reads them. Every point is on a grid of
 * `PATH_STEP` plane units, so each coordinate is a whole number of steps; the build writes those
 * numbers as base-64 digits of variable length (the sign folded into the lowest bit, five bits a
 * digit, the sixth saying that more follow) and the page turns them into SVG path data once, when
 * the module loads. Measured on the map's 241 outlines: 11.5 kB gzip as SVG path text, 9.3 kB so
 * (the map's page and the one file carry them). Pure: no DOM.
 *
 * A ring is its first point (the first ring's from the origin, each next one's from the start of
 * the ring before, as nearby islands are), then each point from the one before; `.` closes it.
 */

/** Quantization step in plane units: half a pixel at 1,000 px, so small islands keep their shape. */
export const PATH_STEP = 0.5;

/** A ring of `[x, y]` points in plane units on the grid; a closing point repeating the first is dropped. */
export type Ring = readonly (readonly number[])[];

const DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const RING_END = '.';
const MORE = 32;
const VALUE = new Int8Array(128).fill(-1);
for (let i = 0; i < DIGITS.length; i++) VALUE[DIGITS.charCodeAt(i)] = i;

function steps(n: number): number {
  const k = n / PATH_STEP;
  if (!Number.isInteger(k)) throw new Error(`${n} is not on the map's grid of ${PATH_STEP}`);
  return k;
}

function digits(k: number): string {
  let z = k < 0 ? -2 * k - 1 : 2 * k;
  let text = '';
  for (; z >= MORE; z = Math.floor(z / MORE)) text += DIGITS[MORE + (z % MORE)];
  return text + DIGITS[z];
}

/** Build time: rings (points on the grid) as the code `decodePath` reads. */
export function encodeRings(rings: readonly Ring[]): string {
  let code = '';
  let start = [0, 0];
  for (const ring of rings) {
    // The closing point repeats the first: `z` draws that line.
    const open = ring.length > 1 && ring.at(-1)!.join() === ring[0].join() ? ring.slice(0, -1) : ring;
    const points = open.map(([x, y]) => [steps(x), steps(y)]);
    code += digits(points[0][0] - start[0]) + digits(points[0][1] - start[1]);
    for (let i = 1; i < points.length; i++) {
      code += digits(points[i][0] - points[i - 1][0]) + digits(points[i][1] - points[i - 1][1]);
    }
    code += RING_END;
    start = points[0];
  }
  return code;
}

/** `0.5` → `.5`, `-0.5` → `-.5`: SVG path numbers need no leading zero. */
function format(k: number): string {
  const text = String(k * PATH_STEP);
  if (k > -2 && k < 2 && k !== 0) return k < 0 ? `-${text.slice(2)}` : text.slice(1);
  return text;
}
// Most steps between points are short: their text made once (a map's first draw decodes ~9,500 numbers).
const SHORT = 128;
const SHORT_TEXT = Array.from({length: 2 * SHORT + 1}, (_, i) => format(i - SHORT));
const number = (k: number): string => (k >= -SHORT && k <= SHORT ? SHORT_TEXT[k + SHORT] : format(k));

/**
 * SVG path data of the code `encodeRings` wrote: an absolute move, relative lines, `z` for the
 * closing line (`M x y l dx dy … z` a ring, as `rings` in land.ts reads it).
 */
export function decodePath(code: string): string {
  let d = '';
  let value = 0;
  let scale = 1;
  // Numbers read in the current ring; its start, in steps.
  let count = 0;
  let x = 0;
  let y = 0;
  for (let i = 0; i < code.length; i++) {
    if (code[i] === RING_END) {
      d += 'z';
      count = 0;
      continue;
    }
    const digit = VALUE[code.charCodeAt(i)];
    if (digit < 0) throw new Error(`not an outline's code at ${i}: ${code.slice(i, i + 8)}`);
    value += (digit % MORE) * scale;
    if (digit >= MORE) {
      scale *= MORE;
      continue;
    }
    const k = value % 2 ? -(value + 1) / 2 : value / 2;
    value = 0;
    scale = 1;
    if (count === 0) d += `M${number((x += k))}`;
    else if (count === 1) d += ` ${number((y += k))}`;
    else {
      const text = number(k);
      // A minus sign separates numbers by itself; anything else needs a space (or the `l`).
      d += count === 2 ? `l${text}` : text[0] === '-' ? text : ` ${text}`;
    }
    count++;
  }
  return d;
}

/** Rings as SVG path data, as the page reads them from the build's code. */
export const pathData = (rings: readonly Ring[]): string => decodePath(encodeRings(rings));
