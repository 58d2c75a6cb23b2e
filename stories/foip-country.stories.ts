import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html} from 'lit';
import {ifDefined} from 'lit/directives/if-defined.js';

import '../src/foip-country.js';
import '../src/foip-map.js';
import {dataset} from '../src/data/index.js';
import {partnerDataset} from '../test/fixtures/partner-dataset.js';
import {embedSnippet} from './embed.js';

interface Args {
  country: string;
  sections?: string;
  theme: string;
  headingLevel: number;
  cardHref?: string;
}

const meta: Meta<Args> = {
  title: 'Widgets/Country',
  component: 'foip-country',
  args: {country: 'PHL', theme: 'auto', headingLevel: 2},
  argTypes: {theme: {control: 'inline-radio', options: ['auto', 'light', 'dark']}},
  render: (args) =>
    html`<foip-country
      country=${args.country}
      sections=${ifDefined(args.sections)}
      theme=${args.theme}
      heading-level=${args.headingLevel}
      card-href=${ifDefined(args.cardHref)}
    ></foip-country>`,
  parameters: {
    docs: {
      description: {
        component: embedSnippet('<foip-country country="PHL"></foip-country>'),
      },
    },
  },
};
export default meta;
type Story = StoryObj<Args>;

export const Philippines: Story = {name: 'The Philippines (country="PHL")'};
export const Indonesia: Story = {name: 'A large country: Indonesia', args: {country: 'IDN'}};
export const Nauru: Story = {name: 'A small island state: Nauru (a marker on the locator)', args: {country: 'NRU'}};
export const UnitedStates: Story = {
  name: 'Japan’s ally and a partner, with no initiative of its own: the United States',
  args: {country: 'USA'},
};
export const UnitedStatesJapanese: Story = {
  ...UnitedStates,
  name: 'The United States, Japanese',
  parameters: {lang: 'ja'},
};
export const Myanmar: Story = {name: 'Named only through ASEAN: Myanmar', args: {country: 'MMR'}};
export const MyanmarJapanese: Story = {...Myanmar, name: 'Myanmar, Japanese', parameters: {lang: 'ja'}};
export const Mongolia: Story = {name: 'Outside the document: Mongolia (country="mn")', args: {country: 'mn'}};
export const MongoliaJapanese: Story = {...Mongolia, name: 'Mongolia, Japanese', parameters: {lang: 'ja'}};
export const Japanese: Story = {parameters: {lang: 'ja'}};
export const DarkPage: Story = {name: 'Dark page (theme="auto")', parameters: {scheme: 'dark'}};
export const DarkJapanese: Story = {name: 'Dark page, Japanese', parameters: {scheme: 'dark', lang: 'ja'}};
export const ForcedDark: Story = {name: 'theme="dark" on a light page', args: {theme: 'dark'}};
export const Narrow: Story = {
  name: '320 px container',
  decorators: [(story) => html`<div class="width-320">${story()}</div>`],
};
export const NarrowJapanese: Story = {...Narrow, name: '320 px container, Japanese', parameters: {lang: 'ja'}};
export const SummaryAndMap: Story = {name: 'Sections: summary and map only', args: {sections: 'summary map'}};
export const CardLinks: Story = {name: 'Card titles as links (card-href)', args: {cardHref: '#{id}'}};

/** No script: the country follows the one selected on the map (`for="main-map"`). */
export const LinkedToMap: Story = {
  name: 'Linked to a map by for',
  render: () =>
    html`<div class="stack">
      <foip-map id="main-map" country="PHL"></foip-map>
      <foip-country for="main-map" country="PHL"></foip-country>
    </div>`,
};

/** A partner's records, as issue 19 makes them: each list shows its first cards and a button for more. */
let partner: ReturnType<typeof partnerDataset> | undefined;
export const PartnerRecords: Story = {
  name: 'A partner’s 10,000 records (data): the first cards of each list, more on request',
  render: (args) =>
    html`<foip-country
      country=${args.country}
      theme=${args.theme}
      heading-level=${args.headingLevel}
      .data=${(partner ??= partnerDataset(dataset, 10_000))}
    ></foip-country>`,
};
export const PartnerRecordsJapanese: Story = {
  ...PartnerRecords,
  name: 'A partner’s 10,000 records, Japanese, 320 px',
  parameters: {lang: 'ja'},
  decorators: [(story) => html`<div class="width-320">${story()}</div>`],
};
export const UnknownCountry: Story = {name: 'Error: unknown country', args: {country: 'Philipines'}};
export const UnknownCountryJapanese: Story = {
  ...UnknownCountry,
  name: 'Error: unknown country, Japanese',
  parameters: {lang: 'ja'},
};
export const UnknownSection: Story = {name: 'Error: unknown section', args: {sections: 'summary cards'}};
