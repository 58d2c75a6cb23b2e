import type {Meta, StoryObj} from '@storybook/web-components-vite';

import {datasetView} from './dataset-view.js';

const meta: Meta = {
  title: 'Dataset/Review',
  tags: ['!autodocs'],
  render: () => datasetView(),
  parameters: {layout: 'fullscreen'},
};
export default meta;

/** Every record of the dataset, Japanese beside English, with its source page and lines. */
export const Bilingual: StoryObj = {};
