import {css} from 'lit';

import {plainButtonStyles} from '../../internal/plain-button.styles.js';
import {forcedSchemeSurface} from '../../internal/theme.styles.js';

/**
 * `<foip-partners>`: the matrix and its key side by side where there is room, stacked in a narrow
 * column. Columns stay 1.5 rem (a 24 px target) at 320 px; the partners' names wrap beside them.
 */
export const partnersStyles = css`
  :host {
    /* Japan in its flag's red, as on the map and the country page. */
    --_home: var(--foip-color-home, light-dark(#bc002d, #ff6f8a));
    --_cell: 1.5rem;
    display: block;
  }
  ${forcedSchemeSurface}
  ${plainButtonStyles}
  section.partners {
    container-type: inline-size;
    display: grid;
    gap: var(--_space);
    color: var(--_text);
  }
  h1,
  h2,
  h3,
  h4,
  h5,
  h6,
  p {
    margin: 0;
  }
  .heading {
    font-weight: 700;
    line-height: 1.3;
  }
  .partners > .heading {
    font-size: 1.25em;
  }
  .summary {
    line-height: 1.7;
  }
  .note {
    padding-inline-start: 0.75em;
    border-inline-start: 3px solid var(--_border);
  }
  .visual {
    display: grid;
    gap: var(--_space);
    align-items: start;
  }
  @container (min-width: 48rem) {
    .visual {
      grid-template-columns: auto minmax(16rem, 1fr);
    }
    .matrix {
      --_cell: 2.25rem;
    }
  }
  .matrix-frame {
    max-inline-size: 100%;
    overflow-x: auto;
  }
  .matrix {
    border-collapse: collapse;
    font-size: 0.875em;
  }
  .matrix th,
  .matrix td {
    position: relative;
    padding: 0;
    cursor: pointer;
  }
  .matrix .name {
    padding: 0.25em 0.5em 0.25em 0;
    max-inline-size: 12rem;
    font-weight: 400;
    text-align: start;
    line-height: 1.3;
    /* Whole words (hyphenated where the language allows), never "Unite / d States". */
    overflow-wrap: normal;
    hyphens: auto;
  }
  .short {
    display: none;
  }
  /* A phone's column: organisations by their abbreviation (the full name is still what is read),
     dots 21 px apart below 352 px, so the names keep ~5.5 rem at 320 px. The legend, the names and the keyboard
     select the same formats and partners with larger targets. */
  @container (max-width: 22rem) {
    .matrix {
      --_cell: 1.3125rem;
      font-size: 0.8125em;
    }
    .matrix .name {
      padding-inline-end: 0.25em;
    }
    .label.shortened {
      display: none;
    }
    .short {
      display: inline;
    }
  }
  .matrix .home .name {
    font-weight: 700;
    cursor: default;
  }
  /* Above the first organisation's name, out of the column's width (it would widen it at 320 px). */
  /* The document's word for the United States (同盟国): a tag beside the name; the row's name says it. */
  .ally {
    display: inline-block;
    padding: 0 0.3em;
    border: 1px solid currentColor;
    border-radius: 0.25em;
    font-size: 0.75em;
    line-height: 1.3;
    white-space: nowrap;
  }
  .group-label {
    position: absolute;
    inset-block-start: 0.125em;
    inset-inline-start: 0;
    color: var(--_text-muted);
    font-size: 0.8125em;
    font-weight: 700;
    white-space: nowrap;
  }
  tr[data-first-organisation] > * {
    border-block-start: 1px solid var(--_border);
  }
  tr[data-first-organisation] > .name {
    padding-block-start: 1.375em;
  }
  .matrix td {
    inline-size: var(--_cell);
    min-inline-size: var(--_cell);
    block-size: 2rem;
    text-align: center;
    vertical-align: middle;
  }
  .matrix .home td {
    cursor: default;
  }
  /* A format's line: from Japan's dot down to its last partner's. */
  .matrix td.line::before {
    content: '';
    position: absolute;
    inset-block: 0;
    inset-inline-start: calc(50% - 1px);
    inline-size: 2px;
    background: var(--_accent);
  }
  .matrix .home td.line::before {
    inset-block-start: 50%;
  }
  .matrix td.end::before {
    inset-block-end: 50%;
  }
  .dot {
    position: relative;
    display: inline-block;
    inline-size: 0.75rem;
    block-size: 0.75rem;
    border-radius: 50%;
    background: var(--_accent);
    vertical-align: middle;
  }
  .home-dot {
    background: var(--_home);
  }
  .matrix .chosen,
  .matrix tr.chosen > * {
    background: var(--_surface-raised);
  }
  .matrix [aria-selected='true'] .dot {
    outline: 2px solid var(--_accent);
    outline-offset: 3px;
  }
  .matrix .name[aria-selected='true'] .label,
  .legend .chosen .format-name {
    font-weight: 700;
    text-decoration: underline;
    text-underline-offset: 0.2em;
  }
  .matrix:focus {
    outline: none;
  }
  .matrix:focus-visible {
    outline: 1px dashed var(--_border);
  }
  .matrix:focus-visible .active {
    outline: var(--_focus-ring);
    outline-offset: -3px;
  }
  .head {
    vertical-align: bottom;
    padding-block-end: 0.25em;
  }
  .bar {
    display: flex;
    flex-direction: column;
    inline-size: 0.75rem;
    block-size: calc(var(--_bar) * 3rem + 2px);
    margin-inline: auto;
  }
  .bar > * {
    flex: 1;
    background: var(--_pillar);
  }
  .number {
    display: block;
    color: var(--_text-muted);
    font-size: 0.8125em;
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }
  .key > .heading {
    font-size: 1em;
  }
  .legend {
    display: grid;
    gap: 0.375em;
    margin: 0.5em 0 0;
    padding: 0;
    list-style: none;
    font-size: 0.875em;
  }
  .legend li {
    display: grid;
    grid-template-columns: 1.5em 1fr;
    column-gap: 0.5em;
    cursor: pointer;
  }
  .legend .number {
    grid-row: span 2;
    text-align: end;
  }
  .facts,
  .legend .facts {
    color: var(--_text-muted);
  }
  .detail {
    display: grid;
    gap: calc(var(--_space) * 0.75);
    padding-block-start: var(--_space);
    border-block-start: 1px solid var(--_border);
  }
  .detail > .heading {
    font-size: 1.125em;
  }
  .formats,
  .members {
    margin: 0;
    padding-inline-start: 1.25em;
  }
  .items-heading {
    font-weight: 700;
  }
  .table {
    inline-size: 100%;
    border-collapse: collapse;
    font-size: 0.875em;
  }
  .table caption {
    text-align: start;
    font-weight: 700;
    padding-block-end: 0.5em;
  }
  .table th,
  .table td {
    padding: 0.375em 0.5em;
    border: 1px solid var(--_border);
    text-align: start;
    vertical-align: top;
  }
  .table thead th {
    background: var(--_surface-raised);
  }
  .table ul {
    margin: 0;
    padding-inline-start: 1.1em;
  }
  .once {
    color: var(--_text-muted);
  }
  @media (forced-colors: active) {
    .dot,
    .home-dot,
    .matrix td.line::before,
    .bar > * {
      forced-color-adjust: none;
      background: CanvasText;
    }
    .matrix .chosen,
    .matrix tr.chosen > * {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
    }
  }
  @media print {
    .toggle {
      display: none;
    }
    .table-frame[hidden] {
      display: block;
    }
    .matrix-frame {
      overflow: visible;
    }
    .visual,
    .table tr {
      break-inside: avoid;
    }
  }
`;
