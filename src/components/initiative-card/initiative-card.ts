import {html, nothing} from 'lit';
import type {TemplateResult} from 'lit';
import {property} from 'lit/decorators.js';

import type {Initiative} from '../../data/types.js';
import {FoipInitiativeSelectEvent} from '../../events/events.js';
import {formatList} from '../../i18n/format.js';
import {addTranslations, msg, str} from '../../i18n/msg.js';
import {templates as ja} from '../../i18n/locales/ja/initiative-card.js';
import {bundledIndex} from '../../data/dataset.js';
import {FoipElement} from '../../internal/foip-element.js';
import type {Problem} from '../../internal/foip-element.js';
import {sourceLine} from '../../internal/source-line.js';
import {heading, suggest} from '../../internal/input.js';
import {cardStyles} from './initiative-card.styles.js';

// This widget's Japanese strings; msg has the shared ones.
addTranslations(ja);

export const CARD_VARIANTS = ['full', 'compact'] as const;
export type CardVariant = (typeof CARD_VARIANTS)[number];

/**
 * One initiative of Japan's evolved FOIP: its priority area (glyph, colour and title), category,
 * title, text, countries, partners, instruments and source.
 *
 * @tag foip-initiative-card
 * @summary One FOIP initiative as a card, in Japanese or English.
 *
 * @fires {FoipInitiativeSelectEvent} foip-initiative-select - When the card is activated. Bubbles, composed, cancelable: cancel it to stop a link card from navigating. `initiative` holds the id.
 *
 * @csspart card - The card's box.
 * @csspart pillar - The priority-area badge (glyph and title).
 * @csspart glyph - The circled number ①②③.
 * @csspart category - The category line.
 * @csspart title - The initiative's title (a button, or a link when `href` is set).
 * @csspart text - The full text.
 * @csspart facts - The list of countries, partners and instruments.
 * @csspart source - The source and edition line.
 * @csspart problem - The message shown for bad input.
 *
 * @cssproperty --foip-font-family - Font stack.
 * @cssproperty --foip-color-text - Text colour.
 * @cssproperty --foip-color-text-muted - Secondary text colour.
 * @cssproperty --foip-color-surface - Card background.
 * @cssproperty --foip-color-surface-raised - Background of badges and hover states.
 * @cssproperty --foip-color-border - Card border.
 * @cssproperty --foip-color-accent - Links and focus ring.
 * @cssproperty --foip-color-pillar-1 - Colour of priority area ①.
 * @cssproperty --foip-color-pillar-2 - Colour of priority area ②.
 * @cssproperty --foip-color-pillar-3 - Colour of priority area ③.
 * @cssproperty --foip-color-on-pillar - Text on a pillar-coloured badge.
 * @cssproperty --foip-radius - Corner radius.
 * @cssproperty --foip-space - Base spacing unit.
 * @cssproperty --foip-focus-ring - Focus outline.
 */
export class FoipInitiativeCard extends FoipElement {
  static override styles = [...FoipElement.styles, cardStyles];
  static override bundled = bundledIndex;

  /** Id of the initiative to show, e.g. `pacific-submarine-cables` (see `foip-widgets/data`). */
  @property({reflect: true}) initiative = '';

  /** `full` (default): everything; `compact`: pillar, title and countries, for grids and lists. */
  @property({reflect: true}) variant: CardVariant = 'full';

  /** When set, the title is a link to this URL and the whole card is its target. */
  @property() href?: string;

  /** Heading level of the title (2–6), to fit the page's outline. */
  @property({attribute: 'heading-level', type: Number}) headingLevel = 3;

  /** @internal */
  private record?: Initiative;

  protected override inputProblem(): Problem | null {
    const id = this.initiative;
    this.record = this.index.initiatives.get(id);
    if (!this.record) {
      const suggestions = suggest(id, [...this.index.initiatives.keys()]);
      return {
        attribute: 'initiative',
        value: id,
        message: () =>
          id
            ? msg(str`There is no initiative "${id}". Valid ids include: ${suggestions.join(', ')}.`)
            : msg(str`Set the initiative attribute to an initiative id, such as ${suggestions[0]}.`),
        warning: `is not an initiative id of the dataset; valid ids include ${suggestions.join(', ')}`,
      };
    }
    if (!(CARD_VARIANTS as readonly string[]).includes(this.variant)) {
      const variant = this.variant;
      return {
        attribute: 'variant',
        value: variant,
        message: () => msg(str`Unknown variant "${variant}". Use full or compact.`),
        warning: 'is not a variant; use full or compact',
      };
    }
    return null;
  }

  #handleActivate(event: Event): void {
    const selected = new FoipInitiativeSelectEvent(this.initiative, {cancelable: true});
    if (!this.dispatchEvent(selected)) event.preventDefault();
  }

  protected override renderContent(): TemplateResult {
    const record = this.record!;
    const {locale, index} = this;
    const pillar = index.pillars.get(record.pillar)!;
    const category = index.categories.get(record.category);
    const compact = this.variant === 'compact';
    const places = [
      ...record.countries.map((c) => index.countries.get(c)?.name[locale] ?? c),
      ...record.regions.map((r) => index.regions.get(r)?.name[locale] ?? r),
    ];
    const title = this.href
      ? html`<a part="title" class="title" href=${this.href} @click=${this.#handleActivate}>${record.title[locale]}</a>`
      : html`<button part="title" class="title" type="button" @click=${this.#handleActivate}>
          ${record.title[locale]}
        </button>`;

    return html`<article part="card" class="card" lang=${locale} data-pillar=${pillar.id} aria-labelledby="heading">
      <p part="pillar" class="pillar">
        <span part="glyph" class="glyph" aria-hidden="true">${pillar.glyph}</span>
        <span class=${compact ? 'visually-hidden' : 'pillar-title'}>
          ${msg(str`Priority area ${pillar.id}:`)} ${compact ? '' : pillar.title[locale]}
        </span>
      </p>
      ${heading(this.headingLevel, 'heading', title)}
      ${compact || !category ? nothing : html`<p part="category" class="category">${category.title[locale]}</p>`}
      ${compact ? nothing : html`<p part="text" class="text">${record.text[locale]}</p>`}
      <dl part="facts" class="facts">
        ${this.#fact(msg('Countries and regions'), places)}
        ${
          compact
            ? nothing
            : this.#fact(
                msg('Partners'),
                record.partners.map((p) => index.partnerName(p, locale)),
              )
        }
        ${
          compact
            ? nothing
            : this.#fact(
                msg('Instruments'),
                record.instruments.map((i) => index.instruments.get(i)?.name[locale] ?? i),
              )
        }
      </dl>
      ${compact ? nothing : sourceLine(index.data, locale, record.source.page)}
    </article>`;
  }

  #fact(term: string, values: readonly string[]): TemplateResult | typeof nothing {
    if (values.length === 0) return nothing;
    return html`<div class="fact">
      <dt>${term}</dt>
      <dd>${formatList(this.locale, values)}</dd>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'foip-initiative-card': FoipInitiativeCard;
  }
}
