import {css} from 'lit';

/**
 * The tree of `<foip-pillars>` (`tree-view.ts`): priority-area headers; in columns, the plots of
 * category blocks and initiative cells, and the probe that measures their titles; radial, the
 * legend beside the wheel.
 */
export const treeStyles = css`
  /* ---- Priority-area headers (columns: column heads; radial: the legend) ---- */
  .head {
    display: grid;
    grid-template-columns: auto minmax(0, 1fr) auto;
    grid-template-areas:
      'glyph title chevron'
      'counts counts counts';
    gap: 0.625rem 0.75rem;
    align-items: start;
    padding: 0.75rem 0.875rem 0.875rem;
    border: 1px solid var(--_border);
    border-block-start: 0.3125rem solid var(--_pillar);
    border-radius: var(--_radius);
    background: var(--_surface-raised);
  }
  .head:hover {
    border-color: var(--_pillar);
  }
  .head[data-open] {
    border-color: var(--_pillar);
    background: color-mix(in srgb, var(--_pillar) 12%, var(--_surface));
    box-shadow: inset 0 0 0 1px var(--_pillar);
  }
  .head:focus-visible {
    outline: var(--_focus-ring);
    outline-offset: 2px;
  }
  /* The badge itself is the theme's; here its place and size in a header. */
  .head > .glyph {
    grid-area: glyph;
    inline-size: 2.25rem;
    block-size: 2.25rem;
    font-size: 1.25rem;
  }
  .title {
    grid-area: title;
    align-self: center;
    font-size: 0.9375em;
    font-weight: 700;
    line-height: 1.45;
  }
  .head > .chevron {
    grid-area: chevron;
    margin-block-start: 0.75rem;
  }
  /* Narrow, or text enlarged (rem follows the reader's text size): the title under the glyph, full
     width, rather than a column a few characters wide. */
  @container (max-width: 18rem) {
    .head {
      grid-template-columns: auto minmax(0, 1fr);
      grid-template-areas:
        'glyph chevron'
        'title title'
        'counts counts';
    }
    .head > .chevron {
      justify-self: end;
    }
  }
  .chevron {
    display: inline-block;
    flex: none;
    inline-size: 0.5em;
    block-size: 0.5em;
    margin-inline: 0.125em 0.375em;
    border-inline-end: 2px solid currentColor;
    border-block-end: 2px solid currentColor;
    rotate: -45deg;
    translate: 0 -0.1em;
    transition: rotate 0.2s;
  }
  .head[aria-expanded='true'] > .chevron,
  [aria-expanded='true'] > .label > .chevron {
    rotate: 45deg;
  }
  .counts {
    grid-area: counts;
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1.125rem;
  }
  .stat {
    display: flex;
    flex-direction: column-reverse;
  }
  .stat dd {
    font-size: 1.375em;
    font-weight: 700;
    line-height: 1.15;
    font-variant-numeric: tabular-nums;
  }
  .stat dt {
    font-size: 0.75em;
    color: var(--_text-muted);
  }

  /* ---- Columns: three columns, heads aligned on one row; stacked when narrow ---- */
  [data-layout='columns'] .tree {
    display: grid;
    grid-template-columns: repeat(3, minmax(0, 1fr));
    gap: 0.625rem calc(var(--_space) * 0.75);
  }
  [data-layout='columns'] .pillar {
    display: grid;
    grid-row: span 2;
    grid-template-rows: subgrid;
  }
  @container (max-width: 45rem) {
    [data-layout='columns'] .tree {
      grid-template-columns: minmax(0, 1fr);
      row-gap: var(--_space);
    }
    [data-layout='columns'] .pillar {
      grid-row: auto;
      grid-template-rows: auto auto;
      row-gap: 0.625rem;
    }
  }
  .plot {
    position: relative;
  }
  /* A category's or an initiative's box (placed by the element) holds its item, filling it, and
     the group of its initiatives, drawn over the item. */
  .category,
  .initiative,
  .block,
  .cell {
    position: absolute;
  }
  .block,
  .cell {
    inset: 0;
  }
  [data-layout='columns'] .block {
    border: 1px solid color-mix(in srgb, var(--_pillar) 40%, var(--_surface));
    border-radius: calc(var(--_radius) * 0.75);
    background: color-mix(in srgb, var(--_pillar) 9%, var(--_surface));
  }
  [data-layout='columns'] .block:hover,
  [data-layout='columns'] .block[data-open] {
    border-color: var(--_pillar);
  }
  [data-layout='columns'] .block[data-open] {
    background: color-mix(in srgb, var(--_pillar) 15%, var(--_surface));
  }
  [data-layout='columns'] .block[aria-selected='true'] {
    box-shadow: 0 0 0 1px var(--_pillar);
  }
  /* Titles wrap, whole: the layout gives each the height the probe measures for it. */
  [data-layout='columns'] .block > .label {
    display: block;
    margin: 0.375rem 0.5rem 0;
  }
  [data-layout='columns'] .block > .label,
  .probe-category {
    font-size: 0.8125em;
    font-weight: 600;
    line-height: 1.35;
  }
  [data-layout='columns'] .cell {
    overflow: hidden;
    border-radius: 3px;
    background: var(--_pillar);
    color: var(--_on-pillar);
  }
  [data-layout='columns'] .cell:hover {
    background: color-mix(in srgb, var(--_pillar) 78%, var(--_text));
  }
  /* Dimmed by a selection: lighter, and outlined in the pillar colour (3:1 and more), so a hollow
     cell, not only a paler one, marks what is outside the selection. */
  .root[data-selection][data-layout='columns'] .cell:not([data-open]) {
    border: 1px solid var(--_pillar);
    background: color-mix(in srgb, var(--_pillar) 14%, var(--_surface));
    color: var(--_text);
  }
  [data-layout='columns'] .cell[aria-selected='true'] {
    box-shadow:
      inset 0 0 0 2px var(--_surface),
      0 0 0 2px var(--_text);
  }
  [data-layout='columns'] .cell > .label {
    display: block;
    margin: 0.3125rem 0.5rem;
  }
  [data-layout='columns'] .cell > .label,
  .probe-initiative {
    font-size: 0.78em;
    font-weight: 600;
    line-height: 1.35;
  }
  /* The cell of initiatives too many to draw one by one says how many, on one line. */
  [data-layout='columns'] .cell.more > .label {
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  /* Where titles are measured: as wide as they are drawn (the width is set by the element), with
     their margins as padding; the category's chevron and border are allowed for. At rest, a line
     across the stage: its size tells the element of a new width or type size. */
  .probe {
    position: absolute;
    inset: 0 0 auto;
    visibility: hidden;
    pointer-events: none;
  }
  .probe-category {
    padding: 0.375rem 0.5rem 0.3125rem calc(0.5rem + 1em);
    border: 1px solid transparent;
  }
  .probe-initiative {
    padding: 0.3125rem 0.5rem;
  }
  [data-layout='columns'] .item:focus-visible {
    outline: var(--_focus-ring);
    outline-offset: 2px;
  }
  /* Above its neighbours, so that they do not cover its focus ring. */
  [data-layout='columns'] .node:focus-within {
    z-index: 2;
  }
  .cell:not([data-labelled], .more) > .label,
  [data-layout='radial'] .block > .label,
  [data-layout='radial'] .cell > .label {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }

  /* ---- Radial: the tree is the legend beside the wheel ---- */
  [data-layout='radial'] .tree {
    display: grid;
    gap: 0.625rem;
    justify-self: stretch;
  }
  [data-layout='radial'] .category,
  [data-layout='radial'] .initiative {
    pointer-events: none;
  }

  @media (forced-colors: active) {
    .head,
    [data-layout='columns'] .block {
      border-color: CanvasText;
      background: Canvas;
    }
    [data-layout='columns'] .cell,
    .root[data-selection][data-layout='columns'] .cell:not([data-open]) {
      border: 1px solid CanvasText;
      background: Canvas;
      color: CanvasText;
    }
    .head[data-open] {
      border: 3px solid Highlight;
      box-shadow: none;
    }
    [data-layout='columns'] .block[aria-selected='true'],
    [data-layout='columns'] .cell[aria-selected='true'] {
      forced-color-adjust: none;
      border-color: Highlight;
      background: Highlight;
      color: HighlightText;
    }
  }
`;
