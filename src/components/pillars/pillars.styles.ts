import {css} from 'lit';

export const pillarsStyles = css`
  /* A forced scheme may differ from the page's: then the element paints its own surface. */
  :host([theme='light']),
  :host([theme='dark']) {
    padding: var(--_space);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  p,
  dl,
  dd {
    margin: 0;
  }
  .root {
    container-type: inline-size;
    display: grid;
    gap: calc(var(--_space) * 0.75);
  }
  .stage {
    position: relative;
  }
  .tree,
  .group {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .item {
    cursor: pointer;
  }
  .item:focus {
    outline: none;
  }

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
  /* Where titles are measured: as wide as they are drawn (the width is set by the element), with
     their margins as padding; the category's chevron and border are allowed for. */
  .probe {
    position: absolute;
    inset-block-start: 0;
    inset-inline-start: 0;
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
  .cell:not([data-labelled]) > .label,
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

  /* ---- Radial: the wheel beside its legend; stacked when narrow ---- */
  [data-layout='radial'] .stage {
    display: grid;
    grid-template-columns: minmax(0, 26rem) minmax(0, 1fr);
    gap: calc(var(--_space) * 1.5);
    align-items: center;
  }
  @container (max-width: 40rem) {
    [data-layout='radial'] .stage {
      grid-template-columns: minmax(0, 1fr);
      justify-items: center;
    }
  }
  [data-layout='radial'] .tree {
    display: grid;
    gap: 0.625rem;
    justify-self: stretch;
  }
  [data-layout='radial'] .category,
  [data-layout='radial'] .initiative {
    pointer-events: none;
  }
  .wheel {
    container-type: inline-size;
    position: relative;
    inline-size: 100%;
    max-inline-size: 26rem;
    aspect-ratio: 1;
  }
  .wheel svg {
    display: block;
    inline-size: 100%;
    block-size: 100%;
    overflow: visible;
  }
  /* Every ring 3:1 or more against the surface (WCAG 1.4.11): outer rings lighter, never paler. */
  .arc {
    fill: var(--_pillar);
    cursor: pointer;
    transition: fill 0.2s;
  }
  .arc[data-kind='category'] {
    fill: color-mix(in srgb, var(--_pillar) 86%, var(--_surface));
  }
  .arc[data-kind='initiative'] {
    fill: color-mix(in srgb, var(--_pillar) 74%, var(--_surface));
  }
  /* Dimmed by a selection: pale, and outlined in the pillar colour (3:1 and more), hollow sectors. */
  .root[data-selection] .arc:where(:not(.open, [data-kind='pillar'])) {
    fill: color-mix(in srgb, var(--_pillar) 14%, var(--_surface));
    stroke: var(--_pillar);
    stroke-width: 1;
  }
  .root .arc:hover,
  .root .arc.selected {
    stroke: var(--_text);
    stroke-width: 2;
  }
  .root .arc.focus {
    stroke: var(--_accent);
    stroke-width: 3;
  }
  .wheel-glyph {
    fill: var(--_on-pillar);
    font-size: 1.375rem;
    font-weight: 700;
    pointer-events: none;
  }
  .centre {
    position: absolute;
    inset-block-start: 50%;
    inset-inline-start: 50%;
    display: grid;
    justify-items: center;
    gap: 0.125rem;
    translate: -50% -50%;
    font-size: clamp(0.625rem, 3.75cqi, 1rem);
    text-align: center;
    pointer-events: none;
  }
  .centre-number {
    font-size: 2.25em;
    font-weight: 700;
    line-height: 1;
    font-variant-numeric: tabular-nums;
  }
  .centre-glyph {
    color: var(--_pillar);
    font-size: 1.5em;
    font-weight: 700;
    line-height: 1.1;
  }
  .centre-title {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 3;
    overflow: hidden;
    font-size: 0.875em;
    font-weight: 600;
    line-height: 1.35;
  }
  .centre-count {
    font-size: 0.8125em;
    color: var(--_text-muted);
  }

  /* ---- Tip: the title of a cell too small to carry it ---- */
  .tip {
    position: absolute;
    z-index: 5;
    inline-size: max-content;
    max-inline-size: min(18rem, 100%);
    padding: 0.375rem 0.625rem;
    border-radius: calc(var(--_radius) * 0.75);
    background: var(--_text);
    color: var(--_surface);
    font-size: 0.8125em;
    line-height: 1.4;
    pointer-events: none;
    translate: -50% calc(-100% - 0.375rem);
    box-shadow: 0 2px 10px rgb(0 0 0 / 0.2);
  }
  .tip[hidden] {
    display: none;
  }

  .legend {
    font-size: 0.8125em;
    color: var(--_text-muted);
  }

  /* ---- What is open: heading, sentence, summary and cards ---- */
  .hint {
    padding: 0.75rem var(--_space);
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
    color: var(--_text-muted);
    font-size: 0.875em;
  }
  .detail {
    display: grid;
    gap: 0.75rem;
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-block-start: 0.3125rem solid var(--_pillar);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .detail .glyph,
  .crumb .glyph {
    inline-size: 1.75em;
    block-size: 1.75em;
    font-size: 1em;
  }
  .crumb {
    display: flex;
    align-items: center;
    gap: 0.5em;
    font-size: 0.8125em;
    color: var(--_text-muted);
  }
  .detail > .heading {
    display: flex;
    align-items: center;
    gap: 0.5em;
    font-size: 1.1875em;
    font-weight: 700;
    line-height: 1.45;
  }
  .summary > summary {
    inline-size: fit-content;
    cursor: pointer;
    font-weight: 600;
  }
  .summary > p {
    margin-block-start: 0.5rem;
    padding-inline-start: 0.75rem;
    border-inline-start: 3px solid var(--_pillar);
  }
  .group-cards {
    display: grid;
    gap: 0.5rem;
  }
  .group-cards > .heading {
    font-size: 1em;
    font-weight: 700;
  }
  .cards {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 15rem), 1fr));
    gap: 0.75rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  /* A grid, so each card fills its cell: the cards of a row as tall as each other, as in the list. */
  .cards > li {
    display: grid;
  }
  .cards > li.current {
    border-radius: var(--_radius);
    outline: 3px solid var(--_pillar);
    outline-offset: 2px;
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
    .glyph {
      forced-color-adjust: none;
      background: CanvasText;
      color: Canvas;
    }
    /* As specific as the rings' own fills, which would otherwise mix system colours into grey. */
    .root .arc[data-kind] {
      fill: Canvas;
      stroke: CanvasText;
      stroke-width: 1;
    }
    .root .arc.open:not([data-kind='pillar']) {
      fill: Highlight;
    }
    .root .arc.selected[data-kind],
    .root .arc[data-kind]:hover {
      stroke-width: 3;
    }
    .root .arc.focus[data-kind] {
      stroke: Highlight;
      stroke-width: 3;
    }
    .wheel-glyph,
    .centre-glyph {
      fill: CanvasText;
      color: CanvasText;
    }
    .tip {
      border: 1px solid CanvasText;
    }
  }
  @media print {
    .tip,
    .hint,
    [role='status'] {
      display: none;
    }
    .glyph,
    .item,
    .arc,
    .detail {
      print-color-adjust: exact;
      -webkit-print-color-adjust: exact;
    }
    .detail {
      border-color: #777;
    }
    .cards > li {
      break-inside: avoid;
    }
    .summary::details-content {
      content-visibility: visible;
      display: block;
    }
  }
`;
