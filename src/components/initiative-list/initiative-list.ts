import {html, nothing} from 'lit';
import type {TemplateResult} from 'lit';
import {property} from 'lit/decorators.js';
import {guard} from 'lit/directives/guard.js';
import {ifDefined} from 'lit/directives/if-defined.js';
import {live} from 'lit/directives/live.js';
import {repeat} from 'lit/directives/repeat.js';

import type {InitiativeFilter} from '../../data/queries.js';
import {compareNames} from '../../data/queries.js';
import type {Category, Initiative, Pillar, PillarId} from '../../data/types.js';
import {FoipFilterChangeEvent} from '../../events/events.js';
import {addTranslations, msg, str} from '../../i18n/msg.js';
import {templates as ja} from '../../i18n/locales/ja/initiative-list.js';
import {bundledIndex} from '../../data/dataset.js';
import {FoipElement} from '../../internal/foip-element.js';
import type {Problem} from '../../internal/foip-element.js';
import {AddressController} from '../../internal/address-controller.js';
import {parseCountry, parseInstrument, parsePartner, parsePillars} from '../../internal/attributes.js';
import {heading, headingLevel} from '../../internal/input.js';
import {coveredText} from '../../internal/region-wide.js';
import {membersCoveredOnly} from '../../data/coverage.js';
import {pillarName} from '../../internal/pillar-label.js';
import {listStyles} from './initiative-list.styles.js';
import {countText, regionGroups, regionsCovering} from './list-coverage.js';

// This widget's Japanese strings; msg has the shared ones.
addTranslations(ja);

/** A filter as the list applies it: attribute values checked and normalized (`phl` → `PHL`). */
type Filter = {
  -readonly [K in keyof InitiativeFilter]: InitiativeFilter[K];
};

interface CategoryGroup {
  readonly category: Category | undefined;
  readonly initiatives: Initiative[];
}

interface PillarGroup {
  readonly pillar: Pillar;
  readonly categories: CategoryGroup[];
}

/** A stable key for "did the filter change?". */
const filterKey = (f: InitiativeFilter): string =>
  JSON.stringify([f.pillars ?? [], f.country ?? '', f.partner ?? '', f.instrument ?? '', f.query ?? '']);

/**
 * The initiatives of Japan's evolved FOIP as a list of compact cards, grouped by priority area and
 * category, narrowed by attributes a webmaster sets (`country="PHL"`, `pillar="1 3"`, …) and,
 * with `controls`, by a filter bar the reader uses: priority-area toggles, country and partner
 * pickers and a search box that matches both languages, full-width and half-width alike.
 *
 * Its cards are `<foip-initiative-card>` elements: `foip-widgets/foip-initiative-list.js` registers both; a page that
 * registers the classes itself (`components/*.js`) registers `FoipInitiativeCard` too.
 *
 * @tag foip-initiative-list
 * @summary FOIP initiatives as a filterable list, in Japanese or English.
 *
 * @attribute url-key - Shares the view by link: the filters (`pillar`, `country`, `partner`, `instrument`, `query`) go in the page's address under this key, e.g. `?list-pillar=2&list-query=AI` for `url-key="list"`, and a link with them opens the list filtered so. A bad value in a link is ignored, with a console warning. The address is rewritten in place (no new history entry); nothing is read or written without this attribute.
 * @fires {FoipInitiativeSelectEvent} foip-initiative-select - From a card: when it is clicked, or its link (`card-href`) followed. Bubbles, composed, cancelable (cancel it to stay on the page). `initiative` holds the id.
 * @fires {FoipFilterChangeEvent} foip-filter-change - When the reader changes the filter with the controls (not when a script sets an attribute). Bubbles, composed. `filter` holds the whole new filter (`pillars`, `country`, `partner`, `instrument`, `query`; empty ones left out).
 *
 * @csspart controls - The filter bar (shown with `controls`).
 * @csspart pillar-toggle - A priority-area toggle button (`aria-pressed`).
 * @csspart country - The country picker.
 * @csspart partner - The partner picker.
 * @csspart search - The search box.
 * @csspart count - The "5 of 24" line.
 * @csspart results - The grouped list of cards.
 * @csspart group-heading - The heading of a priority area.
 * @csspart category-heading - The heading of a category.
 * @csspart region-heading - With `country`, the heading of a region's group: "Covered as a member of ASEAN (region-wide items)", over the region's initiatives, after the country's own.
 * @csspart empty - The message shown when no initiative matches.
 * @csspart clear - The "Clear filters" button of the empty state.
 * @csspart problem - The message shown for bad input.
 *
 * @cssproperty --foip-font-family - Font stack.
 * @cssproperty --foip-color-text - Text colour.
 * @cssproperty --foip-color-text-muted - Secondary text colour and the borders of form fields.
 * @cssproperty --foip-color-surface - Background of cards and fields.
 * @cssproperty --foip-color-surface-raised - Background of the filter bar.
 * @cssproperty --foip-color-border - Borders of cards and the filter bar.
 * @cssproperty --foip-color-accent - Focus ring.
 * @cssproperty --foip-color-pillar-1 - Colour of priority area ①.
 * @cssproperty --foip-color-pillar-2 - Colour of priority area ②.
 * @cssproperty --foip-color-pillar-3 - Colour of priority area ③.
 * @cssproperty --foip-color-on-pillar - Text on a pillar-coloured badge.
 * @cssproperty --foip-radius - Corner radius.
 * @cssproperty --foip-space - Base spacing unit.
 * @cssproperty --foip-focus-ring - Focus outline.
 */
