/** How every widget names a priority area: 「重点分野①」 as the document writes it, "Priority area ①". */
import {html} from 'lit';
import type {TemplateResult} from 'lit';

import type {Pillar} from '../data/types.js';
import {msg, str} from '../i18n/msg.js';

/** The name alone, for text that is read but not shown (beside a badge that shows the glyph). */
export const pillarName = (pillar: Pillar): string => msg(str`Priority area ${pillar.glyph}`);

/**
 * The name shown, its glyph in the badge: one message, so each language places the glyph, split
 * around it. The glyph is read with the words (「重点分野①」), never a second time.
 */
export function pillarLabel(pillar: Pillar): TemplateResult {
  const [before, after] = pillarName(pillar).split(pillar.glyph);
  return html`${before}<span part="glyph" class="glyph">${pillar.glyph}</span>${after}`;
}
