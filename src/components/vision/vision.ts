import {html, nothing} from 'lit';
import type {TemplateResult} from 'lit';
import {property, state} from 'lit/decorators.js';

import type {Principle, Statement} from '../../data/types.js';
import {isSingular} from '../../i18n/format.js';
import {addTranslations, msg, str} from '../../i18n/msg.js';
import {bundledIndex} from '../../data/dataset.js';
import {FoipElement} from '../../internal/foip-element.js';
import type {Problem} from '../../internal/foip-element.js';
import {parseOption} from '../../internal/attributes.js';
import {heading, headingLevel} from '../../internal/input.js';
import {citedPages} from '../../data/provenance.js';
import {sourceLine} from '../../internal/source-line.js';
import {visionStyles} from './vision.styles.js';

// This widget's Japanese strings; msg has the shared ones.
addTranslations(() => import('../../i18n/locales/ja/vision.js'));

export const VISION_LAYOUTS = ['full', 'compact'] as const;
export type VisionLayout = (typeof VISION_LAYOUTS)[number];

/**
 * Why Japan's FOIP evolved: the document's title and subtitle, its basic concepts, the
 * principles of the international order it names (drawn as a temple: the principles are the
 * columns that hold up the order) and the features of the evolved vision, with the source.
 * Every text comes from the dataset; nothing is paraphrased.
 *
 * @tag foip-vision
 * @summary The basic concepts, the five principles and the features of the evolved FOIP, in Japanese or English.
 *
 * @csspart vision - The element's box.
 * @csspart title - The document's title (a heading at `heading-level`).
 * @csspart subtitle - The document's subtitle.
 * @csspart principles - The principles: heading and drawing.
 * @csspart principle - One principle (a column of the drawing); carries `data-principle` with its id.
 * @csspart concepts - The basic concepts (full layout only).
 * @csspart features - The features of the evolved vision.
 * @csspart toggle - The button that shows the features' full text (compact layout only).
 * @csspart source - The source and edition line.
 * @csspart problem - The message shown for bad input.
 *
 * @cssproperty --foip-font-family - Font stack.
 * @cssproperty --foip-color-text - Text colour.
 * @cssproperty --foip-color-text-muted - Secondary text colour.
 * @cssproperty --foip-color-surface - Background.
 * @cssproperty --foip-color-surface-raised - Background of the columns and the feature tiles.
 * @cssproperty --foip-color-border - Borders.
 * @cssproperty --foip-color-accent - Roof, capitals and steps of the drawing; markers; focus ring.
 * @cssproperty --foip-radius - Corner radius.
 * @cssproperty --foip-space - Base spacing unit.
 * @cssproperty --foip-focus-ring - Focus outline.
 */
export class FoipVision extends FoipElement {
  static override styles = [...FoipElement.styles, visionStyles];
  static override bundled = bundledIndex;

  /**
   * `full` (default): title, principles, basic concepts and features in full. `compact`: title,
   * principles and the features shortened to two lines each, with a button for the full text.
   */
  @property({reflect: true}) layout: VisionLayout = 'full';

  /** Heading level of the title (2–6), to fit the page's outline; section headings are one level below. */
  @property({attribute: 'heading-level', type: Number}) headingLevel = 2;

  /** @internal Whether the compact layout shows the features' full text. */
  @state() private expanded = false;

  protected override inputProblem(): Problem | null {
    return parseOption(this.layout, VISION_LAYOUTS, 'layout').problem;
  }

  protected override renderContent(): TemplateResult {
    const {locale, index} = this;
    const {data} = index;
    const compact = this.layout === 'compact';
    const level = headingLevel(this.headingLevel, 2);
    const sub = Math.min(6, level + 1);

    return html`<article part="vision" class="vision" lang=${locale} data-layout=${this.layout} aria-labelledby="title">
      <header class="header">
        ${heading(level, 'title', html`<span part="title">${data.title[locale]}</span>`)}
        <p part="subtitle" class="subtitle">${data.subtitle[locale]}</p>
      </header>
      ${this.#principles(data.principles, sub)}
      ${compact ? nothing : this.#statements('concepts', msg('Basic concepts'), data.concepts, sub)}
      ${this.#statements('features', msg('Features of the evolved FOIP'), data.features, sub, compact)}
      ${sourceLine(data, locale, citedPages([...data.concepts, ...data.features, ...data.principles]))}
    </article>`;
  }

  #principles(principles: readonly Principle[], level: number): TemplateResult {
    const {locale} = this;
    return html`<div part="principles" class="principles">
      ${heading(
        level,
        'principles-heading',
        isSingular(locale, principles.length)
          ? msg(str`The ${principles.length} principle of the international order`)
          : msg(str`The ${principles.length} principles of the international order`),
      )}
      <div class="temple">
        <svg class="roof" viewBox="0 0 240 40" preserveAspectRatio="none" aria-hidden="true" focusable="false">
          <polygon class="pediment" points="0,40 120,2 240,40" />
          <polygon class="tympanum" points="30,35 120,9 210,35" />
        </svg>
        <div class="beam" aria-hidden="true"></div>
        <ul class="columns" role="list" aria-labelledby="principles-heading">
          ${principles.map(
            (p) =>
              html`<li part="principle" class="column" data-principle=${p.id}>
                <span class="capital" aria-hidden="true"></span>
                <span class="shaft"><span class="label">${p.label[locale]}</span></span>
                <span class="plinth" aria-hidden="true"></span>
              </li>`,
          )}
        </ul>
        <div class="steps" aria-hidden="true"><span></span><span></span><span></span></div>
      </div>
    </div>`;
  }

  #statements(
    part: 'concepts' | 'features',
    title: string,
    statements: readonly Statement[],
    level: number,
    clamp = false,
  ): TemplateResult {
    const {locale} = this;
    const listId = `${part}-list`;
    return html`<div part=${part} class="statements ${part}">
      ${heading(level, `${part}-heading`, title)}
      <ul id=${listId} class="items ${clamp && !this.expanded ? 'clamped' : ''}" aria-labelledby="${part}-heading">
        ${statements.map((s) => html`<li class="item" data-statement=${s.id}><p class="text">${s.text[locale]}</p></li>`)}
      </ul>
      ${
        clamp
          ? html`<button
              part="toggle"
              class="toggle"
              type="button"
              aria-expanded=${this.expanded ? 'true' : 'false'}
              aria-controls=${listId}
              @click=${this.#toggle}
            >
              <svg class="chevron" viewBox="0 0 12 12" aria-hidden="true" focusable="false">
                <polyline points="2,4 6,8 10,4" />
              </svg>
              ${this.expanded ? msg('Hide full text') : msg('Show full text')}
            </button>`
          : nothing
      }
    </div>`;
  }

  #toggle(): void {
    this.expanded = !this.expanded;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'foip-vision': FoipVision;
  }
}