export class FoipInitiativeList extends FoipElement {
  static override styles = [...FoipElement.styles, listStyles];
  static override bundled = bundledIndex;

  /** @internal Shares the filters by link (`url-key`). */
  protected override readonly address = new AddressController(this, [
    'pillar',
    'country',
    'partner',
    'instrument',
    'query',
  ]);

  /** Priority areas to show, e.g. `1 3` (space- or comma-separated); all when empty. */
  @property({reflect: true}) pillar?: string;

  /**
   * ISO 3166-1 alpha-3 code, e.g. `PHL`: the initiatives that name the country, on the detail pages or on the map page;
   * then, grouped under each region it belongs to and not counted as its own, the region's region-wide initiatives
   * (`MMR`: none of its own, ASEAN's under "Covered as a member of ASEAN (region-wide items)").
   */
  @property({reflect: true}) country?: string;

  /** A partner working with Japan: alpha-3 code (`USA`) or organisation id (`asean`). */
  @property({reflect: true}) partner?: string;

  /** An instrument id, e.g. `osa` or `oda`. */
  @property({reflect: true}) instrument?: string;

  /** Free text, matched in both languages; full-width and half-width forms alike (`ＡＩ` finds `AI`). */
  @property({reflect: true}) query?: string;

  /** Shows the filter bar: priority-area toggles, country and partner pickers and a search box. */
  @property({type: Boolean, reflect: true}) controls = false;

  /** Heading level of the priority-area headings (2–6); categories and card titles sit one and two below. */
  @property({attribute: 'heading-level', type: Number}) headingLevel = 2;

  /**
   * Makes each card's title a link: a URL with `{id}` where the initiative's id goes, e.g.
   * `/foip/{id}.html` or `#{id}`. Without it the titles are heading text.
   */
  @property({attribute: 'card-href'}) cardHref?: string;

  /** @internal The filter as last checked, normalized. */
  private active: Filter = {};

  /** @internal True once the reader has changed the filter: from then on the live region speaks. */
  private announcing = false;

