import {css} from 'lit';

import {forcedSchemeSurface} from '../../internal/theme.styles.js';
import {landStyles} from './land-layer.js';
import {layerStyles} from './map-layers.styles.js';
import {panelStyles} from './map-panels.styles.js';

/** The host, the caption, the controls and the frame with its SVG. */
const frameStyles = css`
  :host {
    --_sea: var(--foip-color-sea, light-dark(#e4eef7, #172230));
    --_land: var(--foip-color-land, light-dark(#d3d8df, #3a414d));
    --_undetermined: var(--foip-color-undetermined, light-dark(#f6f7f9, #262b33));
    --_outline: var(--foip-color-border, light-dark(#ffffff, #16191f));
    /* Countries reached only through a region or as a partner: ≥ 3:1 against land and sea (1.4.11). */
    --_region-only: var(--foip-color-region-only, light-dark(#5f6e84, #9aa3b2));
    --_partner-only: var(--foip-color-partner-only, light-dark(#5f6e84, #9aa3b2));
    /* Japan, the home country: the red of its flag, solid (③ is lined), ≥ 3:1 against land and sea. */
    --_home: var(--foip-color-home, light-dark(#bc002d, #ff6f8a));
  }
  /* A forced scheme may differ from the page's: then the map paints its own surface, as the list does. */
  ${forcedSchemeSurface}
  .figure {
    display: grid;
    gap: calc(var(--_space) * 0.5);
    margin: 0;
    color: var(--_text);
  }
  .caption {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    justify-content: space-between;
    gap: 0.5em 1em;
  }
  .caption .heading {
    font-weight: 700;
    font-size: 1.1em;
  }
  .about summary {
    cursor: pointer;
    color: var(--_accent);
  }
  .about p {
    margin: 0.25em 0 0;
    max-inline-size: 60ch;
  }
  .controls {
    display: flex;
    flex-wrap: wrap;
    gap: 0.375rem;
  }
  button {
    font: inherit;
    min-inline-size: 24px;
    min-block-size: 24px;
    padding: 0.25em 0.75em;
    border: 1px solid var(--_control);
    border-radius: var(--_radius);
    background: var(--_surface-raised);
    color: var(--_text);
    cursor: pointer;
  }
  button:disabled {
    cursor: default;
    opacity: 0.6;
  }
  button[aria-pressed='true'],
  button[aria-expanded='true'] {
    border-color: var(--_accent);
    box-shadow: inset 0 0 0 1px var(--_accent);
  }
  /* Nothing clipped here: a tooltip taller than a narrow map (320 px) overlaps what follows instead. */
  .frame {
    position: relative;
    /* Its width chooses the map's crop (below): read by CSS before the first paint, so nothing shifts. */
    container-type: inline-size;
  }
  svg.map {
    display: block;
    border-radius: var(--_radius);
    inline-size: 100%;
    block-size: auto;
    aspect-ratio: 1027 / 643;
    background: var(--_sea);
    touch-action: none;
    cursor: grab;
    /* A map far below the fold is not rendered until scrolled near (its size stays: aspect-ratio). */
    content-visibility: auto;
  }
  /* Once drawn near, always rendered (issue 20): left on auto, Chromium skipped the map's content in
     full-page captures (Puppeteer's fullPage, DevTools' "Capture full size screenshot"), whose
     one-frame viewport resize now and then judged the map, on screen, not relevant: its sea (the
     SVG's background) without land or places in 17 of 30 captures, with or without --disable-gpu;
     none after. Viewport captures, zoom, scrolling and print never lost them. */
  svg.map.drawn {
    content-visibility: visible;
  }
  svg.map:focus-visible {
    outline: var(--_focus-ring);
    outline-offset: -3px;
  }
  :host([view='world']) svg.map {
    aspect-ratio: 2000 / 1040;
  }
  /* A narrow map's taller crop of the Indo-Pacific (NARROW_MAP in src/geo/view.ts; projection.ts says why). */
  @container (width < 600px) {
    :host(:not([view='world'])) svg.map {
      aspect-ratio: 722.1 / 642.6;
    }
  }
`;

/** The source line, the picture button, forced colours and print: after the parts, as they override them. */
const pageStyles = css`
  .source {
    margin: 0;
  }
  /* Under the source line, as charts' "download image" links are: not one more control above the map. */
  .picture {
    margin-block-start: 0.5rem;
    margin-inline-end: 0.5rem;
    font-size: 0.875em;
  }
  @media (forced-colors: active) {
    .place .shape,
    .place .dot,
    .swatch rect {
      forced-color-adjust: none;
      fill: Highlight;
      stroke: CanvasText;
    }
    .land {
      fill: Canvas;
      stroke: CanvasText;
    }
    /* Apart from the countries with initiatives (Highlight): hatched in the text colour, or grey. */
    .place.region-only .shape,
    .place.region-only .dot,
    .swatch rect.region-only {
      fill: url(#texture-region);
    }
    .texture-land {
      stop-color: Canvas;
    }
    .texture-region {
      stop-color: CanvasText;
    }
    .place.partner-only .shape,
    .place.partner-only .dot,
    .swatch rect.partner-only {
      fill: GrayText;
    }
    /* Solid in the text colour: apart from the land (Canvas), the places (Highlight) and the hatching. */
    .land.home,
    .swatch rect.home {
      fill: CanvasText;
    }
    .marker .leader {
      forced-color-adjust: none;
      stroke: CanvasText;
    }
    .labels {
      forced-color-adjust: none;
      fill: CanvasText;
      stroke: Canvas;
    }
    .place.selected .shape,
    .place.selected .dot {
      fill: LinkText;
    }
  }
  @media print {
    .controls,
    .download,
    .picture,
    .tooltip,
    .help,
    .about summary {
      display: none;
    }
    /* The summary is opened for print by the element (beforeprint): no print rule opens a <details>. */
    .table-wrap.offscreen {
      position: static;
      content-visibility: visible;
      inline-size: auto;
      block-size: auto;
      margin: 0;
      overflow: visible;
      clip-path: none;
      white-space: normal;
    }
    svg.map {
      break-inside: avoid;
      content-visibility: visible;
    }
  }
`;

/** The map's styles, in the cascade's order. */
export const mapStyles = [frameStyles, landStyles, layerStyles, panelStyles, pageStyles];
