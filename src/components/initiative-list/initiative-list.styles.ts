import {css} from 'lit';

import {forcedSchemeSurface} from '../../internal/theme.styles.js';

export const listStyles = css`
  /* A forced scheme may differ from the page's: then the list paints its own surface. */
  ${forcedSchemeSurface}
  p {
    margin: 0;
  }
  button,
  input,
  select {
    font: inherit;
    color: inherit;
  }

  /* Filter bar: wraps down to one column at 320 px. */
  .controls {
    display: grid;
    gap: calc(var(--_space) * 0.75);
    margin-block-end: var(--_space);
    padding: calc(var(--_space) * 0.75);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface-raised);
  }
  fieldset {
    min-inline-size: 0;
    margin: 0;
    padding: 0;
    border: 0;
  }
  legend,
  label {
    padding: 0;
    font-size: 0.875em;
    font-weight: 600;
  }
  .toggles {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 14rem), 1fr));
    gap: 0.5rem;
    margin-block-start: 0.25rem;
  }
  .toggle {
    position: relative;
    display: flex;
    align-items: flex-start;
    gap: 0.5em;
    inline-size: 100%;
    min-block-size: 2.75rem;
    padding: 0.5em 0.75em;
    border: 1px solid var(--_text-muted);
    border-inline-start: 0.375rem solid var(--_pillar);
    border-radius: var(--_radius);
    background: var(--_surface);
    font-size: 0.875em;
    line-height: 1.4;
    text-align: start;
    cursor: pointer;
  }
  .toggle:hover {
    border-color: var(--_pillar);
  }
  .toggle[aria-pressed='true'] {
    border-color: var(--_pillar);
    box-shadow: inset 0 0 0 1px var(--_pillar);
    background: color-mix(in srgb, var(--_pillar) 14%, var(--_surface));
    font-weight: 600;
  }
  /* The pressed state is a check mark as well as a colour. */
  .check {
    flex: none;
    display: inline-grid;
    place-items: center;
    inline-size: 1.25em;
    block-size: 1.25em;
    margin-block-start: 0.15em;
    border: 2px solid var(--_text-muted);
    border-radius: 0.25em;
    font-size: 0.875em;
    font-weight: 700;
    line-height: 1;
  }
  .toggle[aria-pressed='true'] .check {
    border-color: var(--_pillar);
    background: var(--_pillar);
    color: var(--_on-pillar);
  }
  .toggle .glyph {
    min-inline-size: 1.5em;
    min-block-size: 1.5em;
  }
  .toggle-title {
    min-inline-size: 0;
  }
  .fields {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem;
  }
  .field {
    display: flex;
    flex: 1 1 12rem;
    flex-direction: column;
    gap: 0.25rem;
    min-inline-size: 0;
  }
  .field-search {
    flex-grow: 2;
  }
  select,
  input {
    inline-size: 100%;
    max-inline-size: 100%;
    min-block-size: 2.75rem;
    padding: 0.375em 0.5em;
    border: 1px solid var(--_text-muted);
    border-radius: calc(var(--_radius) * 0.5);
    background: var(--_surface);
    color: var(--_text);
  }
  .preset {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.25em 0.75em;
    font-size: 0.875em;
  }
  .link {
    min-block-size: 1.5rem;
    padding: 0;
    border: 0;
    background: none;
    color: var(--_accent);
    text-decoration: underline;
    text-underline-offset: 0.2em;
    cursor: pointer;
  }

  .count {
    margin-block-end: calc(var(--_space) * 0.75);
    font-size: 0.875em;
    font-weight: 600;
    color: var(--_text-muted);
  }

  /* Results: priority area, then category, then a responsive grid of cards. */
  /* Columns of flex boxes rather than grids: the same boxes, laid out in fewer passes (issue 17). */
  .results,
  .pillar-group,
  .category-group,
  .region-group {
    display: flex;
    flex-flow: column;
    gap: var(--_space);
    min-inline-size: 0;
  }
  .results {
    gap: calc(var(--_space) * 1.5);
  }
  .category-group {
    gap: calc(var(--_space) * 0.5);
  }
  /*
   * Lazy work below the fold: a category the reader has not scrolled near is not styled, laid out or
   * painted (ten lists on a page: ~390 → ~210 ms of main-thread work, trace, 5 rounds), yet its cards
   * are in the page, the accessibility tree, find-in-page and the tab order. Until drawn it holds a
   * guessed height, then the last one drawn. Its drawing is clipped to its box plus the clip margin,
   * room for the cards' focus rings (3 px, 2 px off the card): only where the clip margin exists
   * (not in Safari 18), or the rings would be cut.
   */
  @supports (overflow-clip-margin: 1px) {
    /* And a card below the fold of a category in view: a filter change draws only the cards in view (issue 17). */
    .category-group,
    .cards > li {
      content-visibility: auto;
      contain-intrinsic-block-size: auto 20rem;
      overflow-clip-margin: 0.5rem;
    }
    .cards > li {
      contain-intrinsic-block-size: auto 8rem;
    }
  }
  /*
   * A partner's thousands (issue 19): only the rows in view are in the page (./window-controller.ts),
   * so nothing is left to skip, and a guessed size would put the rows where the windowing does not
   * think they are. A spacer stands for the rows not drawn, across the grid's columns.
   */
  .windowed .category-group,
  .windowed .cards > li {
    content-visibility: visible;
  }
  .cards > li.spacer {
    grid-column: 1 / -1;
  }
  /* The record the keyboard is on (one tab stop; arrows, Home and End move it). */
  .cards > li[tabindex]:focus-visible {
    outline: var(--_focus-ring);
    outline-offset: 2px;
    border-radius: var(--_radius);
  }
  .pillar-group > .heading,
  .region-group > .heading {
    padding-block-end: 0.25em;
    border-block-end: 3px solid var(--_pillar);
    font-size: 1.25em;
    font-weight: 700;
    line-height: 1.4;
  }
  /* A region's group comes after the country's own, marked off as not its own: a dashed rule, no pillar colour. */
  .region-group > .heading {
    border-block-end: 3px dashed var(--_text-muted);
  }
  .group-heading {
    display: flex;
    align-items: baseline;
    gap: 0.5em;
  }
  .category-group > .heading {
    font-size: 1em;
    font-weight: 700;
    line-height: 1.4;
    color: var(--_text-muted);
  }

  .empty {
    display: grid;
    justify-items: start;
    gap: calc(var(--_space) * 0.75);
    padding: var(--_space);
    border: 1px dashed var(--_text-muted);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .clear {
    min-block-size: 2.75rem;
    padding: 0.375em 1em;
    border: 1px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_accent);
    font-weight: 600;
    cursor: pointer;
  }
  .clear:hover {
    background: var(--_surface-raised);
  }

  @media (forced-colors: active) {
    .toggle,
    .toggle[aria-pressed='true'] .check {
      border-color: CanvasText;
    }
    .glyph {
      forced-color-adjust: none;
      background: CanvasText;
      color: Canvas;
    }
  }
  @media print {
    .controls,
    .clear {
      display: none;
    }
    .pillar-group > .heading,
    .category-group > .heading,
    .region-group > .heading {
      break-after: avoid;
    }
    .category-group,
    .cards > li {
      content-visibility: visible;
    }
  }
`;