  /** Checks the filter attributes (src/internal/attributes.ts); `filter` is the normalized filter when `problem` is null. */
  #parse(): {filter: Filter; problem: Problem | null} {
    const {index} = this;
    const filter: Filter = {};
    const pillars = parsePillars(this.pillar, index);
    if (pillars.problem) return {filter, problem: pillars.problem};
    if (pillars.value.length) filter.pillars = pillars.value;
    const readers = [
      ['country', parseCountry(this.country, index)],
      ['partner', parsePartner(this.partner, index)],
      ['instrument', parseInstrument(this.instrument, index)],
    ] as const;
    for (const [key, read] of readers) {
      if (read.problem) return {filter, problem: read.problem};
      if (read.value) filter[key] = read.value;
    }
    if (this.query?.trim()) filter.query = this.query;
    return {filter, problem: null};
  }

  protected override inputProblem(): Problem | null {
    const {filter, problem} = this.#parse();
    this.active = filter;
    return problem;
  }

  /**
   * Applies a change the reader made with the controls: sets the attribute (through the reflecting
   * property), and when the whole filter changed, fires one `foip-filter-change`.
   */
  #apply(change: () => void): void {
    const before = filterKey(this.#parse().filter);
    change();
    const {filter, problem} = this.#parse();
    if (problem || filterKey(filter) === before) return;
    this.announcing = true;
    this.requestUpdate();
    const changed = new FoipFilterChangeEvent(Object.freeze({...filter}));
    this.dispatchEvent(changed);
  }

  #togglePillar(id: PillarId): void {
    const current = this.active.pillars ?? [];
    const next = current.includes(id) ? current.filter((p) => p !== id) : [...current, id].sort((a, b) => a - b);
    this.#apply(() => (this.pillar = next.length ? next.join(' ') : undefined));
  }

  #onCountry(event: Event): void {
    const value = (event.target as HTMLSelectElement).value;
    this.#apply(() => (this.country = value || undefined));
  }

  #onPartner(event: Event): void {
    const value = (event.target as HTMLSelectElement).value;
    this.#apply(() => (this.partner = value || undefined));
  }

  #onQueryInput(event: Event): void {
    // While an IME composes (かな → 漢字) the text is not final; `compositionend` applies it.
    if ((event as InputEvent).isComposing) return;
    const value = (event.target as HTMLInputElement).value;
    this.#apply(() => (this.query = value || undefined));
  }

  #onQueryKeydown(event: KeyboardEvent): void {
    const input = event.target as HTMLInputElement;
    if (event.key !== 'Escape' || event.isComposing || input.value === '') return;
    // Cleared here, not natively: not every browser clears a search box on Escape, and this way it is one change everywhere.
    event.preventDefault();
    input.value = '';
    this.#apply(() => (this.query = undefined));
  }

  #clearInstrument(): void {
    this.#apply(() => (this.instrument = undefined));
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#query')?.focus());
  }

  #clearFilters(): void {
    this.#apply(() => {
      this.pillar = undefined;
      this.country = undefined;
      this.partner = undefined;
      this.instrument = undefined;
      this.query = undefined;
    });
    // The button goes away with the empty state: keep focus in the filter bar.
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#query')?.focus());
  }

  #group(initiatives: readonly Initiative[]): PillarGroup[] {
    const {index} = this;
    const categoryOrder = new Map(index.data.categories.map((c, n) => [c.id, n]));
    return [...index.pillars.values()]
      .map((pillar) => {
        const byCategory = new Map<string, Initiative[]>();
        for (const i of initiatives) {
          if (i.pillar !== pillar.id) continue;
          if (!byCategory.has(i.category)) byCategory.set(i.category, []);
          byCategory.get(i.category)!.push(i);
        }
        const categories = [...byCategory]
          .sort(([a], [b]) => (categoryOrder.get(a) ?? Infinity) - (categoryOrder.get(b) ?? Infinity))
          .map(([id, list]) => ({category: index.categories.get(id), initiatives: list}));
        return {pillar, categories};
      })
      .filter((g) => g.categories.length > 0);
  }

  protected override renderContent(): TemplateResult {
    const {locale, index, active: filter} = this;
    const shown = index.filter(filter);
    // A country's region-wide initiatives (Myanmar's, as a member of ASEAN) come after its own, apart.
    const regions = regionsCovering(index, filter);
    const count = countText(index, locale, filter, shown.length, regions);
    const none = msg('No initiative matches the selected filters.');
    const empty = shown.length + regions.length === 0;
    // Categories and card titles sit one and two levels below; `heading()` clamps them at 6.
    const level = headingLevel(this.headingLevel, 2);

    return html`<div class="list" lang=${locale}>
      ${this.controls ? this.#renderControls() : nothing}
      <p part="count" class="count">${count}</p>
      <div class="visually-hidden" role="status">${this.announcing ? `${count}${empty ? ` ${none}` : ''}` : ''}</div>
      ${
        empty
          ? html`<div part="empty" class="empty">
              <p>${none}</p>
              ${
                this.controls
                  ? html`<button part="clear" class="clear" type="button" @click=${this.#clearFilters}>
                      ${msg('Clear filters')}
                    </button>`
                  : nothing
              }
            </div>`
          : html`<div part="results" class="results">
              ${repeat(
                this.#group(shown),
                (g) => g.pillar.id,
                (g) => this.#renderPillarGroup(g, level),
              )}
              ${regionGroups(index, regions, level, (i, at) => this.#card(i, at))}
            </div>`
      }
    </div>`;
  }

  #renderPillarGroup({pillar, categories}: PillarGroup, level: number): TemplateResult {
    const {locale} = this;
    return html`<div class="pillar-group" data-pillar=${pillar.id}>
      ${heading(
        level,
        `pillar-${pillar.id}`,
        html`<span part="group-heading" class="group-heading">
          <span class="glyph" aria-hidden="true">${pillar.glyph}</span>
          <span><span class="visually-hidden">${pillarName(pillar)}</span> ${pillar.title[locale]}</span>
        </span>`,
      )}
      ${repeat(
        categories,
        (c) => c.category?.id ?? '',
        ({category, initiatives}) => {
          const id = `category-${category?.id ?? pillar.id}`;
          return html`<div class="category-group">
            ${
              category
                ? heading(
                    level + 1,
                    id,
                    html`<span part="category-heading" class="category-heading">${category.title[locale]}</span>`,
                  )
                : nothing
            }
            <ul class="cards" role="list" aria-labelledby=${category ? id : `pillar-${pillar.id}`}>
              ${repeat(
                initiatives,
                (i) => i.id,
                (i) => html`<li>${this.#card(i, level + 2)}</li>`,
              )}
            </ul>
          </div>`;
        },
      )}
    </div>`;
  }

  /** An initiative's compact card, its title a heading at `level`. */
  #card(i: Initiative, level: number): TemplateResult {
    return html`<foip-initiative-card
      initiative=${i.id}
      lang=${this.locale}
      variant="compact"
      heading-level=${level}
      href=${ifDefined(this.cardHref?.replaceAll('{id}', encodeURIComponent(i.id)))}
      .data=${guard([this.data], () => this.data)}
    ></foip-initiative-card>`;
  }

  #renderControls(): TemplateResult {
    const {locale, index, active: filter} = this;
    const pressed = filter.pillars ?? [];
    // Ids of the data (#parse checked the filter's own), by name: 五十音順 in Japanese.
    const named = (id: string) => (index.countries.get(id) ?? index.organisations.get(id))!;
    const compare = compareNames(locale);
    // The chosen value is offered even where the list would not have it (a partner's edition), once.
    const withChosen = (ids: readonly string[], chosen?: string, elsewhere: readonly string[] = []) =>
      chosen && !ids.includes(chosen) && !elsewhere.includes(chosen) ? [...ids, chosen] : ids;
    const options = (ids: readonly string[], chosen?: string) =>
      [...ids]
        .sort((a, b) => compare(named(a), named(b)))
        .map((id) => html`<option value=${id} .selected=${live(id === chosen)}>${named(id).name[locale]}</option>`);
    // Members with no initiative of their own (Myanmar), under their region: found, and not taken for named.
    const members = membersCoveredOnly(index);
    const instrument = filter.instrument ? index.instruments.get(filter.instrument) : undefined;

    return html`<div part="controls" class="controls" role="search" aria-label=${msg('Filter initiatives')}>
      <fieldset class="pillars">
        <legend>${msg('Priority areas')}</legend>
        <div class="toggles">
          ${[...index.pillars.values()].map((pillar) => {
            const on = pressed.includes(pillar.id);
            return html`<button
              part="pillar-toggle"
              class="toggle"
              type="button"
              data-pillar=${pillar.id}
              aria-pressed=${on ? 'true' : 'false'}
              @click=${() => this.#togglePillar(pillar.id)}
            >
              <span class="check" aria-hidden="true">${on ? '✓' : ''}</span>
              <span class="glyph" aria-hidden="true">${pillar.glyph}</span>
              <span class="toggle-title"
                ><span class="visually-hidden">${pillarName(pillar)}</span> ${pillar.title[locale]}</span
              >
            </button>`;
          })}
        </div>
      </fieldset>
      <div class="fields">
        <div class="field">
          <label for="country">${msg('Country')}</label>
          <select id="country" part="country" @change=${this.#onCountry}>
            <option value="" .selected=${live(!filter.country)}>${msg('All countries')}</option>
            ${options(
              withChosen(
                index.countriesWithInitiatives,
                filter.country,
                members.flatMap((m) => m.members),
              ),
              filter.country,
            )}
            ${members.map(
              ({region, members: ids}) =>
                html`<optgroup label=${coveredText(index, [region])}>${options(ids, filter.country)}</optgroup>`,
            )}
          </select>
        </div>
        <div class="field">
          <label for="partner">${msg('Partner')}</label>
          <select id="partner" part="partner" @change=${this.#onPartner}>
            <option value="" .selected=${live(!filter.partner)}>${msg('All partners')}</option>
            ${options(withChosen(index.partnerIds, filter.partner), filter.partner)}
          </select>
        </div>
        <div class="field field-search">
          <label for="query">${msg('Search')}</label>
          <input
            id="query"
            part="search"
            type="search"
            autocomplete="off"
            .value=${live(this.query ?? '')}
            @input=${this.#onQueryInput}
            @compositionend=${this.#onQueryInput}
            @keydown=${this.#onQueryKeydown}
          />
        </div>
      </div>
      ${
        instrument
          ? html`<p class="preset">
              <span>${msg(str`Also filtered by instrument: ${instrument.name[locale]}`)}</span>
              <button class="link" type="button" @click=${this.#clearInstrument}>${msg('Show all instruments')}</button>
            </p>`
          : nothing
      }
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'foip-initiative-list': FoipInitiativeList;
  }
}
