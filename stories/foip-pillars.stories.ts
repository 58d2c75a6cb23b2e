import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html} from 'lit';
import {ifDefined} from 'lit/directives/if-defined.js';

import '../src/foip-pillars.js';
import type {FoipPillars} from '../src/foip-pillars.js';
import {dataset} from '../src/data/index.js';
import {partnerDataset} from '../test/fixtures/partner-dataset.js';
import {embedSnippet} from './embed.js';
import {sharedByLink} from './shared-by-link.js';

interface Args {
  layout: string;
  pillar?: string;
  category?: string;
  theme: string;
  headingLevel: number;
}

const meta: Meta<Args> = {
  title: 'Widgets/Pillars',
  component: 'foip-pillars',
  args: {layout: 'columns', theme: 'auto', headingLevel: 2},
  argTypes: {
    layout: {control: 'inline-radio', options: ['columns', 'radial']},
    pillar: {control: 'select', options: [undefined, '1', '2', '3']},
    category: {control: 'select', options: [undefined, ...dataset.categories.map((c) => c.id)]},
    theme: {control: 'inline-radio', options: ['auto', 'light', 'dark']},
  },
  render: (args) =>
    html`<foip-pillars
      layout=${args.layout}
      pillar=${ifDefined(args.pillar)}
      category=${ifDefined(args.category)}
      theme=${args.theme}
      heading-level=${args.headingLevel}
    ></foip-pillars>`,
  parameters: {
    docs: {
      description: {
        component: [
          embedSnippet('<foip-pillars></foip-pillars>'),
          '',
          'Open a priority area with `pillar="2"` or a category with `category="connectivity-and-rules"`; both reflect',
          'the reader\'s choice, announced by a `foip-pillar-select` event. `layout="radial"` draws a sunburst.',
          'The drawing is one accessible tree: Tab enters it, arrow keys move, open and close, Enter selects.',
        ].join('\n'),
      },
    },
  },
};
export default meta;
type Story = StoryObj<Args>;

export const Columns: Story = {name: 'Columns (default)'};
export const Radial: Story = {args: {layout: 'radial'}};

export const Pillar1: Story = {name: 'Priority area ① open', args: {pillar: '1'}};
export const Pillar2: Story = {name: 'Priority area ② open', args: {pillar: '2'}};
export const Pillar3: Story = {name: 'Priority area ③ open', args: {pillar: '3'}};
export const CategoryOpen: Story = {name: 'A category open', args: {category: 'oda-osa-defence-equipment'}};
export const RadialCategoryOpen: Story = {
  name: 'Radial, a category open',
  args: {layout: 'radial', category: 'connectivity-and-rules'},
};

export const Japanese: Story = {parameters: {lang: 'ja'}, args: {pillar: '1'}};
export const RadialJapanese: Story = {name: 'Radial, Japanese', parameters: {lang: 'ja'}, args: {layout: 'radial'}};
export const DarkPage: Story = {name: 'Dark page (theme="auto")', parameters: {scheme: 'dark'}, args: {pillar: '3'}};
export const RadialDarkPage: Story = {
  name: 'Radial, dark page',
  parameters: {scheme: 'dark'},
  args: {layout: 'radial', pillar: '2'},
};
export const ForcedDark: Story = {name: 'theme="dark" on a light page', args: {theme: 'dark'}};

const narrow: Story['decorators'] = [(story) => html`<div class="width-320">${story()}</div>`];
export const Narrow: Story = {name: '320 px container', decorators: narrow, args: {category: 'supply-diversification'}};
export const NarrowRadialJapanese: Story = {
  name: '320 px container, radial, Japanese',
  decorators: narrow,
  parameters: {lang: 'ja'},
  args: {layout: 'radial', pillar: '1'},
};

/** Text at 200 % in a 320 px container (WCAG 1.4.4, 1.4.10): every title wraps, whole, none cut off. */
const largeText: Story['decorators'] = [(story) => html`<div class="width-320 text-200">${story()}</div>`];
export const NarrowLargeText: Story = {
  name: '320 px container, text at 200 %',
  decorators: largeText,
  args: {pillar: '3'},
};
export const NarrowLargeTextJapanese: Story = {
  name: '320 px container, text at 200 %, Japanese',
  decorators: largeText,
  parameters: {lang: 'ja'},
  args: {pillar: '3'},
};

/** Collapsed as a keyboard user collapses it (Left on priority area ②): its categories leave the drawing and the tree. */
export const Collapsed: Story = {
  name: 'Priority area ② collapsed',
  play: async ({canvasElement}) => {
    const pillars = canvasElement.querySelector<FoipPillars>('foip-pillars')!;
    await pillars.updateComplete;
    const item = pillars.shadowRoot!.getElementById('pillar-2');
    if (item?.getAttribute('aria-expanded') !== 'true') return;
    item.focus();
    item.dispatchEvent(new KeyboardEvent('keydown', {key: 'ArrowLeft', bubbles: true, composed: true}));
  },
};
export const CollapsedRadialJapanese: Story = {
  ...Collapsed,
  name: 'Priority area ② collapsed, radial, Japanese',
  parameters: {lang: 'ja'},
  args: {layout: 'radial'},
};

export const UnknownPillar: Story = {name: 'Error: pillar="4"', args: {pillar: '4'}};
export const UnknownPillarJapanese: Story = {
  name: 'Error: pillar="4", Japanese',
  args: {pillar: '4'},
  parameters: {lang: 'ja'},
};
export const UnknownCategory: Story = {name: 'Error: unknown category', args: {category: 'subsea-cables'}};
export const BadLayout: Story = {name: 'Error: bad layout', args: {layout: 'pie'}};

/** `url-key`: what the reader chooses goes in the page's address, so the view can be shared by link. */
export const SharedByLink: Story = sharedByLink(
  html`<foip-pillars url-key="pillars"></foip-pillars>`,
  'pillars',
  '?pillars-pillar=2',
) as Story;

/**
 * A partner's records, as issue 19 makes them: the published initiatives copied with new ids up to
 * 10,000. Each category's cells too small to be targets merge into one "N more" item.
 */
let partner: ReturnType<typeof partnerDataset> | undefined;
export const PartnerRecords: Story = {
  name: 'A partner’s 10,000 records',
  render: (args) =>
    html`<foip-pillars
      layout=${args.layout}
      theme=${args.theme}
      .data=${(partner ??= partnerDataset(dataset, 10_000))}
    ></foip-pillars>`,
};
