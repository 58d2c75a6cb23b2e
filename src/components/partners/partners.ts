import {html, nothing} from 'lit';
import type {PropertyValues, TemplateResult} from 'lit';
import {property, state} from 'lit/decorators.js';

import {coreIndex} from '../../data/core-dataset.js';
import {partnerships} from '../../data/partnerships.js';
import type {Partnerships} from '../../data/partnerships.js';
import {citedPages} from '../../data/provenance.js';
import type {DatasetIndex} from '../../data/queries.js';
import type {PillarId} from '../../data/types.js';
import {FoipPartnerSelectEvent} from '../../events/partner-select.js';
import {joinSentences} from '../../i18n/format.js';
import {msg, str} from '../../i18n/msg.js';
import {KEYS, inGrid, move, partnersGrid} from '../../layout/partners-grid.js';
import type {Key, PartnersGrid, Target} from '../../layout/partners-grid.js';
import {AddressController} from '../../internal/address-controller.js';
import {parsePartner, parsePillar} from '../../internal/attributes.js';
import {FoipElement} from '../../internal/foip-element.js';
import type {Problem} from '../../internal/foip-element.js';
import {heading, headingLevel} from '../../internal/input.js';
import {itemListStyles} from '../../internal/item-list.js';
import {sourceLine} from '../../internal/source-line.js';
import {CardPool} from '../initiative-list/list-cards.js';
import {cardGridStyles} from '../initiative-list/card-grid.styles.js';
import {detail, partnersTable} from './partners-detail.js';
import {parseFormat} from './partners-input.js';
import {partnersStyles} from './partners.styles.js';
import {partnerInSentence, partnersSummary, selectionText} from './partners-text.js';
import {legend, matrix, targetSelection} from './partners-view.js';
import type {Selection} from './partners-view.js';

/** The partnerships of an index, and their grid, made once per index and priority area. */
const made = new WeakMap<DatasetIndex, Map<PillarId | undefined, {partnerships: Partnerships; grid: PartnersGrid}>>();
function drawing(index: DatasetIndex, pillar: PillarId | undefined) {
  let byArea = made.get(index);
  if (!byArea) made.set(index, (byArea = new Map()));
  let drawn = byArea.get(pillar);
  if (!drawn) {
    const p = partnerships(index, pillar);
    const grid = partnersGrid({
      partners: p.partners,
      formats: p.formats.map((f) => ({id: f.id, partners: f.partners, records: f.initiatives.length + f.items.length})),
    });
    byArea.set(pillar, (drawn = {partnerships: p, grid}));
  }
  return drawn;
}

/**
 * Who Japan works with under the evolved FOIP, and on what: its partners (countries, territories and
 * organisations, as the dataset records them) and the formats that join them, drawn as a partner ×
 * format matrix; each partner and format leads to the initiatives and map items behind it. Japanese
 * bodies that carry out initiatives are Japan's side, never counted as partners. A partner the
 * dataset calls Japan's ally (the document: 「同盟国である米国」) is said to be one, and tagged.
 *
 * @tag foip-partners
 * @summary Japan's partners and the formats that join them, with the initiatives behind each, in Japanese or English.
 *
 * @attribute url-key - Shares the selection by link: `partner` and `format` go in the page's address under this key, e.g. `?partners-partner=AUS` for `url-key="partners"`. A bad value in a link is ignored, with a console warning. The address is rewritten in place; nothing is read or written without this attribute.
 *
 * @fires {FoipPartnerSelectEvent} foip-partner-select - When the reader selects a partner, a format or a partner within a format, or clears the selection (Escape, or the same one again). `partner` and `format` are ids or null; `initiatives` the ids of the initiatives behind the selection. Bubbles, composed.
 *
 * @csspart partners - The whole widget.
 * @csspart heading - The widget's heading.
 * @csspart summary - The summary sentences.
 * @csspart matrix - The partner × format matrix (a table with the grid role).
 * @csspart legend - The key to the matrix's columns: each format's number, name and records.
 * @csspart detail - What the selection leads to: formats or partners, initiatives, map items.
 * @csspart items - A list of map items.
 * @csspart glyph - A priority area's circled number ①②③.
 * @csspart toggle - The button that shows or hides the table.
 * @csspart table - The table alternative.
 * @csspart source - The source and edition line.
 * @csspart problem - The message shown for bad input.
 *
 * @cssproperty --foip-font-family - Font stack.
 * @cssproperty --foip-color-text - Text colour.
 * @cssproperty --foip-color-text-muted - Secondary text colour.
 * @cssproperty --foip-color-surface - Background.
 * @cssproperty --foip-color-surface-raised - Background of the selected row and column, and of the table's head.
 * @cssproperty --foip-color-border - Borders and the matrix's rules.
 * @cssproperty --foip-color-accent - The partners' dots and lines; focus ring.
 * @cssproperty --foip-color-home - Japan's dots.
 * @cssproperty --foip-color-pillar-1 - Colour of priority area ①.
 * @cssproperty --foip-color-pillar-2 - Colour of priority area ②.
 * @cssproperty --foip-color-pillar-3 - Colour of priority area ③.
 * @cssproperty --foip-radius - Corner radius.
 * @cssproperty --foip-space - Base spacing unit.
 * @cssproperty --foip-focus-ring - Focus outline.
 */
