import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html} from 'lit';

import '../src/foip-initiative-card.js';

/**
 * A partner's re-skin, done only with the documented `--foip-*` custom properties and `::part()`:
 * exactly the CSS below, pasted into the partner's own stylesheet.
 */
export const partnerCss = `.partner-brand {
  --foip-font-family: Georgia, 'Times New Roman', 'Noto Serif CJK JP', serif;
  --foip-color-surface: #fbf7ef;
  --foip-color-surface-raised: #f3ecdc;
  --foip-color-border: #8c7a5b;
  --foip-color-text: #2b2116;
  --foip-color-text-muted: #5a4a36;
  --foip-color-accent: #7a3b00;
  --foip-color-pillar-1: #005a70;
  --foip-color-pillar-2: #4d6b00;
  --foip-color-pillar-3: #8a2f4a;
  --foip-radius: 0;
  --foip-space: 1.25rem;
}
.partner-brand foip-initiative-card::part(title) {
  font-variant: small-caps;
  letter-spacing: 0.02em;
}
.partner-brand foip-initiative-card::part(glyph) {
  border-radius: 0;
}`;

const meta: Meta = {
  title: 'Guides/Theming',
  tags: ['!autodocs'],
  parameters: {layout: 'padded'},
  // The CSS is shown on the guide's page too (theming.mdx); a named export is a story unless excluded.
  excludeStories: ['partnerCss'],
};
export default meta;

const cards = html`<foip-initiative-card initiative="pacific-submarine-cables"></foip-initiative-card>
  <foip-initiative-card initiative="indonesia-geothermal" variant="compact"></foip-initiative-card>
  <foip-initiative-card initiative="osa-expansion" variant="compact"></foip-initiative-card>`;

export const Default: StoryObj = {
  name: 'Default look',
  render: () => html`<div class="card-grid">${cards}</div>`,
};

export const PartnerBrand: StoryObj = {
  name: 'Partner brand (custom properties and ::part only)',
  render: () =>
    html`<style>
        ${partnerCss}
      </style>
      <div class="partner-brand card-grid">${cards}</div>`,
};

export const PartnerBrandJapanese: StoryObj = {
  ...PartnerBrand,
  name: 'Partner brand, Japanese',
  parameters: {lang: 'ja'},
};
