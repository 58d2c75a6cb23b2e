/**
 * The shared look: public `--foip-*` custom properties with defaults from `PALETTE`, resolved
 * into private `--_*` tokens that element styles use. `light-dark()` follows the `color-scheme`
 * the element inherits from the host page, so a page's own dark switch carries into the widget;
 * `theme="light|dark"` overrides it. Styles live in adopted stylesheets only: strict CSP pages
 * forbid inline `style=""` attributes.
 */
import {css, unsafeCSS} from 'lit';

import {PALETTE} from '../layout/palette.js';

const {light, dark} = PALETTE;
const pair = (a: string, b: string) => unsafeCSS(`light-dark(${a}, ${b})`);

export const themeStyles = css`
  :host {
    color-scheme: inherit;
    --_font: var(
      --foip-font-family,
      system-ui,
      -apple-system,
      'Segoe UI',
      'Hiragino Sans',
      'Hiragino Kaku Gothic ProN',
      'Noto Sans JP',
      'Noto Sans CJK JP',
      Meiryo,
      sans-serif
    );
    --_text: var(--foip-color-text, ${pair(light.text, dark.text)});
    --_text-muted: var(--foip-color-text-muted, ${pair(light.textMuted, dark.textMuted)});
    --_surface: var(--foip-color-surface, ${pair(light.surface, dark.surface)});
    --_surface-raised: var(--foip-color-surface-raised, ${pair(light.surfaceRaised, dark.surfaceRaised)});
    --_border: var(--foip-color-border, ${pair(light.border, dark.border)});
    --_control: var(--foip-color-control, ${pair(light.control, dark.control)});
    --_accent: var(--foip-color-accent, ${pair(light.accent, dark.accent)});
    --_on-pillar: var(--foip-color-on-pillar, ${pair(light.onPillar, dark.onPillar)});
    --_pillar-1: var(--foip-color-pillar-1, ${pair(light.pillars[1], dark.pillars[1])});
    --_pillar-2: var(--foip-color-pillar-2, ${pair(light.pillars[2], dark.pillars[2])});
    --_pillar-3: var(--foip-color-pillar-3, ${pair(light.pillars[3], dark.pillars[3])});
    --_radius: var(--foip-radius, 0.5rem);
    --_space: var(--foip-space, 1rem);
    --_focus-ring: var(--foip-focus-ring, 3px solid var(--_accent));

    display: block;
    /* The widget's own box: its padding (a forced theme's surface) stays inside the width it is
       given. !important because a page's rule on the tag (a reset's "* { box-sizing: content-box }")
       outranks :host, and a page's !important is outranked by this one. */
    box-sizing: border-box !important;
    max-inline-size: 100%;
    font-family: var(--_font);
    color: var(--_text);
  }
  /* What a page may set on the tag or around it and every element inherits, that is layout, not
     type: the widgets lay themselves out. Set on what the widget draws, not on :host: a page's rule
     on the tag itself, a reset's "* { line-height: 2 }" as much as a rule naming the tag, outranks
     :host, and only reaches the shadow tree through inheritance, which these stop. So a reset,
     a centred, indented, letter-spaced or unwrapped page does not move, centre, indent or stretch
     legend, list or card; word-break: break-all, common on Japanese sites, does not cut English words
     in two. Their English and Japanese read left to right and horizontally, on an embassy's Arabic or
     Hebrew page too (mirrored, the map's names ran over their own markers); the page's
     margin-inline-start on the tag keeps the page's direction. Type stays the page's: font size,
     and the family through --foip-font-family; the colour is the widget's (its contrast is checked). */
  :host > * {
    color: var(--_text);
    direction: ltr;
    writing-mode: horizontal-tb;
    text-align: start;
    text-indent: 0;
    text-transform: none;
    white-space: normal;
    word-break: normal;
    letter-spacing: normal;
    word-spacing: normal;
    line-height: 1.6;
    /* Japanese breaks between any two characters; keep Latin words whole but never overflow. */
    overflow-wrap: anywhere;
    line-break: strict;
  }
  :host([theme='light']) {
    color-scheme: light;
  }
  :host([theme='dark']) {
    color-scheme: dark;
  }
  :host([hidden]) {
    display: none;
  }
  /* Not inherited from the host: a page's "* { box-sizing: content-box }" reaches the tag (above). */
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  :focus-visible {
    outline: var(--_focus-ring);
    outline-offset: 2px;
  }
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    margin: -1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  [data-pillar='1'] {
    --_pillar: var(--_pillar-1);
  }
  [data-pillar='2'] {
    --_pillar: var(--_pillar-2);
  }
  [data-pillar='3'] {
    --_pillar: var(--_pillar-3);
  }
  /* The circled number ①②③ on its pillar colour: with the title, colour is never the only cue. */
  .glyph {
    flex: none;
    display: inline-grid;
    place-items: center;
    min-inline-size: 1.75em;
    min-block-size: 1.75em;
    border-radius: 999px;
    background: var(--_pillar);
    color: var(--_on-pillar);
    font-weight: 700;
    line-height: 1;
  }
  /* The source and edition line of internal/source-line.ts. */
  .source {
    font-size: 0.8125em;
    color: var(--_text-muted);
  }
  .problem {
    display: block;
    padding: calc(var(--_space) * 0.75) var(--_space);
    border: 2px solid var(--_pillar-3);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
  }
  .problem strong {
    display: block;
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      transition-duration: 0s !important;
      animation-duration: 0s !important;
    }
  }
  @media (forced-colors: active) {
    :host {
      --_pillar-1: CanvasText;
      --_pillar-2: CanvasText;
      --_pillar-3: CanvasText;
      --_accent: LinkText;
      --_border: CanvasText;
      --_control: ButtonText;
      --_on-pillar: Canvas;
    }
    .glyph {
      forced-color-adjust: none;
      background: CanvasText;
      color: Canvas;
    }
  }
  @media print {
    :host {
      color-scheme: light;
      --_text: #000;
      --_text-muted: #333;
      --_surface: #fff;
      --_surface-raised: #fff;
    }
  }
`;

/**
 * A widget given `theme="light"` or `"dark"` may differ from the page's scheme: it then paints its own
 * surface. For the widgets that are a block of their own (map, list, pillars, country, partners).
 */
export const forcedSchemeSurface = css`
  :host([theme='light']),
  :host([theme='dark']) {
    /* !important: a page's "* { padding: 0 }" on the tag outranks :host (above). */
    padding: var(--_space) !important;
    border-radius: var(--_radius);
    background: var(--_surface);
  }
`;
