/**
 * The pictures of `<foip-pillars>`: the buttons that save one, under the source line as the map's
 * are, and the call that loads the painter (./pillars-picture.ts) the first time one is asked for:
 * a page that never saves a picture downloads none of it.
 */
import {html} from 'lit';
import type {TemplateResult} from 'lit';

import {msg} from '../../i18n/msg.js';
import type {Pictured} from './pillars-picture.js';

const painter = () => import('./pillars-picture.js');

/** The picture as an SVG document or a PNG at `scale`; rejects while the element shows a problem (no drawing). */
export function picture(root: ParentNode, kind: 'svg'): Promise<string>;
export function picture(root: ParentNode, kind: 'png', scale: number): Promise<Blob>;
export async function picture(root: ParentNode, kind: 'svg' | 'png', scale = 2): Promise<string | Blob> {
  return (await painter()).pillarsPicture(root, kind, scale);
}

/** "Save picture (SVG)" and "(PNG)", as on the map. */
export const pictureButtons = (el: Pictured): TemplateResult =>
  html`<div class="pictures">
    ${(['svg', 'png'] as const).map(
      (kind) =>
        html`<button
          type="button"
          class="picture"
          part="picture"
          @click=${() => void painter().then((p) => p.save(el, kind))}
        >
          ${kind === 'svg' ? msg('Save picture (SVG)') : msg('Save picture (PNG)')}
        </button>`,
    )}
  </div>`;
