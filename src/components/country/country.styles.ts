import {css} from 'lit';

import {plainButtonStyles} from '../../internal/plain-button.styles.js';
import {forcedSchemeSurface} from '../../internal/theme.styles.js';

/** `<foip-country>`: one readable block; side by side where there is room, stacked in a narrow column (320 px). */
export const countryStyles = css`
  :host {
    --_sea: var(--foip-color-sea, light-dark(#e4eef7, #172230));
    --_land: var(--foip-color-land, light-dark(#d3d8df, #3a414d));
    --_undetermined: var(--foip-color-undetermined, light-dark(#f6f7f9, #262b33));
    --_outline: var(--foip-color-border, light-dark(#ffffff, #16191f));
    /* Japan in its flag's red, the country in blue: both ≥ 3:1 against land and sea (1.4.11). */
    --_home: var(--foip-color-home, light-dark(#bc002d, #ff6f8a));
    --_country: var(--foip-color-country, light-dark(#0b4f9c, #7fb2ff));
    display: block;
  }
  ${forcedSchemeSurface}
  ${plainButtonStyles}
  /* The size container is the section, not the tag: a page's display: inline on the tag makes the tag
     no container, and Firefox then never laid the overview side by side. */
  section.country {
    container-type: inline-size;
  }
  .country {
    display: grid;
    gap: var(--_space);
    color: var(--_text);
  }
  .heading {
    margin: 0;
    font-weight: 700;
    line-height: 1.3;
  }
  .country > .heading {
    font-size: 1.25em;
  }
  p,
  dl,
  dd {
    margin: 0;
  }
  .overview {
    display: grid;
    gap: var(--_space);
    align-items: start;
  }
  @container (min-width: 40rem) {
    .overview {
      grid-template-columns: 3fr 2fr;
    }
  }
  .summary {
    line-height: 1.7;
  }
  .locator-frame {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    overflow: hidden;
    background: var(--_sea);
  }
  .locator {
    display: block;
    inline-size: 100%;
    block-size: auto;
    aspect-ratio: 8 / 5;
  }
  .locator .country {
    fill: var(--_country);
    fill-rule: evenodd;
    stroke: var(--_outline);
    stroke-width: 0.5px;
    vector-effect: non-scaling-stroke;
  }
  .marker {
    fill: none;
    stroke: var(--_country);
  }
  .section {
    display: grid;
    gap: calc(var(--_space) * 0.75);
  }
  .section > .heading {
    font-size: 1.125em;
  }
  .areas {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 13rem), 1fr));
    gap: calc(var(--_space) * 0.5);
  }
  .area {
    display: grid;
    gap: 0.25em;
    padding: calc(var(--_space) * 0.75);
    border: 1px solid var(--_border);
    border-inline-start: 0.375rem solid var(--_pillar);
    border-radius: var(--_radius);
    background: var(--_surface-raised);
  }
  .area dt {
    font-weight: 600;
  }
  .pillar-group {
    display: grid;
    gap: calc(var(--_space) * 0.5);
  }
  .pillar-group > .heading {
    display: flex;
    align-items: center;
    gap: 0.5em;
    font-size: 1em;
  }
  @media (forced-colors: active) {
    .locator {
      forced-color-adjust: none;
    }
    .locator .country {
      fill: Highlight;
    }
  }
  .more {
    margin-block-start: calc(var(--_space) * 0.75);
  }
  @media print {
    .more {
      display: none;
    }
    .overview {
      grid-template-columns: 3fr 2fr;
    }
    .cards {
      grid-template-columns: repeat(2, 1fr);
    }
    .area,
    .locator-frame {
      break-inside: avoid;
    }
  }
`;
