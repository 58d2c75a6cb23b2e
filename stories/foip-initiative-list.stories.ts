import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html} from 'lit';
import {ifDefined} from 'lit/directives/if-defined.js';
import {action} from 'storybook/actions';

import '../src/foip-initiative-list.js';
import {membersCoveredOnly} from '../src/data/coverage.js';
import {bundledIndex, dataset} from '../src/data/index.js';
import type {Dataset} from '../src/data/index.js';
import {partnerDataset} from '../test/fixtures/partner-dataset.js';
import {embedSnippet} from './embed.js';
import {sharedByLink} from './shared-by-link.js';

interface Args {
  pillar: string;
  country: string;
  partner: string;
  instrument: string;
  query: string;
  controls: boolean;
  theme: string;
  headingLevel: number;
  cardHref: string;
}

/** The list as the controls set it; `data`, a partner's own records instead of the bundled edition. */
const list = (args: Args, data?: Dataset) =>
  html`<foip-initiative-list
    pillar=${ifDefined(args.pillar || undefined)}
    country=${ifDefined(args.country || undefined)}
    partner=${ifDefined(args.partner || undefined)}
    instrument=${ifDefined(args.instrument || undefined)}
    query=${ifDefined(args.query || undefined)}
    ?controls=${args.controls}
    theme=${args.theme}
    heading-level=${args.headingLevel}
    card-href=${ifDefined(args.cardHref || undefined)}
    @foip-initiative-select=${action('foip-initiative-select')}
    @foip-filter-change=${action('foip-filter-change')}
    .data=${data}
  ></foip-initiative-list>`;

const meta: Meta<Args> = {
  title: 'Widgets/Initiative list',
  component: 'foip-initiative-list',
  args: {
    pillar: '',
    country: '',
    partner: '',
    instrument: '',
    query: '',
    controls: false,
    theme: 'auto',
    headingLevel: 2,
    cardHref: '',
  },
  argTypes: {
    pillar: {control: 'text', description: 'Priority areas, e.g. `1 3`'},
    country: {
      control: 'select',
      // As the list's picker: countries with initiatives, then members covered only through their region (Myanmar).
      options: [
        '',
        ...bundledIndex.countriesWithInitiatives,
        ...membersCoveredOnly(bundledIndex).flatMap((r) => r.members),
      ],
    },
    partner: {control: 'select', options: ['', ...bundledIndex.partnerIds]},
    instrument: {control: 'select', options: ['', ...dataset.instruments.map((i) => i.id)]},
    query: {control: 'text'},
    theme: {control: 'inline-radio', options: ['auto', 'light', 'dark']},
    headingLevel: {control: {type: 'number', min: 2, max: 6}},
    cardHref: {control: 'text', description: 'Link of each card title, `{id}` for the initiative, e.g. `#{id}`'},
  },
  render: (args) => list(args),
  parameters: {
    docs: {
      description: {
        component: embedSnippet(
          [
            "<!-- Japan's initiatives with the Philippines, e.g. on the Embassy in Manila's page: -->",
            '<foip-initiative-list country="PHL"></foip-initiative-list>',
            '<!-- Every initiative, with a filter bar for the reader: -->',
            '<foip-initiative-list controls></foip-initiative-list>',
            '<!-- Preset filters combine: priority areas ① and ③, Official Security Assistance only: -->',
            '<foip-initiative-list pillar="1 3" instrument="osa"></foip-initiative-list>',
            "<!-- Each card's title a link to the embassy's own page on it ({id}: the initiative's id): -->",
            '<foip-initiative-list country="PHL" card-href="/foip/{id}.html"></foip-initiative-list>',
          ].join('\n'),
        ),
      },
    },
  },
};
export default meta;
type Story = StoryObj<Args>;

export const Default: Story = {name: 'All initiatives'};
export const Controls: Story = {name: 'With controls', args: {controls: true}};
export const Manila: Story = {name: 'Embassy in Manila (country="PHL")', args: {country: 'PHL'}};
export const ManilaControls: Story = {
  name: 'Embassy in Manila, with controls',
  args: {country: 'PHL', controls: true},
};
/**
 * A member the document never names: no initiative of Myanmar's own, and the list says so; ASEAN's
 * region-wide initiatives follow under "Covered as a member of ASEAN (region-wide items)", not counted as Myanmar's.
 */
