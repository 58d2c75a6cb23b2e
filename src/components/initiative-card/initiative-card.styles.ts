import {css} from 'lit';

export const cardStyles = css`
  /* A grid, so the card fills a stretched tag (equal cards in a row of the list) with no percentage
     height: a page without a doctype (quirks mode) resolved 100% against the window. */
  :host {
    display: grid;
  }
  .card {
    position: relative;
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 0.5);
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-inline-start: 0.375rem solid var(--_pillar);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
  }
  /* Only a link card looks clickable: a card without href has no control. */
  .card:has(a.title):hover {
    background: var(--_surface-raised);
  }
  /* The one the page shows (selected, aria-current): a border in its priority area's colour. */
  :host([selected]) .card {
    border-color: var(--_pillar);
    box-shadow: 0 0 0 1px var(--_pillar);
  }
  p,
  dl,
  dd {
    margin: 0;
  }
  .pillar {
    display: flex;
    align-items: baseline;
    gap: 0.5em;
    font-size: 0.875em;
    color: var(--_text-muted);
  }
  .heading {
    font-size: 1.125em;
    font-weight: 700;
    line-height: 1.4;
  }
  .pillar-title .glyph {
    margin-inline: 0.25em;
  }
  .title {
    color: var(--_accent);
    text-decoration-thickness: 1px;
    text-underline-offset: 0.2em;
  }
  /* The whole card is the target of its title: a larger target without nesting interactive content. */
  .title::after {
    content: '';
    position: absolute;
    inset: 0;
    border-radius: var(--_radius);
  }
  .title:focus-visible {
    outline: none;
  }
  .title:focus-visible::after {
    outline: var(--_focus-ring);
    outline-offset: 2px;
  }
  .category {
    font-size: 0.875em;
    font-weight: 600;
    color: var(--_text-muted);
  }
  .facts {
    display: grid;
    gap: 0.25em;
    font-size: 0.875em;
  }
  .fact {
    display: flex;
    flex-wrap: wrap;
    column-gap: 0.5em;
  }
  dt {
    font-weight: 600;
  }
  dt::after {
    content: ':';
  }
  :host(:lang(ja)) dt::after {
    content: '：';
  }
  .source {
    margin-block-start: auto;
  }
  @media (forced-colors: active) {
    .card {
      border-inline-start-color: CanvasText;
    }
    :host([selected]) .card {
      border-color: Highlight;
      box-shadow: 0 0 0 1px Highlight;
    }
  }
  @media print {
    :host {
      break-inside: avoid-page;
    }
    .card {
      border-color: #777;
    }
    .title {
      text-decoration: none;
    }
    .title::after {
      content: ' <' attr(href) '>';
      position: static;
      font-weight: 400;
      font-size: 0.8em;
    }
  }
`;
