import {html, nothing} from 'lit';
import type {PropertyValues, TemplateResult} from 'lit';
import {property, state} from 'lit/decorators.js';

import {PillarsMotion} from './pillars-motion.js';
import {Pointing} from './pillars-pointing.js';
import {categoryKey} from '../../layout/pillars-structure.js';
import type {Structure} from '../../layout/pillars-structure.js';
import {layoutPillars} from '../../layout/pillars.js';
import {mergeCells} from '../../layout/pillars-merge.js';
import * as tree from '../../layout/pillar-tree.js';
import {detailView} from './detail-view.js';
import {treeView} from './tree-view.js';
import {wheelView} from './wheel-view.js';
import {keyOf, model} from './pillars-view.js';
import {FoipInitiativeSelectEvent} from '../../events/initiative-select.js';
import {FoipPillarSelectEvent} from '../../events/pillar-select.js';
import {msg} from '../../i18n/msg.js';
import {bundledIndex} from '../../data/dataset.js';
import {AddressController} from '../../internal/address-controller.js';
import {FoipElement} from '../../internal/foip-element.js';
import type {Problem} from '../../internal/foip-element.js';
import {sourceLine} from '../../internal/source-line.js';
import {announcement, nodeTitle, sourcePages} from './pillars-text.js';
import {readAttributes} from './pillars-input.js';
import {picture, pictureButtons} from './pillars-save.js';
import type {Selected} from './pillars-input.js';
import {pillarsStyles} from './pillars.styles.js';
import {treeStyles} from './tree-view.styles.js';
import {wheelStyles} from './wheel-view.styles.js';
import {detailStyles} from './detail-view.styles.js';
import {PILLAR_LAYOUTS} from '../../layout/pillars-geometry.js';
import type {Layout, PillarLayout} from '../../layout/pillars-geometry.js';

export {PILLAR_LAYOUTS};
export type {PillarLayout};

/**
 * The three priority areas of Japan's evolved FOIP as one picture: each with its title and how many
 * categories, initiatives, countries and partners it has, and a drawing of its categories and
 * initiatives, sized by the initiatives and by the items of the document's map that illustrate
 * them. `layout="columns"` draws three columns of category blocks (stacked when narrow);
 * `layout="radial"` a sunburst. Selecting a priority area or a category opens it into its
 * initiatives, shown as compact cards. The whole structure is one accessible tree, expanded as it is
 * drawn: arrow keys move, collapse and expand (a collapsed item's children leave the drawing too),
 * Enter selects, Home and End jump.
 *
 * @tag foip-pillars
 * @summary The three FOIP priority areas, their categories and initiatives, as one explorable picture, in Japanese or English.
 *
 * @attribute url-key - Shares the view by link: the open priority area and category (`pillar`, `category`) go in the page's address under this key, e.g. `?pillars-pillar=2` for `url-key="pillars"`, and a link with them opens the picture so. A bad value in a link is ignored, with a console warning. The address is rewritten in place (no new history entry); nothing is read or written without this attribute.
 * @fires {FoipPillarSelectEvent} foip-pillar-select - When the reader opens or closes a priority area or a category (not when a script sets an attribute); once per change. Bubbles, composed. `pillar` (1–3 or null) and `category` (id or null) hold the new state.
 * @fires {FoipInitiativeSelectEvent} foip-initiative-select - When the reader activates an initiative in the picture, or the title of one of its cards. Bubbles, composed. `initiative` holds the id.
 *
 * @csspart pillars - The element's box.
 * @csspart tree - The tree of priority areas, categories and initiatives (the picture).
 * @csspart pillar - The header of a priority area: glyph, title and counts.
 * @csspart glyph - The circled number ①②③ of a priority area.
 * @csspart counts - The counts of a priority area.
 * @csspart category - A category block (columns) or sector (radial).
 * @csspart initiative - An initiative cell (columns) or sector (radial).
 * @csspart more - The cell (columns) or sector (radial) that stands for a category's initiatives too many to draw as targets of their own ("412 more initiatives"); it opens the category.
 * @csspart wheel - The sunburst (radial layout).
 * @csspart legend - The line that says what sizes the drawing.
 * @csspart detail - The opened priority area or category: heading, summary sentence, summary and cards.
 * @csspart sentence - The one-sentence summary generated from the counts.
 * @csspart summary - The disclosure with the priority area's summary from the document.
 * @csspart hint - The line shown while nothing is open.
 * @csspart source - The source and edition line.
 * @csspart picture - The buttons under the source line that save the picture as drawn, as SVG or PNG
 *   (`foip-pillars::part(picture) { display: none }` for none).
 * @csspart problem - The message shown for bad input.
 *
 * @cssproperty --foip-font-family - Font stack.
 * @cssproperty --foip-color-text - Text colour.
 * @cssproperty --foip-color-text-muted - Secondary text colour.
 * @cssproperty --foip-color-surface - Background of blocks and cards.
 * @cssproperty --foip-color-surface-raised - Background of the priority-area headers.
 * @cssproperty --foip-color-border - Borders.
 * @cssproperty --foip-color-accent - Focus ring.
 * @cssproperty --foip-color-pillar-1 - Colour of priority area ①.
 * @cssproperty --foip-color-pillar-2 - Colour of priority area ②.
 * @cssproperty --foip-color-pillar-3 - Colour of priority area ③.
 * @cssproperty --foip-color-on-pillar - Text on a pillar-coloured cell or badge.
 * @cssproperty --foip-radius - Corner radius.
 * @cssproperty --foip-space - Base spacing unit.
 * @cssproperty --foip-focus-ring - Focus outline.
 */
