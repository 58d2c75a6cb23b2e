import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html} from 'lit';
import {ifDefined} from 'lit/directives/if-defined.js';
import {action} from 'storybook/actions';

import '../src/foip-country.js';
import '../src/foip-initiative-list.js';
import '../src/foip-map.js';
import type {FoipMap} from '../src/foip-map.js';
import '../src/foip-pillars.js';
import {bundledIndex, dataset} from '../src/data/index.js';
import {partnerDataset} from '../test/fixtures/partner-dataset.js';
import {HOME} from '../src/geo/home.js';
import {mapPlaces} from '../src/layout/map-places.js';
import {embedSnippet} from './embed.js';
import {sharedByLink} from './shared-by-link.js';

interface Args {
  view: string;
  colorBy: string;
  pillar: string;
  country: string;
  theme: string;
  headingLevel: number;
}

const meta: Meta<Args> = {
  title: 'Widgets/Map',
  component: 'foip-map',
  args: {view: 'indo-pacific', colorBy: 'pillar', pillar: '', country: '', theme: 'auto', headingLevel: 2},
  argTypes: {
    view: {control: 'inline-radio', options: ['indo-pacific', 'world']},
    colorBy: {control: 'inline-radio', options: ['pillar', 'count']},
    pillar: {control: 'text', description: 'Priority areas, e.g. `2` or `1 3`; empty shows all'},
    // Japan is no place of the map, but `country="JPN"` frames it.
    country: {control: 'select', options: ['', HOME, ...mapPlaces(bundledIndex).map((p) => p.iso3)]},
    theme: {control: 'inline-radio', options: ['auto', 'light', 'dark']},
    headingLevel: {control: {type: 'number', min: 2, max: 6}, description: "The title's heading level (2–6)"},
  },
  render: (args) =>
    html`<foip-map
      view=${args.view}
      color-by=${args.colorBy}
      pillar=${ifDefined(args.pillar || undefined)}
      country=${ifDefined(args.country || undefined)}
      theme=${args.theme}
      heading-level=${args.headingLevel}
      @foip-country-select=${action('foip-country-select')}
    ></foip-map>`,
  parameters: {
    docs: {
      description: {
        component: embedSnippet(
          [
            '<foip-map lang="en"></foip-map>',
            '<!-- or in Japanese, the whole world, security cooperation only, the Philippines selected: -->',
            '<foip-map lang="ja" view="world" pillar="3" country="PHL"></foip-map>',
          ].join('\n'),
        ),
      },
    },
  },
};
export default meta;
type Story = StoryObj<Args>;

export const Default: Story = {};
export const WorldView: Story = {name: 'World view', args: {view: 'world'}};

export const Pillar1: Story = {name: 'Priority area ① only', args: {pillar: '1'}};
export const Pillar2: Story = {name: 'Priority area ② only', args: {pillar: '2'}};
export const Pillar3: Story = {name: 'Priority area ③ only', args: {pillar: '3'}};
export const Pillars13: Story = {name: 'Priority areas ① and ③ (pillar="1 3")', args: {pillar: '1 3'}};

export const Preselected: Story = {name: 'Preselected country (country="PHL")', args: {country: 'PHL'}};
export const PreselectedOutside: Story = {
  name: 'Preselected country outside the view (country="USA")',
  args: {country: 'USA'},
};
/**
 * Framed on Japan, the home country (drawn in `--foip-color-home`, no option selected): the Northern
 * Territories as Japan, the Kurils north of Etorofu and southern Sakhalin uncoloured.
 */
export const Territory: Story = {name: 'Territory around Japan (country="JPN")', args: {country: HOME}};
/**
 * The world at 1,400 px: Taiwan's marker, whose 24 px target would cover the Senkaku Islands and
 * Yonaguni, is moved off Japan's islands with a line back to Taiwan; Korea's keeps off Takeshima.
 */
export const JapansIslands: Story = {
  name: "Japan's islands uncovered (world view, 1,400 px)",
  args: {view: 'world'},
  decorators: [(story) => html`<div class="width-1400">${story()}</div>`],
};
export const ColorByCount: Story = {name: 'Coloured by count (color-by="count")', args: {colorBy: 'count'}};

export const Japanese: Story = {parameters: {lang: 'ja'}};
export const DarkPage: Story = {name: 'Dark page (theme="auto")', parameters: {scheme: 'dark'}};
export const DarkJapanese: Story = {name: 'Dark page, Japanese', parameters: {scheme: 'dark', lang: 'ja'}};
export const ForcedDark: Story = {name: 'theme="dark" on a light page', args: {theme: 'dark'}};

