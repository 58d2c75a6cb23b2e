import {css} from 'lit';

export const mapStyles = css`
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
  :host([theme='light']),
  :host([theme='dark']) {
    padding: var(--_space);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
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
  .sea {
    fill: var(--_sea);
  }
  .land {
    fill: var(--_land);
    stroke: var(--_outline);
    stroke-width: 0.5px;
    fill-rule: evenodd;
    vector-effect: non-scaling-stroke;
  }
  .land.undetermined {
    fill: var(--_undetermined);
    stroke: var(--_border);
  }
  .land.home,
  .swatch .home {
    fill: var(--_home);
  }
  /*
   * Paint: the outline on the layer, the fill by class on each place, both inherited by its outline
   * and marker. A filter change restyles every place it touches, and each var() there is resolved
   * again: once a place, not three times (measured: ~0.5 ms of a filter change).
   */
  .place.out {
    display: none;
  }
  .places {
    cursor: pointer;
    stroke: var(--_outline);
    stroke-width: 0.75px;
    fill-rule: evenodd;
  }
  .place .shape {
    vector-effect: non-scaling-stroke;
  }
  .pillar-1 {
    fill: var(--_pillar-1);
  }
  .pillar-2 {
    fill: url(#texture-2);
  }
  .pillar-3 {
    fill: url(#texture-3);
  }
  .stripes-12 {
    fill: url(#stripes-12);
  }
  .stripes-13 {
    fill: url(#stripes-13);
  }
  .stripes-23 {
    fill: url(#stripes-23);
  }
  .stripes-123 {
    fill: url(#stripes-123);
  }
  /* Partner only: solid; region only: hatched over the land, lighter to the eye, its lines as dark. */
  .partner-only {
    fill: var(--_partner-only);
  }
  .region-only {
    fill: url(#texture-region);
  }
  .texture-land {
    stop-color: var(--_land);
  }
  .texture-region {
    stop-color: var(--_region-only);
  }
  /* More is further from the land, darker on light and lighter on dark; the lightest class ≥ 3:1 on land and sea. */
  .count-1 {
    fill: color-mix(in srgb, var(--_accent) 80%, var(--_surface));
  }
  .count-2 {
    fill: var(--_accent);
  }
  .count-3 {
    fill: color-mix(in srgb, var(--_accent) 65%, var(--_text));
  }
  .count-4 {
    fill: color-mix(in srgb, var(--_accent) 35%, var(--_text));
  }
  .texture-base {
    fill: var(--_pillar);
    stop-color: var(--_pillar);
  }
  .texture-mark {
    fill: var(--_surface);
    stop-color: var(--_surface);
  }
  .marker .leader {
    stroke: var(--_text-muted);
    stroke-width: 1px;
    pointer-events: none;
  }
  .marker .hit {
    fill: transparent;
    stroke: none;
  }
  /* A ring of the text colour: the dot stands out from sea and land alike (a white ring was 1.2:1 on the sea). */
  .marker .dot {
    stroke: var(--_text);
    stroke-width: 1.5px;
  }
  .marker .arrow {
    font-size: 12px;
    font-weight: 700;
    text-anchor: middle;
    fill: var(--_surface);
    stroke: none;
    pointer-events: none;
  }
  .place:hover .shape,
  .place.highlight .shape,
  .place:hover .dot,
  .place.highlight .dot {
    stroke: var(--_text);
    stroke-width: 2px;
  }
  .place.selected .shape,
  .place.selected .dot {
    stroke: var(--_text);
    stroke-width: 3px;
  }
  svg.map:focus-visible .place.active .shape,
  svg.map:focus-visible .place.active .dot {
    stroke: var(--_accent);
    stroke-width: 3px;
    paint-order: stroke;
  }
  svg.map:focus-visible .place.active .hit {
    stroke: var(--_accent);
    stroke-width: 2px;
  }
  /*
   * Names over land and sea alike: a halo of the surface keeps them legible; clicks go through to the countries.
   * Their size follows the page's text (24 px where it is set to 200 %), never under 12 px; the same on screen at
   * every zoom (the layer is drawn in screen pixels).
   */
  .labels {
    font-size: max(12px, 0.75em);
    font-weight: 600;
    fill: var(--_text);
    stroke: var(--_surface);
    stroke-width: 3px;
    stroke-linejoin: round;
    paint-order: stroke;
    pointer-events: none;
  }
  .tooltip {
    position: absolute;
    inset-block-start: 0;
    inset-inline-start: 0;
    z-index: 1;
    max-inline-size: min(22rem, 90%);
    padding: 0.5rem 2rem 0.5rem 0.75rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface-raised);
    color: var(--_text);
    box-shadow: 0 2px 10px rgb(0 0 0 / 0.2);
    font-size: 0.875em;
    line-height: 1.45;
    /*
     * A member of a region lists the region's items too (ASEAN's are a dozen): past this height the
     * tooltip scrolls rather than run off a phone's screen; its close button is inside, so it can be
     * focused, and the table lists everything in full.
     */
    max-block-size: min(28rem, 70vh);
    overflow-y: auto;
    overscroll-behavior: contain;
  }
  .tooltip-title {
    margin: 0 0 0.25em;
    font-weight: 700;
  }
  .tooltip-sub {
    margin: 0.375em 0 0.125em;
    font-weight: 600;
    color: var(--_text-muted);
  }
  .tooltip-list,
  .legend-list,
  .groups {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .tooltip-list li {
    display: flex;
    gap: 0.375em;
  }
  /* In running text the glyph is a coloured character, not the theme's badge. */
  .glyph {
    display: inline;
    min-inline-size: 0;
    min-block-size: 0;
    background: none;
    color: var(--_pillar, inherit);
    font-weight: 700;
  }
  .close {
    position: absolute;
    inset-block-start: 0.125rem;
    inset-inline-end: 0.125rem;
    padding: 0;
    border: 0;
    background: transparent;
    font-size: 1.25em;
    line-height: 1;
  }
  .help dl {
    display: grid;
    gap: 0.25em;
    margin: 0;
    font-size: 0.875em;
  }
  .help div {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  .help dd {
    margin: 0;
  }
  kbd {
    font: inherit;
    font-weight: 600;
  }
  .legend {
    display: grid;
    gap: 0.25em;
    font-size: 0.875em;
  }
  .legend-title {
    margin: 0.25em 0 0;
    font-weight: 700;
  }
  .legend-list li {
    display: flex;
    align-items: baseline;
    gap: 0.375em;
  }
  .swatch {
    flex: none;
    inline-size: 1em;
    block-size: 1em;
    align-self: center;
    border: 1px solid var(--_border);
  }
  .groups {
    display: flex;
    flex-wrap: wrap;
    gap: 0.375rem;
  }
  .group {
    font-size: 0.9em;
  }
  .table-wrap {
    overflow-x: auto;
  }
  .download {
    margin-block-end: 0.5rem;
  }
  /*
   * Until shown, the table sits above the page, out of sight but in the accessibility tree, and
   * content-visibility spares its ~2,000 nodes style, layout and paint (measured: a fifth of the
   * map's first draw) until a screen reader or find-in-page reaches into it. Physical top, not
   * logical: a negative top never adds a scrollbar, whatever the writing direction. Hidden, it is
   * no scroll container: nothing a keyboard user would have to reach (axe scrollable-region-focusable).
   */
  .table-wrap.offscreen {
    position: absolute;
    top: -100000px;
    left: 0;
    inline-size: 40rem;
    overflow: hidden;
    content-visibility: auto;
  }
  table {
    border-collapse: collapse;
    inline-size: 100%;
    font-size: 0.875em;
  }
  caption {
    text-align: start;
    font-weight: 700;
  }
  th,
  td {
    padding: 0.25em 0.5em;
    border-block-end: 1px solid var(--_border);
    text-align: start;
    vertical-align: top;
  }
  td ul {
    margin: 0;
    padding-inline-start: 1.1em;
  }
  /* A region's items in a country's row: under the region's heading, apart from the country's own. */
  .region-heading {
    margin: 0.25em 0 0;
    font-weight: 600;
  }
  .source {
    margin: 0;
  }
  /* Under the source line, as charts' "download image" links are: not one more control above the map. */
  .picture {
    margin-block-start: 0.5rem;
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
