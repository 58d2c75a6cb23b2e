import {html, nothing} from 'lit';
import type {PropertyValues, TemplateResult} from 'lit';
import {property} from 'lit/decorators.js';

import type {InitiativeFilter} from '../../data/queries.js';
import type {Initiative, PillarId} from '../../data/types.js';
import {FoipFilterChangeEvent} from '../../events/filter-change.js';
import {addTranslations, msg} from '../../i18n/msg.js';
import {bundledIndex} from '../../data/dataset.js';
import {FoipElement} from '../../internal/foip-element.js';
import {sourceLine} from '../../internal/source-line.js';
import {citedPages} from '../../data/provenance.js';
import type {Problem} from '../../internal/foip-element.js';
import {AddressController} from '../../internal/address-controller.js';
import {parseCountry, parseInstrument, parsePartner, parsePillars} from '../../internal/attributes.js';
import {headingLevel} from '../../internal/input.js';
import {listIndex} from '../../layout/list-index.js';
import type {ListIndex} from '../../layout/list-index.js';
import {regionsCovering, togglePillar} from '../../layout/list-view.js';
import {WINDOW_FROM, movesBetweenRecords} from '../../layout/list-window.js';
import type {Position} from '../../layout/list-window.js';
import {cardGridStyles} from './card-grid.styles.js';
import {listStyles} from './initiative-list.styles.js';
import {CardPool} from './list-cards.js';
import {controls} from './list-controls.js';
import type {ControlHandlers} from './list-controls.js';
import {countText} from './list-count.js';
import {emptyState, results} from './list-results.js';
import {WindowController} from './window-controller.js';

// This widget's Japanese strings; msg has the shared ones.
addTranslations(() => import('../../i18n/locales/ja/initiative-list.js'));

/** A filter as the list applies it: attribute values checked and normalized (`phl` → `PHL`). */
type Filter = {
  -readonly [K in keyof InitiativeFilter]: InitiativeFilter[K];
};