export const Myanmar: Story = {name: 'Member covered through ASEAN (country="MMR")', args: {country: 'MMR'}};
export const MyanmarJapanese: Story = {
  ...Myanmar,
  name: 'Member covered through ASEAN (country="MMR"), Japanese, with controls',
  args: {country: 'MMR', controls: true},
  parameters: {lang: 'ja'},
};
/** A named member: the Philippines' own initiatives, then ASEAN's apart; the picker offers Myanmar under ASEAN. */
export const ManilaRegionWide: Story = {
  name: 'Named member: own initiatives, then ASEAN\'s (country="PHL"), 320 px',
  args: {country: 'PHL', controls: true},
  decorators: [(story) => html`<div class="width-320">${story()}</div>`],
};
export const Pillars: Story = {name: 'Priority areas ① and ③ (pillar="1 3")', args: {pillar: '1 3'}};
export const Query: Story = {name: 'Search (query="cable")', args: {query: 'cable', controls: true}};
export const Instrument: Story = {
  name: 'Instrument preset (instrument="osa")',
  args: {instrument: 'osa', controls: true},
};
export const Japanese: Story = {args: {controls: true}, parameters: {lang: 'ja'}};
export const JapaneseManila: Story = {
  name: 'Japanese, country="PHL"',
  args: {country: 'PHL'},
  parameters: {lang: 'ja'},
};
export const DarkPage: Story = {name: 'Dark page (theme="auto")', args: {controls: true}, parameters: {scheme: 'dark'}};
export const DarkJapanese: Story = {
  name: 'Dark page, Japanese',
  args: {controls: true},
  parameters: {scheme: 'dark', lang: 'ja'},
};
export const ForcedDark: Story = {name: 'theme="dark" on a light page', args: {controls: true, theme: 'dark'}};
export const Empty: Story = {
  name: 'Empty result',
  args: {controls: true, pillar: '3', query: 'quantum'},
};
export const EmptyJapanese: Story = {...Empty, name: 'Empty result, Japanese', parameters: {lang: 'ja'}};

export const Narrow: Story = {
  name: '320 px container',
  args: {controls: true},
  decorators: [(story) => html`<div class="width-320">${story()}</div>`],
};
export const NarrowJapanese: Story = {...Narrow, name: '320 px container, Japanese', parameters: {lang: 'ja'}};

/** `card-href`: each title a link made from the template (here `#{id}`); without it the titles are plain headings. */
export const CardLinks: Story = {name: 'Card titles as links (card-href)', args: {country: 'PHL', cardHref: '#{id}'}};
export const CardLinksJapanese: Story = {
  ...CardLinks,
  name: 'Card titles as links, Japanese, 320 px',
  parameters: {lang: 'ja'},
  decorators: [(story) => html`<div class="width-320">${story()}</div>`],
};

export const BadPillar: Story = {name: 'Error: pillar="4"', args: {pillar: '4'}};
export const BadPillarJapanese: Story = {...BadPillar, name: 'Error: pillar="4", Japanese', parameters: {lang: 'ja'}};
export const BadCountry: Story = {name: 'Error: country="XXX"', args: {country: 'XXX'}};
export const BadCountryJapanese: Story = {
  ...BadCountry,
  name: 'Error: country="XXX", Japanese',
  parameters: {lang: 'ja'},
};

/** `url-key`: what the reader chooses goes in the page's address, so the view can be shared by link. */
export const SharedByLink: Story = sharedByLink(
  html`<foip-initiative-list url-key="list" controls></foip-initiative-list>`,
  'list',
  '?list-pillar=2&list-query=AI',
) as Story;

/**
 * A partner's own records (issue 19): the published 24 copied with new ids into 10,000, set as `data`.
 * Only the rows in view are drawn; the count and the headings are those of all 10,000. Tab into the
 * records, then End, Home and the arrows; the search box narrows them as the reader types.
 */
let partner: Dataset | undefined;
export const Partner10k: Story = {
  name: "A partner's 10,000 records (data)",
  args: {controls: true},
  render: (args) => list(args, (partner ??= partnerDataset(dataset, 10_000))),
};
export const Partner10kJapanese: Story = {
  ...Partner10k,
  name: "A partner's 10,000 records, Japanese, 320 px",
  parameters: {lang: 'ja'},
  decorators: [(story) => html`<div class="width-320">${story()}</div>`],
};
