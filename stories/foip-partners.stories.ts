import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html} from 'lit';
import {ifDefined} from 'lit/directives/if-defined.js';
import {action} from 'storybook/actions';

import '../src/foip-initiative-list.js';
import '../src/foip-partners.js';
import '../src/foip-pillars.js';
import type {FoipPartners} from '../src/foip-partners.js';
import {bundledIndex} from '../src/data/index.js';
import {embedSnippet} from './embed.js';
import {sharedByLink} from './shared-by-link.js';

interface Args {
  partner: string;
  format: string;
  pillar: string;
  theme: string;
  headingLevel: number;
  cardHref: string;
}

const meta: Meta<Args> = {
  title: 'Widgets/Partners',
  component: 'foip-partners',
  args: {partner: '', format: '', pillar: '', theme: 'auto', headingLevel: 2, cardHref: ''},
  argTypes: {
    partner: {control: 'select', options: ['', ...bundledIndex.partnerIds]},
    format: {control: 'text', description: 'A format by its partners joined by `+`, e.g. `USA+AUS+IND`'},
    pillar: {control: 'select', options: ['', '1', '2', '3']},
    theme: {control: 'inline-radio', options: ['auto', 'light', 'dark']},
    headingLevel: {control: {type: 'number', min: 2, max: 6}},
    cardHref: {control: 'text', description: 'Link of each card title, `{id}` for the initiative, e.g. `#{id}`'},
  },
  render: (args) =>
    html`<foip-partners
      partner=${ifDefined(args.partner || undefined)}
      format=${ifDefined(args.format || undefined)}
      pillar=${ifDefined(args.pillar || undefined)}
      theme=${args.theme}
      heading-level=${args.headingLevel}
      card-href=${ifDefined(args.cardHref || undefined)}
      @foip-partner-select=${action('foip-partner-select')}
    ></foip-partners>`,
  parameters: {
    docs: {
      description: {
        component: [
          embedSnippet('<foip-partners></foip-partners>'),
          '',
          'Japan’s partners (countries, a territory, organisations, as the dataset records them) in rows, the formats',
          'that join them in columns. Select a partner with `partner="USA"`, a format with `format="USA+AUS+IND"` (its',
          'partners joined by `+`, in any order), or both; `pillar="3"` keeps one priority area. The reader’s choice is',
          'reflected in these attributes and announced by a `foip-partner-select` event (`partner`, `format`,',
          '`initiatives`). The matrix is one tab stop: arrow keys move along rows and format lines, Enter selects,',
          'Escape clears; “Show as table” gives the same as a table. The United States, which the document calls Japan’s',
          'ally (同盟国), is said to be one in the summary, its row and the table, and tagged beside its name.',
        ].join('\n'),
      },
    },
  },
};
export default meta;
type Story = StoryObj<Args>;

export const Default: Story = {name: 'All partners and formats (default)'};
export const Partner: Story = {name: 'A partner selected (partner="USA")', args: {partner: 'USA'}};
export const Format: Story = {name: 'A format selected (format="USA+AUS+IND")', args: {format: 'USA+AUS+IND'}};
export const PartnerInFormat: Story = {
  name: 'A partner within a format (partner="IND" format="USA+AUS+IND")',
  args: {partner: 'IND', format: 'USA+AUS+IND'},
};
export const Organisation: Story = {name: 'An organisation selected (partner="asean")', args: {partner: 'asean'}};
export const Japanese: Story = {parameters: {lang: 'ja'}};
export const JapanesePartner: Story = {...Partner, name: 'A partner selected, Japanese', parameters: {lang: 'ja'}};
export const DarkPage: Story = {name: 'Dark page (theme="auto")', parameters: {scheme: 'dark'}, args: {partner: 'AUS'}};
export const DarkJapanese: Story = {
  name: 'Dark page, Japanese',
  parameters: {scheme: 'dark', lang: 'ja'},
  args: {format: 'USA+AUS+PHL'},
};
export const ForcedDark: Story = {name: 'theme="dark" on a light page', args: {theme: 'dark', partner: 'USA'}};
export const ForcedLight: Story = {
  name: 'theme="light" on a dark page',
  parameters: {scheme: 'dark'},
  args: {theme: 'light', partner: 'USA'},
};