/**
 * The initiatives of Japan's evolved FOIP as a list of compact cards, grouped by priority area and
 * category, narrowed by attributes a webmaster sets (`country="PHL"`, `pillar="1 3"`, …) and,
 * with `controls`, by a filter bar the reader uses: priority-area toggles, country and partner
 * pickers and a search box that matches both languages, full-width and half-width alike.
 *
 * With a partner's thousands of records (`data` with 100 or more) it draws only the cards in view,
 * its headings and count still those of every record: the records are then one tab stop, each item
 * says its place in its list (`aria-posinset` of `aria-setsize`), and the arrow keys, Home and End
 * move between records, drawing and scrolling to the one reached.
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
  static override styles = [...FoipElement.styles, cardGridStyles, listStyles];
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
    // #parse sets only the keys given, always in one order: the same filter is the same text.
    const before = JSON.stringify(this.#parse().filter);
    change();
    const {filter, problem} = this.#parse();
    if (problem || JSON.stringify(filter) === before) return;
    this.announcing = true;
    this.requestUpdate();
    const changed = new FoipFilterChangeEvent(Object.freeze({...filter}));
    this.dispatchEvent(changed);
  }

  #togglePillar(id: PillarId): void {
    const next = togglePillar(this.active.pillars ?? [], id);
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

  #onClearInstrument(): void {
    this.#apply(() => (this.instrument = undefined));
    this.#focusSearch();
  }

  /** Once the update is done: the button that had focus goes away with what it cleared. */
  #focusSearch(): void {
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#query')?.focus());
  }

  #onClearFilters(): void {
    this.#apply(() => {
      this.pillar = undefined;
      this.country = undefined;
      this.partner = undefined;
      this.instrument = undefined;
      this.query = undefined;
    });
    // The button goes away with the empty state: focus stays in the filter bar.
    this.#focusSearch();
  }

  /** The filter bar's handlers: Lit calls a listener with the element as `this`. */
  readonly #handlers: ControlHandlers = {
    toggle: (id) => this.#togglePillar(id),
    country: this.#onCountry,
    partner: this.#onPartner,
    search: this.#onQueryInput,
    searchKey: this.#onQueryKeydown,
    instrument: this.#onClearInstrument,
  };

  /** @internal The cards, kept across filter changes (./list-cards.ts). */
  readonly #cards = new CardPool();

  /** @internal With a partner's thousands of records, the cards in view and the keyboard's record (./window-controller.ts). */
  readonly #window = new WindowController(this);

  /** The record (section and index) an event came from: its list item, with a partner's thousands. */
  #recordOf(event: Event): Position | undefined {
    const item = event
      .composedPath()
      .find((e): e is HTMLLIElement => e instanceof HTMLLIElement && e.dataset.index !== undefined);
    return item && {section: Number(item.dataset.section), index: Number(item.dataset.index)};
  }

  /** Arrows, Home and End from a record: to the next or previous record, the first or the last, drawn first if need be. */
  #onRecordKey(event: KeyboardEvent): void {
    if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey || !movesBetweenRecords(event.key)) return;
    const at = this.#recordOf(event);
    if (!at) return;
    event.preventDefault();
    void this.#window.go(event.key, at);
  }

  #onRecordFocus(event: FocusEvent): void {
    const at = this.#recordOf(event);
    if (at) this.#window.focused(at);
  }

  /** @internal The indexes whose search texts are being folded in idle time. */
  #preparing?: ListIndex;

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (!this.#window.windowed) return;
    this.#cards.keepOnly();
    // A partner's thousands: their search texts folded when the page is idle, not on the reader's first key.
    const lists = listIndex(this.index);
    if (this.#preparing === lists) return;
    this.#preparing = lists;
    const idle = (step: (deadline: IdleDeadline) => void) =>
      'requestIdleCallback' in window
        ? requestIdleCallback(step)
        : setTimeout(() => step({timeRemaining: () => 5} as IdleDeadline), 50);
    const step = (deadline: IdleDeadline) => {
      if (!lists.prepareSearch(() => deadline.timeRemaining() > 1)) idle(step);
    };
    idle(step);
  }

  /** An initiative's compact card, its title a heading at `level`. */
  protected override renderContent(): TemplateResult {
    const {locale, index, active: filter} = this;
    const lists = listIndex(index);
    const shown = lists.filter(filter);
    // A country's region-wide initiatives (Myanmar's, as a member of ASEAN) come after its own, apart.
    const regions = regionsCovering(index, filter);
    const count = countText(index, locale, filter, shown.length, regions);
    const empty = shown.length + regions.length === 0;
    const none = msg('No initiative matches the selected filters.');
    // Categories and card titles sit one and two levels below; `heading()` clamps them at 6.
    const level = headingLevel(this.headingLevel, 2);
    const card = (i: Initiative, at: number, key: string) =>
      this.#cards.card(key, i.id, this.locale, at, this.cardHref, this.data);
    const groups = lists.group(shown);
    // With a partner's thousands, only the cards in view are drawn; below, every card, as before.
    const windowed = index.data.initiatives.length >= WINDOW_FROM;
    this.#window.windowed = windowed;
    this.#window.sizes = empty
      ? []
      : [
          ...groups.flatMap((g) => g.categories.map((c) => c.initiatives.length)),
          ...regions.map((r) => r.initiatives.length),
        ];

    return html`<div
      class="list"
      lang=${locale}
      @keydown=${windowed ? this.#onRecordKey : nothing}
      @focusin=${windowed ? this.#onRecordFocus : nothing}
    >
      ${this.controls ? controls({index, locale, filter, query: this.query ?? '', handlers: this.#handlers}) : nothing}
      <p part="count" class="count">${count}</p>
      <div class="visually-hidden" role="status">${this.announcing ? `${count}${empty ? ` ${none}` : ''}` : ''}</div>
      ${
        empty
          ? emptyState(none, this.controls ? this.#onClearFilters : undefined)
          : results(index, locale, level, card, groups, regions, this.#window)
      }
      ${sourceLine(index.data, locale, citedPages([...shown, ...regions.flatMap((r) => r.initiatives.map((id) => index.initiatives.get(id)!))]))}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'foip-initiative-list': FoipInitiativeList;
  }
}
