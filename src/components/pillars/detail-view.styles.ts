import {css} from 'lit';

/** What `<foip-pillars>` shows of the open priority area or category (`detail-view.ts`), and the hint while none is. */
export const detailStyles = css`
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
  .more-cards {
    min-block-size: 24px;
    margin-block-start: 0.5rem;
    padding: 0.375rem 0.75rem;
    border: 1px solid var(--_pillar);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
    cursor: pointer;
  }
  .more-cards:focus-visible {
    outline: var(--_focus-ring);
    outline-offset: 2px;
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

  @media print {
    .hint {
      display: none;
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