export const Narrow: Story = {
  name: '320 px container',
  decorators: [(story) => html`<div class="width-320">${story()}</div>`],
};
export const NarrowJapanese: Story = {...Narrow, name: '320 px container, Japanese', parameters: {lang: 'ja'}};

/**
 * A phone: under 600 px the map shows a taller crop of the region, from the Arabian Sea to Niue
 * (scripts/geo/projection.ts says why); East Africa and the eastern Pacific are markers at its edges.
 * Each name stands only where it reads as its own country's: on or at its country, over no other.
 */
export const Phone: Story = {
  name: '360 px phone (taller crop of the region)',
  decorators: [(story) => html`<div class="width-360">${story()}</div>`],
};
export const PhoneJapanese: Story = {...Phone, name: '360 px phone, Japanese', parameters: {lang: 'ja'}};

/** A page whose text is 200 %: the names are 24 px, fewer fit, none overlaps or strays from its country. */
export const LargeText: Story = {
  name: "Page text at 200 % (names follow the page's size)",
  decorators: [(story) => html`<div class="text-200">${story()}</div>`],
};
export const LargeTextPhoneJapanese: Story = {
  name: 'Page text at 200 %, 360 px phone, Japanese',
  decorators: [(story) => html`<div class="text-200 width-360">${story()}</div>`],
  parameters: {lang: 'ja'},
};

/** A partner's page that wants the map without country names: one rule on its own stylesheet. */
export const WithoutNames: Story = {
  name: 'Without country names (::part(labels) hidden)',
  decorators: [(story) => html`<div class="no-map-names">${story()}</div>`],
};

/**
 * A partner's typography (a serif, tracked out; names larger and in capitals through
 * `::part(labels)`): the names are measured as drawn, so they still never overlap.
 */
export const BrandTypography: Story = {
  name: "In a partner's typography (serif, letter-spacing, capitals)",
  decorators: [(story) => html`<div class="brand-typography">${story()}</div>`],
};
export const BrandTypographyJapanese: Story = {
  ...BrandTypography,
  name: "In a partner's typography, Japanese",
  parameters: {lang: 'ja'},
};

/** An embassy's Arabic site: the page runs right to left, the map (English here) does not. */
export const RightToLeftPage: Story = {
  name: 'On a right-to-left page (dir="rtl")',
  decorators: [
    (story) =>
      html`<div dir="rtl" lang="ar">
        <p>صفحة السفارة</p>
        ${story()}
      </div>`,
  ],
  render: (args, context) => html`<div lang="en">${meta.render!(args, context)}</div>`,
};

/** A legend group pressed: its members stay highlighted while pointer and focus move on. */
export const RegionPressed: Story = {
  name: 'Region pressed in the legend (ASEAN)',
  play: async ({canvasElement}) => {
    const map = canvasElement.querySelector<FoipMap>('foip-map')!;
    await map.updateComplete;
    const asean = map.shadowRoot!.querySelectorAll<HTMLButtonElement>('button.group')[0];
    if (asean?.getAttribute('aria-pressed') === 'false') asean.click();
  },
};

/** Pressed in Japanese, at 320 px: the live region names the countries it highlights (五十音順). */
export const RegionPressedJapanese: Story = {
  ...RegionPressed,
  name: 'Region pressed in the legend (ASEAN), Japanese, 320 px',
  parameters: {lang: 'ja'},
  decorators: [(story) => html`<div class="width-320">${story()}</div>`],
};

/**
 * The tooltip of Myanmar, which the document never names: no item of its own, ASEAN's under "Covered as
 * a member of ASEAN (region-wide items)". The story hovers Myanmar once the map has rendered.
 */
export const MyanmarTooltip: Story = {
  name: 'Tooltip of a member covered through ASEAN (Myanmar)',
  play: async ({canvasElement}) => {
    const map = canvasElement.querySelector<FoipMap>('foip-map')!;
    await map.updateComplete;
    map
      .shadowRoot!.querySelector('#place-MMR')
      ?.firstElementChild?.dispatchEvent(new PointerEvent('pointerover', {bubbles: true, composed: true}));
  },
};
export const MyanmarTooltipJapanese: Story = {
  ...MyanmarTooltip,
  name: 'Tooltip of a member covered through ASEAN (Myanmar), Japanese, 360 px',
  parameters: {lang: 'ja'},
  decorators: [(story) => html`<div class="width-360">${story()}</div>`],
};