export class FoipPartners extends FoipElement {
  static override styles = [...FoipElement.styles, cardGridStyles, itemListStyles, partnersStyles];
  static override bundled = coreIndex;

  protected override readonly address = new AddressController(this, ['partner', 'format']);

  /** A partner to select: alpha-3 code (`USA`) or organisation id (`asean`), any case. */
  @property({reflect: true}) partner?: string;

  /** A format to select: its partners' codes and ids, in any order, joined by `+`, spaces or commas (`USA+AUS+IND`). */
  @property({reflect: true}) format?: string;

  /** Only the partnerships of one priority area (`1`, `2` or `3`); all when absent. Follows `<foip-pillars>` with `for`. */
  @property({reflect: true}) pillar?: string;

  /** Heading level of the widget's heading (2–6); the selection's heading sits one below. */
  @property({attribute: 'heading-level', type: Number}) headingLevel = 2;

  /**
   * Makes each card's title a link: a URL with `{id}` where the initiative's id goes, e.g.
   * `/foip/{id}.html`. Without it the titles are heading text.
   */
  @property({attribute: 'card-href'}) cardHref?: string;

  /** @internal Whether the table alternative is shown. */
  @state() private showTable = false;
  /** @internal Where the keyboard is in the matrix. */
  @state() private active: Target = {row: 0, column: -1};
  /** @internal What the live region says after the reader's last selection. */
  @state() private announcement = '';

  /** @internal The selection as parsed: ids, or absent. */
  private selection: Selection = {};
  /** @internal A partner given that the data knows but names as no partner: said, not an error. */
  private notPartner?: string;
  /** @internal The priority area shown (`pillar`, parsed), or all. */
  private area?: PillarId;

  readonly #cards = new CardPool();

  protected override inputProblem(): Problem | null {
    const {index} = this;
    const pillar = parsePillar(this.pillar, index);
    if (pillar.problem) return pillar.problem;
    this.area = pillar.value ?? undefined;
    const {partnerships: p} = drawing(index, this.area);
    const partner = parsePartner(this.partner, index);
    if (partner.problem) return partner.problem;
    const format = parseFormat(this.format, p, index);
    if (format.problem) return format.problem;
    const known = partner.value && p.partners.some((x) => x.id === partner.value);
    this.notPartner = partner.value && !known ? partner.value : undefined;
    this.selection = {
      ...(known ? {partner: partner.value!} : {}),
      ...(format.value ? {format: format.value} : {}),
    };
    return null;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // As written canonically (`usa` → `USA`, `ind aus usa` → `USA+AUS+IND`), as the map does its
    // country: what the address and a follower then read.
    const {partner, format} = this.selection;
    if (!this.problem && partner && changed.has('partner') && partner !== this.partner) this.partner = partner;
    if (!this.problem && format && changed.has('format') && format !== this.format) this.format = format;
    // The keyboard goes to what is selected (a link, `partner`, a pick); with nothing selected it stays
    // where it was (Escape clears, the reader goes on from there), unless the grid lost that place.
    if (!this.hasUpdated || changed.has('partner') || changed.has('format') || changed.has('pillar')) {
      const {grid} = drawing(this.index, this.area);
      const row = grid.rows.indexOf(this.selection.partner ?? '');
      const column = grid.columns.indexOf(this.selection.format ?? '');
      if (row !== -1 || column !== -1) this.active = {row, column};
      else if (!inGrid(grid, this.active)) this.active = {row: 0, column: -1};
    }
  }

