/**
 * The wheel of `<foip-pillars layout="radial">`: a sector per node, the priority areas' glyphs, and
 * in the centre the title of what is pointed at or selected (else how many initiatives there are).
 * Hidden from readers, who have the tree beside it. The sectors' shapes are set by the element's
 * motion (`pillars-motion.ts`), which Lit never touches.
 */
import {html, nothing, svg} from 'lit';
import type {TemplateResult} from 'lit';
import {repeat} from 'lit/directives/repeat.js';

import {formatNumber, isSingular} from '../../i18n/format.js';
import {msg} from '../../i18n/msg.js';
import {pillarKey} from '../../layout/pillars-structure.js';
import type {StructureNode} from '../../layout/pillars-structure.js';
import {initiativesText, nodeTitle} from './pillars-text.js';
import type {PillarsView} from './pillars-view.js';

export interface WheelView extends PillarsView {
  /** The wheel's diameter in CSS pixels, as measured. */
  readonly size: number;
  /** The item with visible keyboard focus, ringed in the wheel. */
  readonly focusKey: string | null;
  /** What the centre names: the node pointed at, else the selected one, else none (the total). */
  readonly shown: StructureNode | undefined;
}

export function wheelView(view: WheelView): TemplateResult {
  const {index, locale, structure, shown} = view;
  const total = index.data.initiatives.length;
  const arcClass = (key: string) =>
    `arc${view.geometry.get(key)?.open ? ' open' : ''}${view.selectedKey === key ? ' selected' : ''}${
      view.focusKey === key ? ' focus' : ''
    }`;
  return html`<div part="wheel" class="wheel">
    <svg viewBox=${`0 0 ${view.size} ${view.size}`} aria-hidden="true" focusable="false">
      ${repeat(
        structure.nodes,
        (n) => n.key,
        (n) =>
          svg`<path
            id=${`arc-${n.key}`}
            data-key=${n.key}
            class=${arcClass(n.key)}
            data-kind=${n.kind}
            data-pillar=${n.pillar}
          ></path>`,
      )}
      ${index.data.pillars.map(
        (p) =>
          svg`<text id=${`glyph-${pillarKey(p.id)}`} class="wheel-glyph" data-pillar=${p.id} text-anchor="middle" dominant-baseline="central">${p.glyph}</text>`,
      )}
    </svg>
    <div class="centre" aria-hidden="true" data-pillar=${shown?.pillar ?? nothing}>
      ${
        shown
          ? html`<span class="centre-glyph">${index.pillars.get(shown.pillar)!.glyph}</span>
              <span class="centre-title">${nodeTitle(index, locale, shown)}</span>
              ${shown.kind === 'initiative' ? nothing : html`<span class="centre-count">${initiativesText(shown.initiatives)}</span>`}`
          : html`<span class="centre-number">${formatNumber(locale, total)}</span>
              <span class="centre-count">${isSingular(locale, total) ? msg('initiative') : msg('initiatives')}</span>`
      }
    </div>
  </div>`;
}
