import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html} from 'lit';

import '../src/foip-vision.js';
import {embedSnippet} from './embed.js';

interface Args {
  layout: string;
  theme: string;
  headingLevel: number;
}

const meta: Meta<Args> = {
  title: 'Widgets/Vision',
  component: 'foip-vision',
  args: {layout: 'full', theme: 'auto', headingLevel: 2},
  argTypes: {
    layout: {control: 'inline-radio', options: ['full', 'compact']},
    theme: {control: 'inline-radio', options: ['auto', 'light', 'dark']},
    headingLevel: {control: {type: 'number', min: 2, max: 6}},
  },
  render: (args) =>
    html`<foip-vision layout=${args.layout} theme=${args.theme} heading-level=${args.headingLevel}></foip-vision>`,
  parameters: {
    docs: {
      description: {
        component: embedSnippet(
          [
            '<foip-vision></foip-vision>',
            '<!-- or, in a sidebar: -->',
            '<foip-vision layout="compact"></foip-vision>',
          ].join('\n'),
        ),
      },
    },
  },
};
export default meta;
type Story = StoryObj<Args>;

export const Default: Story = {};
export const Japanese: Story = {parameters: {lang: 'ja'}};
export const DarkPage: Story = {name: 'Dark page (theme="auto")', parameters: {scheme: 'dark'}};
export const DarkJapanese: Story = {name: 'Dark page, Japanese', parameters: {scheme: 'dark', lang: 'ja'}};
export const Compact: Story = {args: {layout: 'compact'}};
export const CompactJapanese: Story = {name: 'Compact, Japanese', args: {layout: 'compact'}, parameters: {lang: 'ja'}};

export const Narrow: Story = {
  name: '320 px container',
  decorators: [(story) => html`<div class="width-320">${story()}</div>`],
};
export const NarrowJapanese: Story = {...Narrow, name: '320 px container, Japanese', parameters: {lang: 'ja'}};
export const NarrowCompact: Story = {...Narrow, name: '320 px container, compact', args: {layout: 'compact'}};

export const BadLayout: Story = {name: 'Error: bad layout', args: {layout: 'wide'}};
export const BadLayoutJapanese: Story = {
  ...BadLayout,
  name: 'Error: bad layout, Japanese',
  parameters: {lang: 'ja'},
};
