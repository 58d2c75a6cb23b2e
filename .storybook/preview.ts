import {setCustomElementsManifest} from '@storybook/web-components-vite';
import type {Decorator, Preview} from '@storybook/web-components-vite';
import {html} from 'lit';

import manifest from '../custom-elements.json' with {type: 'json'};
import './preview.css';

setCustomElementsManifest(manifest);

/**
 * Language and colour scheme come from the toolbar, applied to a wrapper around each story:
 * the elements read the nearest ancestor `lang` and inherit `color-scheme`, exactly as on an
 * embassy page, so every story on a docs page keeps its own language.
 */
const withLocaleAndScheme: Decorator = (story, {globals, parameters}) => {
  const lang = parameters.lang ?? globals.locale ?? 'en';
  const scheme = parameters.scheme ?? globals.scheme ?? 'light';
  return html`<div class="story-frame" lang=${lang} data-scheme=${scheme}>${story()}</div>`;
};

const preview: Preview = {
  decorators: [withLocaleAndScheme],
  globalTypes: {
    locale: {
      description: 'Language of the widgets',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: [
          {value: 'en', title: 'English'},
          {value: 'ja', title: '日本語'},
        ],
        dynamicTitle: true,
      },
    },
    scheme: {
      description: 'Colour scheme of the host page',
      toolbar: {
        title: 'Scheme',
        icon: 'contrast',
        items: [
          {value: 'light', title: 'Light page'},
          {value: 'dark', title: 'Dark page'},
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: {locale: 'en', scheme: 'light'},
  parameters: {
    controls: {expanded: true},
    a11y: {test: 'error'},
    docs: {toc: true},
  },
  tags: ['autodocs'],
};
export default preview;