/** Under a page's own h2: the map's title is a heading one level below, and its region is named by it. */
export const InPageOutline: Story = {
  name: 'In a page\'s outline (heading-level="3")',
  args: {headingLevel: 3},
  decorators: [
    (story) =>
      html`<h2>Japan's cooperation in the region</h2>
        ${story()}`,
  ],
};

/** The table view: the story presses "Show as table" once the map has rendered. */
export const TableShown: Story = {
  name: 'Shown as a table',
  play: async ({canvasElement}) => {
    const map = canvasElement.querySelector<FoipMap>('foip-map')!;
    await map.updateComplete;
    const toggle = map.shadowRoot!.querySelector<HTMLButtonElement>('button[aria-controls="table"]');
    if (toggle?.getAttribute('aria-expanded') === 'false') toggle.click();
  },
};
export const TableShownJapanese: Story = {...TableShown, name: 'Shown as a table, Japanese', parameters: {lang: 'ja'}};

/** Widgets linked by `for`, with no script: each follows the widget whose id it names. */
export const Linked: Story = {
  name: 'Linked: priority areas → map → country page and initiatives',
  render: () =>
    html`<div class="stack">
      <foip-pillars id="linked-areas"></foip-pillars>
      <foip-map id="linked-map" for="linked-areas"></foip-map>
      <foip-country for="linked-map" country="PHL" sections="summary areas"></foip-country>
      <foip-initiative-list for="linked-map"></foip-initiative-list>
    </div>`,
  parameters: {
    docs: {
      description: {
        story:
          'Linked without script: the map has `for="linked-areas"`, the id of the priority areas, and the country page and the list `for="linked-map"`. Opening a priority area filters the map (and the map announces the new count to screen readers); selecting a country shows it on the country page (the Philippines until then) and filters the list. A script can do the same with the events (README, "Events").',
      },
    },
  },
};

/** `url-key`: the reader's selection and filter go in the page's address, so the view can be shared by link. */
export const SharedByLink: Story = sharedByLink(
  html`<foip-map url-key="map"></foip-map>`,
  'map',
  '?map-country=PHL&map-pillar=2',
) as Story;

/**
 * A page's own download buttons: the picture from `toSVG()` or `toPNG()` (painted from the map's
 * shapes and styles, 2 pixels per CSS pixel), as the map's own "Save picture" buttons under its
 * source line give it; the data from the table's "Download as CSV".
 */
export const Picture: Story = {
  name: 'Picture for a download button (toSVG, toPNG)',
  render: () => {
    const save = async (event: Event, kind: 'svg' | 'png') => {
      const map = (event.currentTarget as Element).closest('.stack')!.querySelector<FoipMap>('foip-map')!;
      const link = document.createElement('a');
      const blob = kind === 'svg' ? new Blob([map.toSVG()], {type: 'image/svg+xml'}) : await map.toPNG();
      link.href = URL.createObjectURL(blob);
      link.download = `foip-map.${kind}`;
      link.click();
    };
    return html`<div class="stack">
      <foip-map country="PHL"></foip-map>
      <p>
        <button type="button" @click=${(e: Event) => void save(e, 'svg')}>Download the map as drawn (SVG)</button>
        <button type="button" @click=${(e: Event) => void save(e, 'png')}>Download the map as drawn (PNG)</button>
      </p>
    </div>`;
  },
};

export const UnknownCountry: Story = {name: 'Error: unknown country', args: {country: 'XXX'}};
export const UnknownCountryJapanese: Story = {
  ...UnknownCountry,
  name: 'Error: unknown country, Japanese',
  parameters: {lang: 'ja'},
};
export const UnknownPillar: Story = {name: 'Error: unknown priority area', args: {pillar: '4'}};
export const UnknownView: Story = {name: 'Error: unknown view', args: {view: 'moon'}};

/** A partner's records, as issue 19 makes them: the published initiatives copied with new ids up to 10,000. */
let partner: ReturnType<typeof partnerDataset> | undefined;
export const PartnerRecords: Story = {
  name: 'A partner’s 10,000 records',
  render: (args) =>
    html`<foip-map
      view=${args.view}
      color-by=${args.colorBy}
      pillar=${ifDefined(args.pillar || undefined)}
      theme=${args.theme}
      .data=${(partner ??= partnerDataset(dataset, 10_000))}
    ></foip-map>`,
};
