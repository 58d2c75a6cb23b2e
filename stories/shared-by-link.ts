import {html} from 'lit';
import type {TemplateResult} from 'lit';
import type {StoryObj} from '@storybook/web-components-vite';

/**
 * A story of `url-key`: the widget, and under it its parameters in the page address (the story
 * frame's), shown after each change the reader makes (each widget's own event).
 */
export function sharedByLink(widget: TemplateResult, key: string, link: string): StoryObj {
  const show = async (changed: Event) => {
    const element = changed.target as HTMLElement & {updateComplete: Promise<unknown>};
    const shown = element.closest('.stack')!.querySelector('output')!;
    // The address is written once the widget has drawn the change, after its event.
    await element.updateComplete;
    shown.value = [...new URLSearchParams(location.search)]
      .filter(([name]) => name.startsWith(`${key}-`))
      .map(([name, value]) => `${name}=${value}`)
      .join(' & ');
  };
  return {
    name: `Shared by link (url-key="${key}")`,
    render: () =>
      html`<div
        class="stack"
        @foip-country-select=${show}
        @foip-filter-change=${show}
        @foip-pillar-select=${show}
        @foip-partner-select=${show}
      >
        ${widget}
        <p>Its parameters in the address after the last change: <output></output></p>
      </div>`,
    parameters: {
      docs: {
        description: {
          story: `What the reader chooses is written into the page address in place (here, the story frame’s). A link with \`${link}\` opens the widget so; a bad value in a link is ignored with a console warning.`,
        },
      },
    },
  };
}