  /** Selects what `target` names, or clears the selection when it is already selected. */
  #pick = (target: Target): void => {
    const {grid, partnerships: p} = drawing(this.index, this.area);
    this.active = target;
    const next = targetSelection(grid, target);
    const same = next.partner === this.selection.partner && next.format === this.selection.format;
    this.#select(same ? {} : next, p);
  };

  #select(next: Selection, p: Partnerships): void {
    this.partner = next.partner;
    this.format = next.format;
    const partner = p.partners.find((x) => x.id === next.partner);
    const format = p.formats.find((f) => f.id === next.format);
    const initiatives = format ? format.initiatives : (partner?.initiatives ?? []);
    this.announcement = selectionText(this.index, partner, format);
    this.dispatchEvent(new FoipPartnerSelectEvent(next.partner ?? null, next.format ?? null, initiatives));
  }

  #key = (event: KeyboardEvent): void => {
    const {grid, partnerships: p} = drawing(this.index, this.area);
    if (!grid.rows.length) return;
    if ((KEYS as readonly string[]).includes(event.key)) {
      event.preventDefault();
      this.active = move(grid, this.active, event.key as Key);
    } else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      this.#pick(this.active);
    } else if (event.key === 'Escape' && (this.selection.partner || this.selection.format)) {
      event.preventDefault();
      this.#select({}, p);
    }
  };

  /** Why `partner` selects nothing: not a partner at all, or none in the priority area shown. */
  #notPartnerText(id: string): string {
    const name = partnerInSentence(this.index, id);
    const anywhere = drawing(this.index, undefined).partnerships.partners.some((x) => x.id === id);
    const pillar = this.area && this.index.pillars.get(this.area);
    return anywhere && pillar
      ? msg(str`The document names ${name} as a partner of Japan, but not in priority area ${pillar.glyph}.`)
      : msg(str`The document does not name ${name} as a partner of Japan.`);
  }

  #toggleTable = (): void => {
    this.showTable = !this.showTable;
  };

  protected override renderContent(): TemplateResult {
    const {locale, index} = this;
    const level = headingLevel(this.headingLevel, 2);
    const {partnerships: p, grid} = drawing(index, this.area);
    const title = msg('Japan’s partners under the Free and Open Indo-Pacific');
    const view = {
      index,
      partnerships: p,
      grid,
      selection: this.selection,
      active: this.active,
      label: msg('Partners and formats'),
      pick: this.#pick,
      key: this.#key,
    };
    // What the source line cites: the initiatives and the map entries of every format shown.
    const cited = p.formats.flatMap((f) => [
      ...f.initiatives.map((id) => index.initiatives.get(id)!),
      ...f.items.map(({entry}) => entry),
    ]);
    const empty = !p.partners.length;
    return html`<section part="partners" class="partners" lang=${locale} aria-labelledby="heading">
      ${heading(level, 'heading', html`<span part="heading">${title}</span>`)}
      <p part="summary" class="summary">${joinSentences(locale, partnersSummary(index, p))}</p>
      ${this.notPartner ? html`<p class="note" part="note">${this.#notPartnerText(this.notPartner)}</p>` : nothing}
      ${
        empty
          ? nothing
          : html`<div class="visual">
              ${matrix(view)}
              <div class="key">
                ${heading(Math.min(6, level + 1), 'legend-heading', msg('Formats'))} ${legend(view, 'legend-heading')}
              </div>
            </div>`
      }
      ${detail({
        index,
        locale,
        partnerships: p,
        selection: this.selection,
        level: Math.min(6, level + 1),
        card: (i, at) => this.#cards.card(i.id, i.id, locale, at, this.cardHref, this.data),
      })}
      ${
        empty
          ? nothing
          : html`<button
                type="button"
                class="toggle plain-button"
                part="toggle"
                aria-expanded=${this.showTable ? 'true' : 'false'}
                @click=${this.#toggleTable}
              >
                ${this.showTable ? msg('Hide table') : msg('Show as table')}
              </button>
              <div class="table-frame" ?hidden=${!this.showTable}>
                ${partnersTable(index, locale, p, msg('Japan’s partners, their formats, initiatives and map items'))}
              </div>`
      }
      <p class="visually-hidden" role="status">${this.announcement}</p>
      ${sourceLine(index.data, locale, citedPages(cited))}
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'foip-partners': FoipPartners;
  }
}
