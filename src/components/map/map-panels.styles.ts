import {css} from 'lit';

/** The map's panels (map-panels.ts, map-legend.ts, map-table.ts): tooltip, help, legend, table. */
export const panelStyles = css`
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
`;
