/**
 * The colour palette behind the `--foip-*` defaults, as data so contrast is tested without a
 * browser (`test/unit/palette.test.ts`): pillar colours keep ≥ 3:1 against the surface in both
 * schemes (WCAG 1.4.11), controls' edges ≥ 3:1, text ≥ 4.5:1 (1.4.3), and text on a pillar badge ≥ 4.5:1.
 */
import type {PillarId} from '../data/types.js';

export interface Scheme {
  readonly surface: string;
  readonly surfaceRaised: string;
  readonly text: string;
  readonly textMuted: string;
  readonly border: string;
  /** A control's edge (buttons): ≥ 3:1 on both surfaces (1.4.11), where `border` only separates. */
  readonly control: string;
  readonly accent: string;
  readonly onPillar: string;
  readonly pillars: Readonly<Record<PillarId, string>>;
}

export const PALETTE: Readonly<Record<'light' | 'dark', Scheme>> = {
  light: {
    surface: '#ffffff',
    surfaceRaised: '#f4f6f9',
    text: '#1a1d23',
    textMuted: '#4a5160',
    border: '#c4cad4',
    control: '#7a8190',
    accent: '#0b57b0',
    onPillar: '#ffffff',
    // Blue, green, vermilion: distinguishable with the common colour-vision deficiencies, and never the only cue (glyphs ①②③).
    pillars: {1: '#1d5fb4', 2: '#1b7344', 3: '#b3341b'},
  },
  dark: {
    surface: '#16191f',
    surfaceRaised: '#20242c',
    text: '#eceef2',
    textMuted: '#b4bac6',
    border: '#4a5261',
    control: '#8a92a2',
    accent: '#8ab8ff',
    onPillar: '#101216',
    pillars: {1: '#7fb2ff', 2: '#63c98f', 3: '#ff9a80'},
  },
};

function channel(hex: string, offset: number): number {
  const c = parseInt(hex.slice(offset, offset + 2), 16) / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

/** WCAG 2 relative luminance of a `#rrggbb` colour. */
export function luminance(hex: string): number {
  return 0.2126 * channel(hex, 1) + 0.7152 * channel(hex, 3) + 0.0722 * channel(hex, 5);
}

/** WCAG 2 contrast ratio between two `#rrggbb` colours (1…21). */
export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}