const narrow: Story['decorators'] = [(story) => html`<div class="width-320">${story()}</div>`];
export const Narrow: Story = {name: '320 px container', decorators: narrow, args: {partner: 'USA'}};
export const NarrowJapanese: Story = {
  name: '320 px container, Japanese',
  decorators: narrow,
  parameters: {lang: 'ja'},
  args: {format: 'USA+AUS+NZL+world-bank+adb'},
};

/** The table alternative: the story presses “Show as table” once the widget has rendered. */
export const TableShown: Story = {
  name: 'Shown as a table',
  play: async ({canvasElement}) => {
    const partners = canvasElement.querySelector<FoipPartners>('foip-partners')!;
    await partners.updateComplete;
    const toggle = partners.shadowRoot!.querySelector<HTMLButtonElement>('button[part="toggle"]');
    if (toggle?.getAttribute('aria-expanded') === 'false') toggle.click();
  },
};
export const TableShownJapanese: Story = {
  ...TableShown,
  name: 'Shown as a table, Japanese, 320 px',
  decorators: narrow,
  parameters: {lang: 'ja'},
};

export const OneArea: Story = {name: 'One priority area (pillar="3")', args: {pillar: '3'}};
export const OneAreaJapanese: Story = {
  name: 'One priority area (pillar="1"), Japanese',
  args: {pillar: '1'},
  parameters: {lang: 'ja'},
};

/** A country the data knows that the document names as no partner of Japan: said in a note, not an error. */
export const NotAPartner: Story = {name: 'Not a partner (partner="MYS")', args: {partner: 'MYS'}};
export const NotAPartnerJapanese: Story = {...NotAPartner, name: 'Not a partner, Japanese', parameters: {lang: 'ja'}};

export const UnknownPartner: Story = {name: 'Error: partner="XYZ"', args: {partner: 'XYZ'}};
export const UnknownPartnerJapanese: Story = {
  ...UnknownPartner,
  name: 'Error: partner="XYZ", Japanese',
  parameters: {lang: 'ja'},
};
export const UnknownFormat: Story = {name: 'Error: format="USA+FRA"', args: {format: 'USA+FRA'}};
export const UnknownFormatJapanese: Story = {
  ...UnknownFormat,
  name: 'Error: format="USA+FRA", Japanese',
  parameters: {lang: 'ja'},
};
export const UnknownPillar: Story = {name: 'Error: pillar="9"', args: {pillar: '9'}};
export const UnknownPillarJapanese: Story = {
  ...UnknownPillar,
  name: 'Error: pillar="9", Japanese',
  parameters: {lang: 'ja'},
};

/** No script: the partners follow the priority area opened in the picture (`for`, `pillar`). */
export const LinkedToPillars: Story = {
  name: 'Linked: priority areas → partners',
  render: () =>
    html`<div class="stack">
      <foip-pillars id="areas"></foip-pillars>
      <foip-partners for="areas"></foip-partners>
    </div>`,
  parameters: {
    docs: {
      description: {
        story:
          'Linked without script: `<foip-partners for="areas">` follows `<foip-pillars id="areas">`. Opening a priority area shows only its partnerships; closing it shows all again.',
      },
    },
  },
};

/** No script: the list follows the partner selected in the matrix (`for`, `partner`). */
export const LinkedToList: Story = {
  name: 'Linked: partners → initiative list',
  render: () =>
    html`<div class="stack">
      <foip-partners id="partners" partner="AUS"></foip-partners>
      <foip-initiative-list for="partners"></foip-initiative-list>
    </div>`,
  parameters: {
    docs: {
      description: {
        story:
          'Linked without script: `<foip-initiative-list for="partners">` follows `<foip-partners id="partners">`, and lists the initiatives of the partner selected there (Australia until the reader chooses another).',
      },
    },
  },
};

/** `url-key`: the reader's selection goes in the page's address, so the view can be shared by link. */
export const SharedByLink: Story = sharedByLink(
  html`<foip-partners url-key="partners"></foip-partners>`,
  'partners',
  '?partners-partner=IND&partners-format=USA+AUS+IND',
) as Story;
