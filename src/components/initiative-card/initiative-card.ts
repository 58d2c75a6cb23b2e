import {html, nothing} from 'lit';
import type {TemplateResult} from 'lit';
import {property} from 'lit/decorators.js';
import {ifDefined} from 'lit/directives/if-defined.js';

import type {DatasetIndex} from '../../data/queries.js';
import type {Initiative} from '../../data/types.js';
import {FoipInitiativeSelectEvent} from '../../events/initiative-select.js';
import {formatList} from '../../i18n/format.js';
import {addTranslations, msg} from '../../i18n/msg.js';
import {coreIndex, whenText, wholeIndex} from '../../data/core-dataset.js';
import {FoipElement} from '../../internal/foip-element.js';
import type {Problem} from '../../internal/foip-element.js';
import {sourceLine} from '../../internal/source-line.js';
import {parseInitiative, parseOption} from '../../internal/attributes.js';
import {heading} from '../../internal/input.js';
import {pillarLabel, pillarName} from '../../internal/pillar-label.js';
import {cardStyles} from './initiative-card.styles.js';

// This widget's Japanese strings; msg has the shared ones.
addTranslations(() => import('../../i18n/locales/ja/initiative-card.js'));

export const CARD_VARIANTS = ['full', 'compact'] as const;
export type CardVariant = (typeof CARD_VARIANTS)[number];

/**
 * One initiative of Japan's evolved FOIP: its priority area (glyph, colour and title), category,
 * title, text, countries, partners, instruments and source.
 *
 * @tag foip-initiative-card
 * @summary One FOIP initiative as a card, in Japanese or English.
 *
 * The title is a link when the page gives `href`, else heading text: the card has no control that
 * would do nothing. A page that acts on a click (shows the initiative elsewhere) listens for
 * `foip-initiative-select` and marks the card it shows with `selected`; for keyboard users it gives
 * `href` too (e.g. `#osa-expansion`), and may cancel the event to stay on the page.
 *
 * @fires {FoipInitiativeSelectEvent} foip-initiative-select - When the card is clicked (anywhere on it), or its link followed. Bubbles, composed, cancelable: cancel it to stop a link card from navigating. `initiative` holds the id.
 *
 * @csspart card - The card's box.
 * @csspart pillar - The priority-area line (「重点分野① …」, "Priority area ① …"; the glyph alone when compact).
 * @csspart glyph - The circled number ①②③.
 * @csspart category - The category line.
 * @csspart title - The initiative's title (a link when `href` is set).
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
  /** With the long texts when an entry on the page brought them (this card's own does; the country page's does not). */
  static override bundled = (): DatasetIndex => wholeIndex() ?? coreIndex();

  /** Id of the initiative to show, e.g. `pacific-submarine-cables` (see `foip-widgets/data`). */
  @property({reflect: true}) initiative = '';

  /** `full` (default): everything; `compact`: pillar, title and countries, for grids and lists. */
  @property({reflect: true}) variant: CardVariant = 'full';

  /** When set, the title is a link to this URL and the whole card is its target; without it, the title is heading text. */
  @property() href?: string;

  /** Marks the card as the one the page shows or acts on (`aria-current`), for pages that listen for `foip-initiative-select`. */
  @property({type: Boolean, reflect: true}) selected = false;

  /** Heading level of the title (2–6), to fit the page's outline. */
  @property({attribute: 'heading-level', type: Number}) headingLevel = 3;

  /** @internal */
  private record?: Initiative;

  protected override inputProblem(): Problem | null {
    const initiative = parseInitiative(this.initiative, this.index);
    this.record = initiative.value === null ? undefined : this.index.initiatives.get(initiative.value);
    return (
      initiative.problem ??
      parseOption(this.variant, CARD_VARIANTS, 'variant').problem ??
      (this.variant === 'full' && this.data == null && !wholeIndex() ? this.#textMissing() : null)
    );
  }

  /**
   * A full card defined by an entry that ships without the long texts (`foip-country.js`): it says
   * which file brings them, and shows the text once that file loads.
   */
  #textMissing(): Problem {
    whenText(() => this.requestUpdate());
    return {
      attribute: 'variant',
      value: 'full',
      message: () => msg('Load foip-initiative-card.js to show the full card.'),
      warning: 'needs foip-initiative-card.js (the long texts foip-country.js leaves out)',
    };
  }

  #handleActivate(event: Event): void {
    const selected = new FoipInitiativeSelectEvent(this.initiative, {cancelable: true});
    if (!this.dispatchEvent(selected)) event.preventDefault();
  }

  protected override renderContent(): TemplateResult {
    const record = this.record!;
    const {locale, index, href} = this;
    const pillar = index.pillars.get(record.pillar)!;
    const category = index.categories.get(record.category);
    const compact = this.variant === 'compact';
    const current = this.selected ? 'true' : undefined;
    const places = [
      ...record.countries.map((c) => index.countries.get(c)?.name[locale] ?? c),
      ...record.regions.map((r) => index.regions.get(r)?.name[locale] ?? r),
    ];
    const facts: [string, string[]][] = [[msg('Countries and regions'), places]];
    if (!compact) {
      facts.push(
        [msg('Partners'), record.partners.map((p) => index.partnerName(p, locale))],
        // Japan's own side (産総研, ラピダス): named apart, as they are not partners.
        [msg('Japanese implementers'), (record.implementers ?? []).map((p) => index.partnerName(p, locale))],
        [msg('Instruments'), record.instruments.map((i) => index.instruments.get(i)?.name[locale] ?? i)],
      );
    }
    const shown = facts.filter(([, values]) => values.length);

    // No aria-labelledby: the article named by its title had it read twice, with the heading.
    return html`<article
      part="card"
      class="card"
      lang=${locale}
      data-pillar=${pillar.id}
      aria-current=${ifDefined(href ? undefined : current)}
      @click=${this.#handleActivate}
    >
      <p part="pillar" class="pillar">
        ${
          compact
            ? html`<span part="glyph" class="glyph" aria-hidden="true">${pillar.glyph}</span
                ><span class="visually-hidden">${pillarName(pillar)}</span>`
            : html`<span class="pillar-title">${pillarLabel(pillar)} ${pillar.title[locale]}</span>`
        }
      </p>
      ${heading(
        this.headingLevel,
        'heading',
        href
          ? html`<a part="title" class="title" href=${href} aria-current=${ifDefined(current)}
              >${record.title[locale]}</a
            >`
          : html`<span part="title">${record.title[locale]}</span>`,
      )}
      ${compact || !category ? nothing : html`<p part="category" class="category">${category.title[locale]}</p>`}
      ${compact ? nothing : html`<p part="text" class="text">${record.text[locale]}</p>`}
      ${
        shown.length
          ? html`<dl part="facts" class="facts">
              ${shown.map(
                ([term, values]) =>
                  html`<div class="fact">
                    <dt>${term}</dt>
                    <dd>${formatList(locale, values)}</dd>
                  </div>`,
              )}
            </dl>`
          : nothing
      }
      ${compact ? nothing : sourceLine(index.data, locale, record.source?.page)}
    </article>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'foip-initiative-card': FoipInitiativeCard;
  }
}
