import {css} from 'lit';

export const visionStyles = css`
  .vision {
    container: vision / inline-size;
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 1.25);
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
  }
  p,
  ul {
    margin: 0;
  }
  .heading {
    font-weight: 700;
    line-height: 1.4;
  }

  /* Title and subtitle */
  .header {
    display: grid;
    gap: 0.25em;
    padding-block-end: calc(var(--_space) * 0.75);
    border-block-end: 1px solid var(--_border);
  }
  .header .heading {
    font-size: 1.375em;
    text-wrap: balance;
  }
  /* Break Japanese headings between phrases, not inside words, where supported. */
  [lang='ja'] .heading {
    word-break: auto-phrase;
  }
  .subtitle {
    color: var(--_text-muted);
    font-size: 1.0625em;
  }

  /* Section headings */
  .principles > .heading,
  .statements > .heading {
    display: flex;
    align-items: center;
    gap: 0.5em;
    font-size: 1.0625em;
    margin-block-end: calc(var(--_space) * 0.5);
  }
  .principles > .heading::before,
  .statements > .heading::before {
    content: '';
    flex: none;
    inline-size: 0.25em;
    block-size: 1.1em;
    border-radius: 1px;
    background: var(--_accent);
  }

  /*
   * The principles as a temple: a roof (the international order) held up by one column per
   * principle, on three steps. Columns share the width equally whatever their number; Japanese
   * labels stand upright in vertical text, so five columns fit even 320 px. Longer English
   * labels lie in horizontal bands below a comfortable column width.
   */
  .temple {
    --_column-gap: clamp(0.25rem, 1.5cqi, 0.75rem);
    display: grid;
    max-inline-size: 52rem;
    margin-inline: auto;
    inline-size: 100%;
  }
  .roof {
    display: block;
    inline-size: 100%;
    block-size: clamp(2.25rem, 9cqi, 4.5rem);
    color: var(--_accent);
  }
  .pediment {
    fill: currentColor;
  }
  .tympanum {
    fill: var(--_surface);
    fill-opacity: 0.85;
  }
  .beam {
    block-size: 0.5rem;
    margin-block: 3px;
    background: var(--_accent);
  }
  .columns {
    display: grid;
    grid-auto-flow: column;
    grid-auto-columns: minmax(0, 1fr);
    gap: var(--_column-gap);
    padding: 0 calc(var(--_column-gap) + 0.25rem);
    list-style: none;
  }
  .column {
    display: grid;
    grid-template-rows: auto 1fr auto;
    min-block-size: 8.5rem;
  }
  .capital,
  .plinth {
    block-size: 0.5rem;
    margin-inline: -0.25rem;
    border-radius: 2px;
    background: var(--_accent);
  }
  .shaft {
    display: grid;
    place-items: center;
    margin-inline: 0.125rem;
    padding: 0.75rem 0;
    border-inline: 1px solid var(--_border);
    background-color: var(--_surface-raised);
    /* Flutes. */
    background-image: repeating-linear-gradient(
      90deg,
      transparent 0 0.5rem,
      color-mix(in srgb, var(--_accent) 22%, transparent) 0.5rem 0.625rem
    );
    background-position: center;
  }
  .label {
    /* A plaque on the column: it may overhang the shaft up to the capital's width (physical
       properties: Japanese labels are vertical, and the overhang is sideways in both). */
    min-width: 0;
    max-width: calc(100% + 0.5rem);
    margin: 0 -0.25rem;
    padding: 0.375em 0.3em;
    border: 1px solid var(--_border);
    border-radius: 0.25rem;
    background: var(--_surface);
    font-weight: 700;
    font-size: 0.875em;
    line-height: 1.3;
    text-align: center;
    /* Words stay whole: the layout switches to bands before a label would need breaking. */
    overflow-wrap: break-word;
  }
  [lang='ja'] .label {
    writing-mode: vertical-rl;
    letter-spacing: 0.2em;
    padding: 0.625em 0.375em 0.4em;
    font-size: 1.0625em;
  }
  .steps {
    display: grid;
    gap: 3px;
    margin-block-start: 3px;
  }
  .steps span {
    block-size: 0.4375rem;
    border-radius: 1px;
    background: var(--_accent);
  }
  .steps span:nth-child(1) {
    margin-inline: 0.5rem;
  }
  .steps span:nth-child(2) {
    margin-inline: 0.25rem;
    opacity: 0.8;
  }
  .steps span:nth-child(3) {
    opacity: 0.6;
  }
  @container vision (inline-size < 45em) {
    .vision:not([lang='ja']) .columns {
      grid-auto-flow: row;
      gap: 0.375rem;
      padding-block: 0.25rem;
    }
    .vision:not([lang='ja']) .column {
      grid-template-rows: none;
      grid-template-columns: auto 1fr auto;
      min-block-size: 0;
    }
    .vision:not([lang='ja']) .capital,
    .vision:not([lang='ja']) .plinth {
      block-size: auto;
      inline-size: 0.5rem;
      margin-inline: 0;
      margin-block: -0.125rem;
    }
    .vision:not([lang='ja']) .shaft {
      margin-inline: 0;
      margin-block: 0.125rem;
      padding: 0.375rem 0.75rem;
      border-inline: 0;
      border-block: 1px solid var(--_border);
      background-image: repeating-linear-gradient(
        180deg,
        transparent 0 0.4375rem,
        color-mix(in srgb, var(--_accent) 22%, transparent) 0.4375rem 0.5625rem
      );
    }
  }

  /* Basic concepts and features, marked ▪ as in the document. */
  .items {
    display: grid;
    gap: 0.75em;
    padding-inline-start: 1.25em;
    list-style-type: square;
  }
  .item::marker {
    color: var(--_accent);
  }
  .text {
    max-inline-size: 46em;
  }
  [lang='ja'] .text {
    max-inline-size: 40em;
  }
  @container vision (inline-size >= 56em) {
    .label {
      font-size: 1em;
    }
  }
  @container vision (inline-size >= 48em) {
    .vision:not([data-layout='compact']) .features .items {
      grid-template-columns: repeat(auto-fit, minmax(14em, 1fr));
    }
  }
  .features .item {
    padding: 0.5em 0.75em;
    border-block-start: 3px solid var(--_accent);
    background: var(--_surface-raised);
    border-radius: 0 0 0.25rem 0.25rem;
  }
  .features .items {
    list-style-position: inside;
    padding-inline-start: 0;
  }
  .features .item::marker {
    content: '';
  }

  /* Compact: two lines a feature; the toggle shows the whole text. */
  .clamped .text {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 2;
    overflow: hidden;
  }
  .toggle {
    display: inline-flex;
    align-items: center;
    gap: 0.375em;
    justify-self: start;
    margin-block-start: 0.5em;
    padding: 0.25em 0.75em;
    border: 1px solid var(--_border);
    border-radius: 999px;
    background: var(--_surface);
    color: var(--_accent);
    font: inherit;
    font-size: 0.875em;
    cursor: pointer;
  }
  .toggle:hover {
    background: var(--_surface-raised);
  }
  .chevron {
    inline-size: 0.75em;
    block-size: 0.75em;
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  [aria-expanded='true'] .chevron {
    transform: rotate(180deg);
  }
  .statements {
    display: grid;
  }

  @media (forced-colors: active) {
    .capital,
    .plinth,
    .beam,
    .steps span {
      forced-color-adjust: none;
      background: CanvasText;
    }
    .shaft,
    .label {
      border-color: CanvasText;
    }
    .roof {
      color: CanvasText;
    }
    .tympanum {
      fill: Canvas;
      fill-opacity: 1;
    }
    .features .item {
      border-block-start-color: CanvasText;
    }
  }
  @media print {
    .vision {
      border-color: #777;
    }
    .roof {
      color: #333;
    }
    .capital,
    .plinth,
    .beam,
    .steps span {
      print-color-adjust: exact;
      background: #333;
    }
    .vision .shaft,
    .vision:not([lang='ja']) .shaft {
      background-image: none;
      border-color: #777;
    }
    .clamped .text {
      display: block;
      -webkit-line-clamp: unset;
      overflow: visible;
    }
    .toggle {
      display: none;
    }
  }
`;
