import {html, nothing} from 'lit';
import type {PropertyValues, TemplateResult} from 'lit';
import {property} from 'lit/decorators.js';

import {coreIndex} from '../../data/core-dataset.js';
import {countryProfile, profileRecords} from '../../data/country-profile.js';
import {citedPages} from '../../data/provenance.js';
import {nameInSentence} from '../../data/queries.js';
import {worldCountry} from '../../data/world-countries.js';
import type {WorldCountry} from '../../data/world-countries.js';
import {joinSentences} from '../../i18n/format.js';
import {addTranslations, msg, str} from '../../i18n/msg.js';
import {AddressController} from '../../internal/address-controller.js';
import {parseOptions} from '../../internal/attributes.js';
import {parseWorldCountry} from '../../internal/world-country-attribute.js';
import {countrySummary} from '../../internal/country-summary.js';
import {FoipElement} from '../../internal/foip-element.js';
import type {Problem} from '../../internal/foip-element.js';
import {heading, headingLevel} from '../../internal/input.js';
import {itemListStyles} from '../../internal/item-list.js';
import {sourceLine} from '../../internal/source-line.js';
import {CardPool} from '../initiative-list/list-cards.js';
import {locate, locatorMap} from './country-locator.js';
import {
  areasSection,
  CARDS_AT_FIRST,
  CARDS_MORE,
  initiativesSection,
  itemsSection,
  partnershipsSection,
  regionsSection,
} from './country-sections.js';
import type {SectionContext} from './country-sections.js';
import {cardGridStyles} from '../initiative-list/card-grid.styles.js';
import {landStyles} from '../map/land-layer.js';
import {countryStyles} from './country.styles.js';

// This widget's Japanese strings; msg has the shared ones.
addTranslations(() => import('../../i18n/locales/ja/country.js'));

export const COUNTRY_SECTIONS = ['summary', 'map', 'areas', 'initiatives', 'items', 'partnerships', 'regions'] as const;
export type CountrySection = (typeof COUNTRY_SECTIONS)[number];

/**
 * What Japan's evolved FOIP sets out for one country, for an embassy's page: a heading, a summary
 * from the data, a locator map, the counts per priority area, the initiatives that name the
 * country (compact cards), its map items, its partnerships, and what reaches it only as a member
 * of a region, each said apart. Every country the map draws is valid: one the document does not
 * name gets the plain fact, never an error.
 *
 * @tag foip-country
 * @summary Japan and one country under the FOIP: summary, locator map and initiatives, in Japanese or English.
 *
 * @attribute url-key - Shares the country by link: `country` goes in the page's address under this key, e.g. `?embassy-country=PHL` for `url-key="embassy"`, and a link with it opens the widget on that country. A bad value in a link is ignored, with a console warning. The address is rewritten in place; nothing is read or written without this attribute.
 *
 * @csspart country - The whole widget.
 * @csspart heading - The widget's heading.
 * @csspart summary - The summary sentences.
 * @csspart locator - The locator map (SVG).
 * @csspart section - Each section after the summary (priority areas, initiatives, map items, partnerships, a region).
 * @csspart areas - The counts per priority area.
 * @csspart glyph - A priority area's circled number ①②③.
 * @csspart items - A list of map items.
 * @csspart more - The button under a list of cards that shows more of them (a partner's long lists).
 * @csspart problem - The message shown for bad input.
 *
 * @cssproperty --foip-font-family - Font stack.
 * @cssproperty --foip-color-text - Text colour.
 * @cssproperty --foip-color-text-muted - Secondary text colour.
 * @cssproperty --foip-color-surface - Background.
 * @cssproperty --foip-color-surface-raised - Background of the counts.
 * @cssproperty --foip-color-border - Borders.
 * @cssproperty --foip-color-accent - Links and focus ring.
 * @cssproperty --foip-color-pillar-1 - Colour of priority area ①.
 * @cssproperty --foip-color-pillar-2 - Colour of priority area ②.
 * @cssproperty --foip-color-pillar-3 - Colour of priority area ③.
 * @cssproperty --foip-color-sea - The locator's sea.
 * @cssproperty --foip-color-land - The locator's land.
 * @cssproperty --foip-color-undetermined - Land of undetermined status (uncoloured, as on Japan's maps).
 * @cssproperty --foip-color-home - Japan on the locator.
 * @cssproperty --foip-color-country - The country on the locator.
 * @cssproperty --foip-radius - Corner radius.
 * @cssproperty --foip-space - Base spacing unit.
 * @cssproperty --foip-focus-ring - Focus outline.
 */
export class FoipCountry extends FoipElement {
  static override styles = [...FoipElement.styles, landStyles, cardGridStyles, itemListStyles, countryStyles];
  static override bundled = coreIndex;

  protected override readonly address = new AddressController(this, ['country']);

  /**
   * The country: ISO 3166-1 alpha-3 or alpha-2, any case, full-width too (`PHL`, `ph`, `ＰＨＬ`).
   * Any country the map draws, in the document or not (`MNG`).
   */
  @property({reflect: true}) country = '';