export class FoipPillars extends FoipElement {
  static override styles = [...FoipElement.styles, pillarsStyles, treeStyles, wheelStyles, detailStyles];
  static override bundled = bundledIndex;

  static {
    // The plot's width and type size exist only once it is rendered, so the first draw, and a
    // switch of layout, measure in updated() and draw again (PillarsMotion.measure): the one update
    // that follows another here, by design. Lit's development build would warn of it on every page running it.
    this.disableWarning?.('change-in-update');
  }

  /** @internal Shares the open priority area and category by link (`url-key`). */
  protected override readonly address = new AddressController(this, ['pillar', 'category']);

  /** `columns` (default): three columns of category blocks, stacked when narrow; `radial`: a sunburst. */
  @property({reflect: true}) layout: PillarLayout = 'columns';

  /** The open priority area, `1`, `2` or `3`; reflects the reader's choice. */
  @property({reflect: true}) pillar?: string;

  /** The open category's id, e.g. `connectivity-and-rules`; reflects the reader's choice and sets `pillar` to match. */
  @property({reflect: true}) category?: string;

  /** Heading level of the opened priority area or category (2–6); its categories and cards sit one and two below. */
  @property({attribute: 'heading-level', type: Number}) headingLevel = 2;

  /** @internal The initiative the reader activated last, shown as current. */
  @state() private current: string | null = null;

  /** @internal Keys of the tree items that are expanded: their children are drawn and in the tree. */
  @state() private expanded: ReadonlySet<string> = new Set();

  /** The Tab stop, keyboard focus and the item pointed at (`./pillars-pointing.ts`). */
  readonly #pointing = new Pointing(this);

  /** @internal The selection as last checked. */
  private selected: Selected = {pillar: null, category: null};

  /** @internal What the reader last opened or closed: the live region says so. */
  private announced: tree.Selection | null = null;

  /** The geometry the drawing moves to. */
  #target?: Layout;
  /** The structure `expanded` belongs to. */
  #treeOf?: Structure;
  /** The tree as drawn: the dataset's, with each closed category's cells too small to be targets merged. */
  #drawn?: Structure;

