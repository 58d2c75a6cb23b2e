import {css} from 'lit';

import {forcedSchemeSurface} from '../../internal/theme.styles.js';

/** What every view of `<foip-pillars>` shares: the box, the stage, tree items, the tip and the legend. */
export const pillarsStyles = css`
  /* A forced scheme may differ from the page's: then the element paints its own surface. */
  ${forcedSchemeSurface}
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
  /* Under the source line, as on the map: not one more control above the drawing. */
  .pictures {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  .picture {
    font-size: 0.875em;
  }

  @media (forced-colors: active) {
    .glyph {
      forced-color-adjust: none;
      background: CanvasText;
      color: Canvas;
    }
    .tip {
      border: 1px solid CanvasText;
    }
  }
  @media print {
    .tip,
    .pictures,
    [role='status'] {
      display: none;
    }
    /* The colours are the drawing: kept on paper (\`.arc\`: the wheel, \`.detail\`: its top border). */
    .glyph,
    .item,
    .arc,
    .detail {
      print-color-adjust: exact;
      -webkit-print-color-adjust: exact;
    }
  }
`;