  /**
   * What to show, in this order whatever the order given: `summary`, `map` (the locator),
   * `areas` (counts per priority area), `initiatives`, `items` (map items), `partnerships`,
   * `regions` (region-wide items); spaces or commas between. All when absent.
   */
  @property({reflect: true}) sections = '';

  /** Heading level of the widget's heading (2–6); sections sit one below, groups and card titles two and three. */
  @property({attribute: 'heading-level', type: Number}) headingLevel = 2;

  /**
   * Makes each card's title a link: a URL with `{id}` where the initiative's id goes, e.g.
   * `/foip/{id}.html`. Without it the titles are heading text.
   */
  @property({attribute: 'card-href'}) cardHref?: string;

  /** @internal */
  private shown?: WorldCountry;
  /** @internal */
  private showing: readonly CountrySection[] = COUNTRY_SECTIONS;

  readonly #cards = new CardPool();
  /** How many cards each list shows, where a reader asked for more than `CARDS_AT_FIRST`; for this country and data. */
  #shown = new Map<string, number>();
  #shownFor?: readonly [string, unknown];
  /** The card to focus once drawn: the first that "Show more" brought. */
  #focusNext?: {readonly list: string; readonly at: number};

  protected override inputProblem(): Problem | null {
    const country = parseWorldCountry(this.country, this.index);
    this.shown = country.value ? worldCountry(country.value, this.index) : undefined;
    const sections = parseOptions(this.sections, COUNTRY_SECTIONS, 'sections');
    if (sections.value) this.showing = sections.value;
    return country.problem ?? sections.problem;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this.#focusNext) focusCard(this.renderRoot, this.#focusNext);
    this.#focusNext = undefined;
  }

  protected override renderContent(): TemplateResult {
    const {locale, index} = this;
    const level = headingLevel(this.headingLevel, 2);
    const country = this.shown;
    if (!country) {
      return html`<p class="empty" part="country" lang=${locale}>
        ${msg('Choose a country to see what the document sets out for it.')}
      </p>`;
    }
    const profile = countryProfile(index, country.iso3);
    // Another country or dataset: every list starts short again.
    if (this.#shownFor?.[0] !== country.iso3 || this.#shownFor[1] !== this.data) {
      this.#shown = new Map();
      this.#shownFor = [country.iso3, this.data];
    }
    const name = nameInSentence(country, locale);
    const has = (s: CountrySection) => this.showing.includes(s);
    const context: SectionContext = {
      index,
      locale,
      profile,
      name,
      level: level + 1,
      card: (i, at, key) => this.#cards.card(key, i.id, this.locale, at, this.cardHref, this.data),
      shown: (list) => this.#shown.get(list) ?? CARDS_AT_FIRST,
      more: (list) => {
        const at = this.#shown.get(list) ?? CARDS_AT_FIRST;
        this.#shown.set(list, at + CARDS_MORE);
        this.#focusNext = {list, at};
        this.requestUpdate();
      },
    };
    const located = has('map') ? locate(country) : undefined;
    // Japan itself (an embassy's own page, or the map's home selected): said once, not "Japan and Japan".
    const isJapan = country.iso3 === 'JPN';
    return html`<section
      part="country"
      class="country"
      lang=${locale}
      data-country=${country.iso3}
      aria-labelledby="heading"
    >
      ${heading(
        level,
        'heading',
        html`<span part="heading"
          >${
            isJapan
              ? msg('Japan under the Free and Open Indo-Pacific')
              : msg(str`Japan and ${name} under the Free and Open Indo-Pacific`)
          }</span
        >`,
      )}
      <div class="overview">
        ${
          has('summary')
            ? html`<p part="summary" class="summary">
                ${joinSentences(locale, countrySummary(index, profile, country))}
              </p>`
            : nothing
        }
        ${
          located
            ? html`<div class="locator-frame">
                ${locatorMap(located, isJapan, isJapan ? msg('Map locating Japan') : msg(str`Map locating ${name} and Japan`))}
              </div>`
            : nothing
        }
      </div>
      ${has('areas') ? areasSection(context) : nothing} ${has('initiatives') ? initiativesSection(context) : nothing}
      ${has('items') ? itemsSection(context) : nothing} ${has('partnerships') ? partnershipsSection(context) : nothing}
      ${has('regions') ? regionsSection(context) : nothing}
      ${sourceLine(index.data, locale, citedPages(profileRecords(index, profile)))}
    </section>`;
  }
}

/** Moves focus to the first card "Show more" brought, as its button is gone (a list item, focusable by script only). */
function focusCard(root: ParentNode, {list, at}: {readonly list: string; readonly at: number}): void {
  const item = root.querySelector<HTMLElement>(`ul[data-list="${list}"] > li:nth-child(${at + 1})`);
  if (!item) return;
  item.tabIndex = -1;
  item.focus();
}

declare global {
  interface HTMLElementTagNameMap {
    'foip-country': FoipCountry;
  }
}