  /** Measures the plot or wheel and the titles, and moves the drawing to `#target`. */
  readonly #motion = new PillarsMotion(this, (kind) =>
    this.#tree.nodes.filter((n) => n.kind === kind).map((n) => [n.key, nodeTitle(this.index, this.locale, n)] as const),
  );

  protected override inputProblem(): Problem | null {
    const read = readAttributes(this.index, this);
    if ('attribute' in read) return read;
    this.selected = read;
    return null;
  }

  protected override willUpdate(changed: PropertyValues): void {
    const {structure} = model(this.index);
    // Keep the two attributes in step when a script changes one of them.
    Object.assign(this, tree.inStep(structure, this, changed));
    const before = this.selected;
    super.willUpdate(changed);
    if (this.problem) return;

    const sel = this.selected;
    // A new dataset (or the first valid one, after bad input) starts the tree afresh; a new
    // selection opens its path again if the reader collapsed it.
    const fresh = this.#treeOf !== structure;
    this.#treeOf = structure;
    const moved = sel.pillar !== before.pillar || sel.category !== before.category;
    const {focusKey, ...next} = tree.nextTreeState(
      structure,
      {expanded: this.expanded, current: this.current, focusKey: this.#pointing.focusKey},
      sel,
      fresh ? 'structure' : moved ? 'selection' : null,
    );
    Object.assign(this, next);
    this.#pointing.set({focusKey});

    const {width, em, bands, rows} = this.#motion.metrics;
    // Only the selected category shows every record; a priority area's open categories keep their "more" row.
    this.#drawn = mergeCells(structure, width, new Set(sel.category ? [categoryKey(sel.category)] : []));
    this.#target = layoutPillars(this.#drawn, {
      layout: this.layout,
      width,
      selection: sel,
      band: Math.round(em * 2.875),
      row: Math.round(em * 2.75),
      unit: Math.round(em * 0.5),
      label: {w: em * 6, h: em * 2.25},
      expanded: this.expanded,
      bands,
      rows,
    });
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const motion = this.#motion;
    if (this.problem) return motion.stop();
    if (motion.measure(changed.has('locale') || changed.has('data'))) return;
    const {pillar, category} = this.selected;
    // Everything the target depends on: titles' heights follow the language, the drawing what is expanded.
    const goal = [this.locale, pillar, category, this.data === undefined, [...this.expanded].join()];
    motion.draw(this.#tree, this.#target!, goal, changed.has('layout') || changed.has('data'));
    motion.placeTip(this.#pointing.pointed);
  }

  protected override renderContent(): TemplateResult {
    const {index, locale, layout, expanded, selected: selection} = this;
    const {counts} = model(index);
    const structure = this.#tree;
    // The deepest item selected: `aria-selected`.
    const deepest = tree.selectedKey(selection, this.current);
    const {focusKey, focusVisible, pointed: pointedKey} = this.#pointing;
    const pointed = pointedKey ? structure.byKey.get(pointedKey) : undefined;
    // What the three views show, in one: each reads its part.
    const view = {
      index,
      locale,
      layout,
      structure,
      counts,
      selection,
      selectedKey: deepest,
      geometry: new Map(this.#target!.nodes.map((n) => [n.key, n])),
      expanded,
      tabKey: tree.tabKey(structure, expanded, focusKey, deepest),
      size: this.#motion.metrics.width,
      focusKey: focusVisible ? focusKey : null,
      shown: pointedKey ? pointed : deepest ? structure.byKey.get(deepest) : undefined,
      headingLevel: this.headingLevel,
      current: this.current,
      data: this.data,
      onOpen: (key: string) => this.#activate(key),
    };
    const tip =
      layout !== 'radial' &&
      (pointed?.kind === 'initiative' || pointed?.kind === 'more') &&
      !view.geometry.get(pointed.key)?.labelled;
    // The stage takes the pointer, the keys and focus for the tree and the wheel; the root, the cards' events.
    return html`<div
      part="pillars"
      class="root"
      lang=${locale}
      data-layout=${layout}
      ?data-selection=${deepest !== null}
      @foip-initiative-select=${this.#handleCardSelect}
    >
      <div
        class="stage"
        @click=${this.#handleClick}
        @pointerover=${this.#pointing.pointerOver}
        @pointerleave=${this.#pointing.pointerLeave}
        @keydown=${this.#handleKeydown}
        @focusin=${this.#pointing.focusIn}
        @focusout=${this.#pointing.focusOut}
      >
        ${layout === 'radial' ? wheelView(view) : nothing} ${treeView(view)}
        <div class="probe" aria-hidden="true">x</div>
        <div class="tip" aria-hidden="true" ?hidden=${!tip}>${tip ? nodeTitle(index, locale, pointed) : ''}</div>
      </div>
      <p part="legend" class="legend">
        ${msg("Sizes show the number of initiatives and of their items on the document's map.")}
      </p>
      <div class="visually-hidden" role="status">
        ${this.announced ? announcement(index, structure, this.announced) : ''}
      </div>
      ${detailView(view)} ${sourceLine(index.data, locale, sourcePages(index, selection))} ${pictureButtons(this)}
    </div>`;
  }

  /**
   * The picture as drawn now (the drawing, what sizes it, the source line), colours resolved, as a
   * standalone SVG document: a promise, as its painter loads when first asked for. Rejects while the
   * element shows a problem.
   */
  toSVG(): Promise<string> {
    return picture(this.renderRoot, 'svg');
  }

  /** The same picture as a PNG of `scale` pixels per CSS pixel (2: sharp on a slide). */
  toPNG(scale = 2): Promise<Blob> {
    return picture(this.renderRoot, 'png', scale);
  }

  /** The tree as drawn (before the first update, the dataset's). */
  get #tree(): Structure {
    return this.#drawn ?? model(this.index).structure;
  }

  /** Moves focus to item `key`; the update that follows makes it the Tab stop (roving tabindex). */
  #focus(key: string): void {
    this.#pointing.set({focusKey: key});
    (this.renderRoot as ShadowRoot).getElementById(key)?.focus();
  }

  /** Opens or closes a node, as a click, a tap or Enter does; fires one foip-pillar-select when the selection changed. */
  #activate(key: string): void {
    const node = this.#tree.byKey.get(key);
    const next = tree.activate(this.#tree, this.selected, this.current, key);
    if (!next) return;
    const {pillar, category} = next;
    const before = this.selected;
    this.pillar = pillar === null ? undefined : String(pillar);
    this.category = category ?? undefined;
    this.current = next.current;
    // Said at the next render, in the element's language (msg() answers in it only while rendering).
    this.announced = next;
    this.requestUpdate();
    // The "N more" cell gives way to its initiatives' rows: focus goes to the first of them.
    if (node?.kind === 'more') void this.updateComplete.then(() => this.#focus(node.merged![0]));
    // Each event built apart: the manifest's analyzer reads `dispatchEvent(new …(x))` as one more event named x.
    if (before.pillar !== pillar || before.category !== category) {
      const changed = new FoipPillarSelectEvent(pillar, category);
      this.dispatchEvent(changed);
    }
    if (next.current) {
      const chosen = new FoipInitiativeSelectEvent(next.current);
      this.dispatchEvent(chosen);
    }
  }

  #handleKeydown(event: KeyboardEvent): void {
    const item = (event.target as Element).closest?.('[role=treeitem]');
    if (!item) return;
    const action = tree.treeKeyAction(this.#tree, this.expanded, item.id, event.key);
    if (!action) return;
    event.preventDefault();
    if ('focus' in action) this.#focus(action.focus);
    else if ('expand' in action) this.expanded = tree.withExpanded(this.expanded, action.expand, true);
    else if ('collapse' in action) this.expanded = tree.withExpanded(this.expanded, action.collapse, false);
    else if ('activate' in action) this.#activate(action.activate);
  }

  #handleClick(event: MouseEvent): void {
    const key = keyOf(event);
    if (!key) return;
    this.#activate(key);
    // Focus follows (an arc's is its item's; focusing the focused item does nothing).
    (this.renderRoot as ShadowRoot).getElementById(key)?.focus({preventScroll: true});
    this.#pointing.set({focusKey: key});
  }

  /** A card's own foip-initiative-select passes through untouched; it only marks the card current. */
  #handleCardSelect(event: FoipInitiativeSelectEvent): void {
    this.current = event.initiative;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'foip-pillars': FoipPillars;
  }
}
