import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html} from 'lit';
import {ifDefined} from 'lit/directives/if-defined.js';

import {action} from 'storybook/actions';

import '../src/foip-initiative-card.js';
import type {FoipInitiativeCard} from '../src/foip-initiative-card.js';
import type {FoipInitiativeSelectEvent} from '../src/events/events.js';
import {dataset} from '../src/data/index.js';
import {partnerEdition} from '../test/fixtures/partner-provenance.js';
import {embedSnippet} from './embed.js';

interface Args {
  initiative: string;
  variant: string;
  href?: string;
  selected: boolean;
  theme: string;
  headingLevel: number;
}

const longest = [...dataset.initiatives].sort((a, b) => b.text.ja.length - a.text.ja.length)[0];

const meta: Meta<Args> = {
  title: 'Widgets/Initiative card',
  component: 'foip-initiative-card',
  args: {initiative: 'pacific-submarine-cables', variant: 'full', selected: false, theme: 'auto', headingLevel: 3},
  argTypes: {
    initiative: {control: 'select', options: dataset.initiatives.map((i) => i.id)},
    variant: {control: 'inline-radio', options: ['full', 'compact']},
    theme: {control: 'inline-radio', options: ['auto', 'light', 'dark']},
  },
  render: (args) =>
    html`<foip-initiative-card
      initiative=${args.initiative}
      variant=${args.variant}
      theme=${args.theme}
      heading-level=${args.headingLevel}
      href=${ifDefined(args.href)}
      ?selected=${args.selected}
      @foip-initiative-select=${action('foip-initiative-select')}
    ></foip-initiative-card>`,
  parameters: {
    docs: {
      description: {
        component: embedSnippet('<foip-initiative-card initiative="pacific-submarine-cables"></foip-initiative-card>'),
      },
    },
  },
};
export default meta;
type Story = StoryObj<Args>;

export const Default: Story = {};
export const Japanese: Story = {parameters: {lang: 'ja'}};
export const DarkPage: Story = {name: 'Dark page (theme="auto")', parameters: {scheme: 'dark'}};
export const DarkJapanese: Story = {parameters: {scheme: 'dark', lang: 'ja'}};
export const ForcedDark: Story = {name: 'theme="dark" on a light page', args: {theme: 'dark'}};
export const Compact: Story = {args: {variant: 'compact', initiative: 'osa-expansion'}};
export const AsLink: Story = {name: 'As a link (href)', args: {href: '#osa-expansion', initiative: 'osa-expansion'}};
export const AsLinkJapanese: Story = {...AsLink, name: 'As a link (href), Japanese', parameters: {lang: 'ja'}};

/**
 * A page that listens for `foip-initiative-select` (a click anywhere on a card) shows the initiative
 * and marks its card `selected` (`aria-current`); for the keyboard it gives each card an `href` too.
 */
export const MasterDetail: Story = {
  name: 'A page that listens: selected card (master–detail)',
  render: () => {
    const show = (event: FoipInitiativeSelectEvent) => {
      event.preventDefault();
      const page = (event.currentTarget as Element).closest('.stack')!;
      for (const card of page.querySelectorAll<FoipInitiativeCard>('.card-grid foip-initiative-card'))
        card.selected = card.initiative === event.initiative;
      page.querySelector<FoipInitiativeCard>('.detail')!.initiative = event.initiative;
    };
    const ids = dataset.initiatives.filter((i) => i.countries.includes('PHL')).map((i) => i.id);
    return html`<div class="stack">
      <div class="card-grid" @foip-initiative-select=${show}>
        ${ids.map(
          (id, n) =>
            html`<foip-initiative-card
              initiative=${id}
              variant="compact"
              href="#${id}"
              ?selected=${n === 0}
            ></foip-initiative-card>`,
        )}
      </div>
      <foip-initiative-card class="detail" initiative=${ids[0]}></foip-initiative-card>
    </div>`;
  },
};
export const MasterDetailJapanese: Story = {
  ...MasterDetail,
  name: 'A page that listens, Japanese, 320 px',
  parameters: {lang: 'ja'},
  decorators: [(story) => html`<div class="width-320">${story()}</div>`],
};

export const CompactGrid: Story = {
  name: 'Grid of compact cards',
  render: () =>
    html`<div class="card-grid">
      ${dataset.initiatives
        .filter((i) => i.countries.includes('PHL'))
        .map((i) => html`<foip-initiative-card initiative=${i.id} variant="compact"></foip-initiative-card>`)}
    </div>`,
};

export const Narrow: Story = {
  name: '320 px container',
  args: {initiative: longest.id},
  decorators: [(story) => html`<div class="width-320">${story()}</div>`],
};
export const NarrowJapanese: Story = {...Narrow, name: '320 px container, Japanese', parameters: {lang: 'ja'}};
export const LongText: Story = {name: 'Longest text', args: {initiative: longest.id}};

export const UnknownInitiative: Story = {name: 'Error: unknown initiative', args: {initiative: 'submarine-cable'}};
export const UnknownInitiativeJapanese: Story = {
  ...UnknownInitiative,
  name: 'Error: unknown initiative, Japanese',
  parameters: {lang: 'ja'},
};
export const BadVariant: Story = {name: 'Error: bad variant', args: {variant: 'large'}};

/**
 * A partner's own record (issue 19), given as `data`: the card names the partner's source and
 * publisher as its edition does, and cites no page of the document, which the record does not cite.
 */
const partner = partnerEdition(dataset);
export const PartnerRecord: Story = {
  name: "A partner's record: its own source, no page",
  render: (args) => html`<foip-initiative-card initiative=${args.initiative} .data=${partner}></foip-initiative-card>`,
};
export const PartnerRecordJapanese: Story = {
  ...PartnerRecord,
  name: "A partner's record, Japanese",
  parameters: {lang: 'ja'},
};
const anonymous = partnerEdition(dataset, {publisher: false});
export const PartnerNoPublisher: Story = {
  name: "A partner's record, its edition naming no publisher",
  render: (args) =>
    html`<foip-initiative-card initiative=${args.initiative} .data=${anonymous}></foip-initiative-card>`,
};
