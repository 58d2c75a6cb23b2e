import {html, nothing, svg} from 'lit';
import type {PropertyValues, TemplateResult} from 'lit';
import {property, state} from 'lit/decorators.js';
import {guard} from 'lit/directives/guard.js';
import {ifDefined} from 'lit/directives/if-defined.js';
import {repeat} from 'lit/directives/repeat.js';
import {timer} from 'd3-timer';
import type {Timer} from 'd3-timer';

import '../../foip-initiative-card.js';
import type {DatasetIndex} from '../../data/queries.js';
import type {Category, Pillar, PillarId} from '../../data/types.js';
import {FoipInitiativeSelectEvent, FoipPillarSelectEvent} from '../../events/events.js';
import {formatChoices, formatExamples, formatNumber, isSingular} from '../../i18n/format.js';
import {addTranslations, msg, str} from '../../i18n/msg.js';
import {templates as ja} from '../../i18n/locales/ja/pillars.js';
import {bundledIndex} from '../../data/dataset.js';
import {FoipElement} from '../../internal/foip-element.js';
import type {Problem} from '../../internal/foip-element.js';
import {heading, headingLevel, suggest} from '../../internal/input.js';
import {pillarLabel, pillarName} from '../../internal/pillar-label.js';
import {sourceLine} from '../../internal/source-line.js';
import {
  PILLAR_LAYOUTS,
  RINGS,
  arcCentroid,
  arcPath,
  easeCubicInOut,
  interpolateLayouts,
  layoutPillars,
  pillarCounts,
  pillarKey,
  pillarStructure,
} from '../../layout/pillars.js';
import type {Layout, PillarCounts, PillarLayout, Structure, StructureNode} from '../../layout/pillars.js';
import * as tree from '../../layout/pillar-tree.js';
import {pillarsStyles} from './pillars.styles.js';

// This widget's Japanese strings; msg has the shared ones.
addTranslations(ja);

export {PILLAR_LAYOUTS};
export type {PillarLayout};

/** How long a change of selection takes to animate, in milliseconds. */
const DURATION = 450;

interface Model {
  readonly structure: Structure;
  readonly counts: ReadonlyMap<PillarId, PillarCounts>;
}
const models = new WeakMap<DatasetIndex, Model>();
function model(index: DatasetIndex): Model {
  let m = models.get(index);
  if (!m) models.set(index, (m = {structure: pillarStructure(index.data), counts: pillarCounts(index)}));
  return m;
}

interface Selected {
  readonly pillar: PillarId | null;
  readonly category: string | null;
}

interface Metrics {
  /** Width of a column's plot (columns) or of the wheel (radial). */
  readonly width: number;
  /** The element's font size in px: bands and rows fit two lines of text. */
  readonly em: number;
  /** Where the wheel sits in the stage (radial). */
  readonly x: number;
  readonly y: number;
  /** Heights that hold whole titles, wrapped (columns): each category's title band, each initiative's open row. */
  readonly bands?: Readonly<Record<string, number>>;
  readonly rows?: Readonly<Record<string, number>>;
}

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
 * @csspart wheel - The sunburst (radial layout).
 * @csspart legend - The line that says what sizes the drawing.
 * @csspart detail - The opened priority area or category: heading, summary sentence, summary and cards.
 * @csspart sentence - The one-sentence summary generated from the counts.
 * @csspart summary - The disclosure with the priority area's summary from the document.
 * @csspart hint - The line shown while nothing is open.
 * @csspart source - The source and edition line.
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
  static override styles = [...FoipElement.styles, pillarsStyles];
  static override bundled = bundledIndex;
  static override linked = ['pillar', 'category'];

  static {
    // The plot's width and type size exist only once it is rendered, so the first draw, and a
    // switch of layout, measure in updated() and draw again (#measure): the one update that follows
    // another here, by design. Lit's development build would warn of it on every page running it.
    this.disableWarning?.('change-in-update');
  }

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

  /** @internal The tree item that takes Tab (roving tabindex). */
  @state() private focusKey: string | null = null;

  /** @internal The node under the pointer or keyboard focus: its title shows in the tip or the wheel's centre. */
  @state() private pointed: string | null = null;

  /** @internal Whether `focusKey` has visible (keyboard) focus: the wheel rings its sector. */
  @state() private focusVisible = false;

  /** @internal Sizes measured from the rendered element. */
  @state() private metrics: Metrics = {width: 0, em: 16, x: 0, y: 0};

  /** @internal The selection as last checked. */
  private selected: Selected = {pillar: null, category: null};

  /** @internal What the live region says after a reader's change. */
  private announce: (() => string) | null = null;

  #target: Layout | null = null;
  #shown: Layout | null = null;
  #goal = '';
  #timer?: Timer;
  #resize?: ResizeObserver;
  #observedWidth = -1;
  #frame = 0;
  /** The structure `expanded` belongs to. */
  #treeOf: Structure | null = null;
  /** What the titles were last measured for (width, type size, language, dataset). */
  #measuredFor: [number, number, string, unknown] | null = null;

  override connectedCallback(): void {
    super.connectedCallback();
    // Only a change of width matters (the element's height follows its content). Measured in the
    // next frame, so that re-rendering never resizes an observed box within the observer's turn.
    this.#resize = new ResizeObserver(([entry]) => {
      const width = entry.contentRect.width;
      if (width === this.#observedWidth) return;
      this.#observedWidth = width;
      cancelAnimationFrame(this.#frame);
      this.#frame = requestAnimationFrame(() => this.#measure());
    });
    this.#resize.observe(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#resize?.disconnect();
    this.#observedWidth = -1;
    cancelAnimationFrame(this.#frame);
    this.#timer?.stop();
    this.#timer = undefined;
    this.#shown = null;
    this.#goal = '';
  }

  protected override inputProblem(): Problem | null {
    const {index} = this;
    const layout = this.layout;
    if (!(PILLAR_LAYOUTS as readonly string[]).includes(layout)) {
      return {
        attribute: 'layout',
        value: String(layout),
        message: () => msg(str`Unknown layout "${layout}". Use columns or radial.`),
        warning: 'is not a layout; use columns or radial',
      };
    }
    const raw = (this.pillar ?? '').trim();
    let pillar: PillarId | null = null;
    if (raw) {
      const n = raw.normalize('NFKC');
      const id = Number(n) as PillarId;
      if (!/^\d+$/u.test(n) || !index.pillars.has(id)) {
        const ids = [...index.pillars.keys()].map(String);
        return {
          attribute: 'pillar',
          value: raw,
          message: () => msg(str`Unknown priority area "${raw}". Use ${formatChoices(this.locale, ids)}.`),
          warning: `is not a priority area; use ${formatChoices('en', ids)}`,
        };
      }
      pillar = id;
    }
    const rawCategory = (this.category ?? '').trim();
    let category: Category | undefined;
    if (rawCategory) {
      category = index.categories.get(rawCategory) ?? index.categories.get(rawCategory.toLowerCase());
      if (!category) {
        const suggestions = suggest(rawCategory, [...index.categories.keys()]);
        return {
          attribute: 'category',
          value: rawCategory,
          message: () =>
            msg(
              str`Unknown category "${rawCategory}". Valid ids include: ${formatExamples(this.locale, suggestions)}.`,
            ),
          warning: `is not a category id of the dataset; valid ids include ${suggestions.join(', ')}`,
        };
      }
      if (pillar !== null && category.pillar !== pillar) {
        const [own, given] = [category.pillar, pillar];
        return {
          attribute: 'category',
          value: rawCategory,
          message: () => msg(str`Category "${rawCategory}" belongs to priority area ${own}, not ${given}.`),
          warning: `belongs to priority area ${own}, not to pillar="${given}"`,
        };
      }
    }
    this.selected = {pillar: category?.pillar ?? pillar, category: category?.id ?? null};
    return null;
  }

  protected override willUpdate(changed: PropertyValues): void {
    // Keep the two attributes in step when a script changes one of them.
    const {index} = this;
    const cat = this.category ? index.categories.get(this.category.trim()) : undefined;
    if (changed.has('pillar') && !changed.has('category') && this.category) {
      if (cat && String(cat.pillar) !== (this.pillar ?? '').trim().normalize('NFKC')) this.category = undefined;
    } else if (changed.has('category') && !changed.has('pillar') && cat) {
      this.pillar = String(cat.pillar);
    }
    const before = this.selected;
    super.willUpdate(changed);
    if (this.problem) return;

    const {structure} = model(index);
    const sel = this.selected;
    // A new dataset (or the first valid one, after bad input) starts the tree afresh.
    const fresh = this.#treeOf !== structure;
    this.#treeOf = structure;
    if (sel.pillar !== before.pillar || sel.category !== before.category || fresh) {
      // Everything is drawn, so everything starts expanded; a selection opens its path again if the
      // reader collapsed it. The current initiative stays only inside the selection.
      this.expanded = tree.expandFor(structure, fresh ? tree.allExpanded(structure) : this.expanded, sel);
      const record = this.current ? index.initiatives.get(this.current) : undefined;
      if (!record || record.category !== sel.category) this.current = null;
    }
    if (this.focusKey && !tree.visibleKeys(structure, this.expanded).includes(this.focusKey)) this.focusKey = null;

    const {width, em, bands, rows} = this.metrics;
    this.#target = layoutPillars(structure, {
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
    if (this.problem) {
      this.#timer?.stop();
      this.#shown = null;
      this.#goal = '';
      return;
    }
    if (this.#measure()) return;
    const target = this.#target;
    if (!target || this.metrics.width <= 0) return;
    const {pillar, category} = this.selected;
    // Everything the target depends on: titles' heights follow the language, the drawing what is expanded.
    const goal = [
      target.layout,
      target.width,
      this.metrics.em,
      this.locale,
      pillar,
      category,
      this.data === undefined,
      [...this.expanded].join(),
    ].join('|');
    const rebuilt = changed.has('layout') || changed.has('data') || this.#shown === null;
    if (goal !== this.#goal || rebuilt) {
      // A resize alone jumps; a resize during a transition (a page scroll bar appearing because the
      // selection made the page taller) retargets the transition instead of cutting it short.
      const resized = this.#shown?.width !== target.width && this.#timer === undefined;
      const jump = rebuilt || this.#shown?.layout !== target.layout || resized;
      this.#goal = goal;
      this.#show(target, jump);
    }
    this.#placeTip();
  }

  /** Measures the plot or wheel; returns true when the sizes changed (another update follows). */
  #measure(): boolean {
    if (this.problem) return false;
    const radial = this.layout === 'radial';
    const box = this.renderRoot.querySelector<HTMLElement>(radial ? '.wheel' : '.plot');
    if (!box) return false;
    const width = Math.floor(box.clientWidth);
    const em = parseFloat(getComputedStyle(box).fontSize) || 16;
    const x = radial ? box.offsetLeft : 0;
    const y = radial ? box.offsetTop : 0;
    const m = this.metrics;
    const titles = radial ? {bands: m.bands, rows: m.rows} : this.#measureTitles(width, em);
    if (width === m.width && em === m.em && x === m.x && y === m.y && titles.bands === m.bands) return false;
    this.metrics = {width, em, x, y, ...titles};
    return true;
  }

  /**
   * The height each title needs wrapped at the width it is drawn in: categories' in their band,
   * initiatives' in an open row. Titles are never cut off, so the layout makes room for them. Read
   * from a hidden probe that Lit renders once and never touches, and only when width, type size,
   * language or dataset changed.
   */
  #measureTitles(width: number, em: number): Pick<Metrics, 'bands' | 'rows'> {
    const m = this.metrics;
    const at = this.#measuredFor;
    const key: [number, number, string, unknown] = [width, em, this.locale, this.index];
    if (at && key.every((v, i) => v === at[i])) return {bands: m.bands, rows: m.rows};
    const probe = this.renderRoot.querySelector<HTMLElement>('.probe');
    if (!probe || width <= 0) return {bands: m.bands, rows: m.rows};
    this.#measuredFor = key;
    const {structure} = model(this.index);
    const heights = (kind: 'category' | 'initiative') => {
      probe.className = `probe probe-${kind}`;
      // The widths of a category block and of an open row (layout: the plot's width, less the cells' padding).
      probe.style.setProperty('inline-size', `${kind === 'category' ? width : width - 10}px`);
      const out: Record<string, number> = {};
      for (const node of structure.nodes.filter((n) => n.kind === kind)) {
        probe.textContent = this.#title(node);
        out[node.key] = probe.offsetHeight;
      }
      probe.textContent = '';
      return out;
    };
    return {bands: heights('category'), rows: heights('initiative')};
  }

  /** Moves the drawing to `target`: at once, or as a D3-timed tween unless the reader prefers reduced motion. */
  #show(target: Layout, jump: boolean): void {
    this.#timer?.stop();
    this.#timer = undefined;
    const from = this.#shown;
    const still = globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
    if (jump || still || !from) {
      this.#paint(target);
      return;
    }
    const tween = interpolateLayouts(from, target);
    const t = timer((elapsed) => {
      const k = Math.min(1, elapsed / DURATION);
      this.#paint(tween(easeCubicInOut(k)));
      if (k >= 1) {
        t.stop();
        if (this.#timer === t) this.#timer = undefined;
      }
    });
    this.#timer = t;
  }

  /** Applies geometry through the CSSOM and SVG attributes (a strict CSP forbids `style=""` in markup). */
  #paint(layout: Layout): void {
    this.#shown = layout;
    const root = this.renderRoot as ShadowRoot;
    const {structure} = model(this.index);
    const radial = layout.layout === 'radial';
    const {x: ox, y: oy} = this.metrics;
    const boxes = new Map(layout.nodes.map((n) => [n.key, n]));
    const r = layout.width / 2;
    for (const node of structure.nodes) {
      const g = boxes.get(node.key)!;
      const el = root.getElementById(`box-${node.key}`);
      if (node.kind === 'pillar') {
        if (radial) {
          const glyph = root.getElementById(`glyph-${node.key}`);
          const [cx, cy] = arcCentroid(g.arc!, r, r);
          glyph?.setAttribute('x', String(cx));
          glyph?.setAttribute('y', String(cy));
        } else {
          const plot = root.getElementById(`plot-${node.key}`);
          plot?.style.setProperty('block-size', `${layout.plots[node.key]}px`);
        }
      } else if (el) {
        // A category is placed in its plot (columns) or in the stage (radial); an initiative in its category.
        const parent =
          node.kind === 'initiative' ? boxes.get(node.parent!)!.box : {x: radial ? -ox : 0, y: radial ? -oy : 0};
        const {style} = el;
        style.setProperty('left', `${g.box.x - parent.x}px`);
        style.setProperty('top', `${g.box.y - parent.y}px`);
        style.setProperty('width', `${g.box.w}px`);
        style.setProperty('height', `${g.box.h}px`);
      }
      // A sector under a collapsed one is not drawn, as its tree item is not shown.
      if (radial) root.getElementById(`arc-${node.key}`)?.setAttribute('d', g.shown ? arcPath(g.arc!, r, r) : '');
    }
    if (radial) {
      const centre = root.querySelector<HTMLElement>('.centre');
      centre?.style.setProperty('inline-size', `${Math.floor(r * RINGS.hole * 2 * 0.78)}px`);
    }
  }

  /** Places the tip above the pointed node (columns: cells too small for their title). */
  #placeTip(): void {
    const tip = this.renderRoot.querySelector<HTMLElement>('.tip');
    const target = this.pointed ? (this.renderRoot as ShadowRoot).getElementById(this.pointed) : null;
    if (!tip || !target || tip.hidden) return;
    const stageEl = this.renderRoot.querySelector<HTMLElement>('.stage')!;
    const stage = stageEl.getBoundingClientRect();
    const at = target.getBoundingClientRect();
    // Client rects are scaled by a page's CSS zoom (a text-size switch); the tip is placed in CSS pixels.
    const width = stageEl.offsetWidth;
    const zoom = stage.width / width || 1;
    const half = Math.min(tip.offsetWidth / 2, width / 2);
    const x = Math.min(Math.max((at.left + at.width / 2 - stage.left) / zoom, half), width - half);
    tip.style.setProperty('left', `${x}px`);
    tip.style.setProperty('top', `${(at.top - stage.top) / zoom}px`);
  }

  /** The deepest selected node: aria-selected. */
  #selectedKey(): string | null {
    return tree.selectedKey(this.selected, this.current);
  }

  #focus(key: string): void {
    this.focusKey = key;
    const root = this.renderRoot as ShadowRoot;
    for (const el of root.querySelectorAll<HTMLElement>('[role=treeitem][tabindex="0"]')) el.tabIndex = -1;
    const el = root.getElementById(key);
    if (el) {
      el.tabIndex = 0;
      el.focus();
    }
  }

  /** Sets the selection the reader chose, reflecting it; fires one foip-pillar-select when it changed. */
  #select(pillar: PillarId | null, category: string | null, current: string | null = null): void {
    const before = this.selected;
    this.pillar = pillar === null ? undefined : String(pillar);
    this.category = category ?? undefined;
    this.current = current;
    const {index} = this;
    const {counts} = model(index);
    // Said in the element's language at the next render (msg() answers in it only while rendering).
    if (pillar === null) {
      this.announce = () => msg('Closed. All priority areas are shown.');
    } else if (category) {
      const n = index.data.initiatives.filter((i) => i.category === category).length;
      this.announce = () => {
        const title = index.categories.get(category)!.title[this.locale];
        return msg(str`Opened ${title}: ${this.#initiatives(n)}.`);
      };
    } else {
      const n = counts.get(pillar)!.initiatives;
      this.announce = () => msg(str`Opened priority area ${pillar}: ${this.#initiatives(n)}.`);
    }
    this.requestUpdate();
    if (before.pillar !== pillar || before.category !== category) {
      const changed = new FoipPillarSelectEvent(pillar, category);
      this.dispatchEvent(changed);
    }
  }

  /** Opens or closes a node, as a click, a tap or Enter does. */
  #activate(key: string): void {
    const {structure} = model(this.index);
    const node = structure.byKey.get(key);
    if (!node) return;
    const deepest = this.#selectedKey();
    if (node.kind === 'initiative') {
      const category = structure.byKey.get(node.parent!)!;
      this.#select(node.pillar, category.id, node.id);
      const selected = new FoipInitiativeSelectEvent(node.id);
      this.dispatchEvent(selected);
    } else if (node.kind === 'category') {
      if (deepest === key) this.#select(node.pillar, null);
      else this.#select(node.pillar, node.id);
    } else if (deepest === key) {
      this.#select(null, null);
    } else {
      this.#select(node.pillar, null);
    }
  }

  #setExpanded(key: string, open: boolean): void {
    const next = new Set(this.expanded);
    if (open) next.add(key);
    else next.delete(key);
    this.expanded = next;
  }

  #onKeydown(event: KeyboardEvent): void {
    const item = (event.target as Element).closest?.('[role=treeitem]');
    if (!item) return;
    const action = tree.treeKeyAction(model(this.index).structure, this.expanded, item.id, event.key);
    if (!action) return;
    event.preventDefault();
    if ('focus' in action) this.#focus(action.focus);
    else if ('expand' in action) this.#setExpanded(action.expand, true);
    else if ('collapse' in action) this.#setExpanded(action.collapse, false);
    else if ('activate' in action) this.#activate(action.activate);
  }

  #keyOf(event: Event): string | null {
    for (const el of event.composedPath()) {
      if (el === event.currentTarget) break;
      const key = (el as HTMLElement).dataset?.key;
      if (key) return key;
    }
    return null;
  }

  #onClick(event: MouseEvent): void {
    const key = this.#keyOf(event);
    if (!key) return;
    this.#activate(key);
    const el = (this.renderRoot as ShadowRoot).getElementById(key);
    if (el && (this.renderRoot as ShadowRoot).activeElement !== el) el.focus({preventScroll: true});
    this.focusKey = key;
  }

  #onPointerOver(event: PointerEvent): void {
    if (event.pointerType === 'touch') return;
    const key = this.#keyOf(event);
    if (key !== this.pointed) this.pointed = key;
  }

  #onPointerLeave(): void {
    this.pointed = this.focusVisible ? this.focusKey : null;
  }

  #onFocusIn(event: FocusEvent): void {
    const item = (event.target as Element).closest?.('[role=treeitem]');
    if (!item) return;
    this.focusKey = item.id;
    this.focusVisible = item.matches(':focus-visible');
    if (this.focusVisible) this.pointed = item.id;
  }

  #onFocusOut(event: FocusEvent): void {
    const to = event.relatedTarget as Node | null;
    if (to && this.renderRoot.contains(to)) return;
    this.focusVisible = false;
    this.pointed = null;
  }

  /** A card's own foip-initiative-select passes through untouched; it only marks the card current. */
  #onCardSelect(event: FoipInitiativeSelectEvent): void {
    this.current = event.initiative;
  }

  #initiatives(n: number): string {
    const f = formatNumber(this.locale, n);
    return isSingular(this.locale, n) ? msg(str`${f} initiative`) : msg(str`${f} initiatives`);
  }

  #sentence(pillar: Pillar, c: PillarCounts): string {
    const {locale} = this;
    const num = (n: number) => formatNumber(locale, n);
    const one = (n: number) => isSingular(locale, n);
    const initiatives = this.#initiatives(c.initiatives);
    const categories = one(c.categories) ? msg(str`${num(1)} category`) : msg(str`${num(c.categories)} categories`);
    // Places its initiatives are for, never its partners: each count says which it counts.
    const countries = one(c.countries)
      ? msg(str`${num(1)} target country`)
      : msg(str`${num(c.countries)} target countries`);
    const partners = one(c.partners) ? msg(str`${num(1)} partner`) : msg(str`${num(c.partners)} partners`);
    const places = one(c.places) ? msg(str`${num(1)} place`) : msg(str`${num(c.places)} places`);
    return msg(
      str`Priority area ${pillar.glyph} has ${initiatives} in ${categories}, for ${countries} and with ${partners}; the document's map shows it at ${places}.`,
    );
  }

  protected override renderContent(): TemplateResult {
    const {index, locale} = this;
    const {structure, counts} = model(index);
    const radial = this.layout === 'radial';
    const selectedKey = this.#selectedKey();
    const tabKey = tree.tabKey(structure, this.expanded, this.focusKey, selectedKey);
    const pillars = [...index.pillars.values()];
    const pointed = this.pointed ? structure.byKey.get(this.pointed) : undefined;
    const tip =
      !radial && pointed?.kind === 'initiative' && !this.#target?.nodes.find((n) => n.key === pointed.key)?.labelled;
    const treeItems = pillars.map((p, n) =>
      this.#renderPillar(p, n, pillars.length, counts.get(p.id)!, tabKey, selectedKey),
    );
    const treeView = html`<ul
      role="tree"
      part="tree"
      class="tree"
      aria-label=${msg('Priority areas, categories and initiatives')}
      @keydown=${this.#onKeydown}
      @focusin=${this.#onFocusIn}
      @focusout=${this.#onFocusOut}
    >
      ${treeItems}
    </ul>`;
    // Descriptions of the tree items, outside them; aria-describedby reads hidden elements.
    const descriptions = html`<div class="descriptions" hidden>
      ${pillars.map((p) => html`<p id=${`${pillarKey(p.id)}-sentence`}>${this.#sentence(p, counts.get(p.id)!)}</p>`)}
      ${structure.nodes
        .filter((n) => n.kind === 'category')
        .map((n) => html`<span id=${`${n.key}-count`}>${this.#initiatives(n.initiatives)}</span>`)}
    </div>`;

    return html`<div
      part="pillars"
      class="root"
      lang=${this.locale}
      data-layout=${this.layout}
      ?data-selection=${selectedKey !== null}
    >
      <div
        class="stage"
        @click=${this.#onClick}
        @pointerover=${this.#onPointerOver}
        @pointerleave=${this.#onPointerLeave}
      >
        ${radial ? this.#renderWheel(structure, selectedKey) : nothing} ${treeView} ${descriptions}
        <div class="probe" aria-hidden="true"></div>
        <div class="tip" aria-hidden="true" ?hidden=${!tip}>${tip && pointed ? this.#title(pointed) : ''}</div>
      </div>
      <p part="legend" class="legend">
        ${msg("Sizes show the number of initiatives and of their items on the document's map.")}
      </p>
      <div class="visually-hidden" role="status">${this.announce?.() ?? ''}</div>
      ${this.#renderDetail(counts)} ${sourceLine(index.data, locale, this.#pages())}
    </div>`;
  }

  /**
   * The pages of the source the element shows: the open category's page; the open priority
   * area's summary page to its detail pages; else every page it draws on (summaries, detail
   * pages and the map, whose items it counts and sizes by).
   */
  #pages(): number | [number, number] | undefined {
    const {data} = this.index;
    const {category, pillar} = this.selected;
    if (category) return this.index.categories.get(category)?.source.page;
    const records = pillar
      ? [...data.pillars.filter((p) => p.id === pillar), ...data.categories.filter((c) => c.pillar === pillar)]
      : [...data.pillars, ...data.categories, ...data.initiatives, ...data.mapEntries];
    const pages = records.map((r) => r.source.page);
    if (pages.length === 0) return undefined;
    const [first, last] = [Math.min(...pages), Math.max(...pages)];
    return first === last ? first : [first, last];
  }

  #title(node: StructureNode): string {
    const {index, locale} = this;
    if (node.kind === 'pillar') return index.pillars.get(node.pillar)!.title[locale];
    if (node.kind === 'category') return index.categories.get(node.id)!.title[locale];
    return index.initiatives.get(node.id)!.title[locale];
  }

  /**
   * One item of the tree (APG tree view) at any level, in a box that holds it and its children's
   * group side by side. The item holds its title (and, hidden from readers, glyph and counts), and
   * is named from it: with the group inside it, Chromium named each row from every title below it
   * (a collapsed priority area was read as 908 characters), and an `aria-labelledby` title would not
   * match the text drawn inside it (WCAG 2.5.3, axe). Levels, positions and expansion say where it
   * sits. A collapsed item's group is `hidden`, as it is drawn: out of the drawing, the tree and the
   * focus order. Boxes and plots are `role="none"`, so that the tree holds only items and groups.
   */
  #treeItem(
    node: StructureNode,
    item: {level: number; n: number; of: number; tabKey: string; selectedKey: string | null},
    look: {part: string; class: string; describedBy?: string; open: boolean; labelled?: boolean},
    content: TemplateResult,
    renderChild?: (node: StructureNode, n: number, of: number) => TemplateResult,
  ): TemplateResult {
    const {structure} = model(this.index);
    const parent = renderChild !== undefined && node.children.length > 0;
    const expanded = this.expanded.has(node.key);
    const group = parent
      ? html`<ul role="group" class="group" ?hidden=${!expanded}>
          ${repeat(
            node.children,
            (k) => k,
            (k, i) => renderChild(structure.byKey.get(k)!, i, node.children.length),
          )}
        </ul>`
      : nothing;
    return html`<li role="none" id=${`box-${node.key}`} class="node ${node.kind}" data-pillar=${node.pillar}>
      <div
        role="treeitem"
        id=${node.key}
        data-key=${node.key}
        part=${look.part}
        class="item ${look.class}"
        aria-level=${item.level}
        aria-setsize=${item.of}
        aria-posinset=${item.n + 1}
        aria-expanded=${ifDefined(parent ? (expanded ? 'true' : 'false') : undefined)}
        aria-selected=${item.selectedKey === node.key ? 'true' : 'false'}
        aria-describedby=${ifDefined(look.describedBy)}
        tabindex=${item.tabKey === node.key ? 0 : -1}
        ?data-open=${look.open}
        ?data-labelled=${look.labelled ?? false}
      >
        ${content}
      </div>
      ${node.kind === 'pillar' && this.layout !== 'radial' ? html`<div role="none" class="plot" id=${`plot-${node.key}`}>${group}</div>` : group}
    </li>`;
  }

  #renderPillar(
    pillar: Pillar,
    n: number,
    of: number,
    c: PillarCounts,
    tabKey: string,
    selectedKey: string | null,
  ): TemplateResult {
    const node = model(this.index).structure.byKey.get(pillarKey(pillar.id))!;
    const {locale} = this;
    const num = (v: number) => formatNumber(locale, v);
    const stat = (v: number, one: string, many: string) =>
      html`<div class="stat">
        <dt>${isSingular(locale, v) ? one : many}</dt>
        <dd>${num(v)}</dd>
      </div>`;
    return this.#treeItem(
      node,
      {level: 1, n, of, tabKey, selectedKey},
      {part: 'pillar', class: 'head', describedBy: `${node.key}-sentence`, open: this.selected.pillar === pillar.id},
      html`<span part="glyph" class="glyph" aria-hidden="true">${pillar.glyph}</span>
        <span class="title"><span class="visually-hidden">${pillarName(pillar)} </span>${pillar.title[locale]}</span>
        <span class="chevron" aria-hidden="true"></span>
        <dl part="counts" class="counts" aria-hidden="true">
          ${stat(c.categories, msg('category'), msg('categories'))}
          ${stat(c.initiatives, msg('initiative'), msg('initiatives'))}
          ${stat(c.countries, msg('target country'), msg('target countries'))}
          ${stat(c.partners, msg('partner'), msg('partners'))}
        </dl>`,
      (child, i, count) => this.#renderCategory(child, i, count, tabKey, selectedKey),
    );
  }

  #renderCategory(
    node: StructureNode,
    n: number,
    of: number,
    tabKey: string,
    selectedKey: string | null,
  ): TemplateResult {
    const open =
      this.selected.category === node.id || (this.selected.pillar === node.pillar && !this.selected.category);
    return this.#treeItem(
      node,
      {level: 2, n, of, tabKey, selectedKey},
      {
        part: 'category',
        class: 'block',
        describedBy: `${node.key}-count`,
        open,
        labelled: this.#target?.nodes.find((g) => g.key === node.key)?.labelled ?? false,
      },
      html`<span class="label"><span class="chevron" aria-hidden="true"></span>${this.#title(node)}</span>`,
      (child, i, count) => this.#renderInitiative(child, i, count, tabKey, selectedKey),
    );
  }

  #renderInitiative(
    node: StructureNode,
    n: number,
    of: number,
    tabKey: string,
    selectedKey: string | null,
  ): TemplateResult {
    const geometry = this.#target?.nodes.find((g) => g.key === node.key);
    return this.#treeItem(
      node,
      {level: 3, n, of, tabKey, selectedKey},
      {part: 'initiative', class: 'cell', open: geometry?.open ?? false, labelled: geometry?.labelled ?? false},
      html`<span class="label">${this.#title(node)}</span>`,
    );
  }

  #renderWheel(structure: Structure, selectedKey: string | null): TemplateResult {
    const {index, locale} = this;
    const size = this.metrics.width;
    const open = this.#target ? new Set(this.#target.nodes.filter((n) => n.open).map((n) => n.key)) : new Set<string>();
    const shown = this.pointed
      ? structure.byKey.get(this.pointed)
      : selectedKey
        ? structure.byKey.get(selectedKey)
        : undefined;
    const total = index.data.initiatives.length;
    return html`<div part="wheel" class="wheel">
      <svg viewBox=${`0 0 ${size} ${size}`} aria-hidden="true" focusable="false">
        ${repeat(
          structure.nodes,
          (n) => n.key,
          (n) =>
            svg`<path
              id=${`arc-${n.key}`}
              data-key=${n.key}
              class=${`arc${open.has(n.key) ? ' open' : ''}${selectedKey === n.key ? ' selected' : ''}${
                this.focusVisible && this.focusKey === n.key ? ' focus' : ''
              }`}
              data-kind=${n.kind}
              data-pillar=${n.pillar}
            ></path>`,
        )}
        ${structure.pillars.map((k) => {
          const p = index.pillars.get(structure.byKey.get(k)!.pillar)!;
          return svg`<text id=${`glyph-${k}`} class="wheel-glyph" data-pillar=${p.id} text-anchor="middle" dominant-baseline="central">${p.glyph}</text>`;
        })}
      </svg>
      <div class="centre" aria-hidden="true" data-pillar=${shown?.pillar ?? nothing}>
        ${
          shown
            ? html`<span class="centre-glyph">${index.pillars.get(shown.pillar)!.glyph}</span>
                <span class="centre-title">${this.#title(shown)}</span>
                ${shown.kind === 'initiative' ? nothing : html`<span class="centre-count">${this.#initiatives(shown.initiatives)}</span>`}`
            : html`<span class="centre-number">${formatNumber(locale, total)}</span>
                <span class="centre-count">${isSingular(locale, total) ? msg('initiative') : msg('initiatives')}</span>`
        }
      </div>
    </div>`;
  }

  #renderDetail(counts: ReadonlyMap<PillarId, PillarCounts>): TemplateResult {
    const {index, locale} = this;
    const {pillar: pillarId, category: categoryId} = this.selected;
    if (pillarId === null) {
      return html`<p part="hint" class="hint">
        ${msg('Select a priority area or a category to see its initiatives.')}
      </p>`;
    }
    const pillar = index.pillars.get(pillarId)!;
    const category = categoryId ? index.categories.get(categoryId) : undefined;
    const level = headingLevel(this.headingLevel, 2);
    const groups = category ? [category] : index.data.categories.filter((c) => c.pillar === pillarId);
    const cardLevel = Math.min(6, level + (category ? 1 : 2));
    return html`<section
      part="detail"
      class="detail"
      data-pillar=${pillar.id}
      aria-labelledby="detail-heading"
      @foip-initiative-select=${this.#onCardSelect}
    >
      ${
        category
          ? html`<p class="crumb">
              <span>${pillarLabel(pillar)} ${pillar.title[locale]}</span>
            </p>`
          : nothing
      }
      ${heading(
        level,
        'detail-heading',
        category
          ? category.title[locale]
          : html`<span class="glyph" aria-hidden="true">${pillar.glyph}</span>
              <span><span class="visually-hidden">${pillarName(pillar)} </span>${pillar.title[locale]}</span>`,
      )}
      <p part="sentence" class="sentence">
        ${
          category
            ? this.#initiatives(index.data.initiatives.filter((i) => i.category === category.id).length)
            : this.#sentence(pillar, counts.get(pillar.id)!)
        }
      </p>
      <details part="summary" class="summary">
        <summary>${msg(str`Summary of priority area ${pillar.glyph}`)}</summary>
        <p>${pillar.summary[locale]}</p>
      </details>
      ${repeat(
        groups,
        (c) => c.id,
        (c) => {
          const initiatives = index.data.initiatives.filter((i) => i.category === c.id);
          return html`<div class="group-cards">
            ${category ? nothing : heading(level + 1, `detail-${c.id}`, c.title[locale])}
            <ul class="cards" role="list" aria-labelledby=${category ? 'detail-heading' : `detail-${c.id}`}>
              ${repeat(
                initiatives,
                (i) => i.id,
                (i) =>
                  html`<li class=${i.id === this.current ? 'current' : ''}>
                    <foip-initiative-card
                      initiative=${i.id}
                      lang=${this.locale}
                      ?selected=${i.id === this.current}
                      variant="compact"
                      heading-level=${cardLevel}
                      .data=${guard([this.data], () => this.data)}
                    ></foip-initiative-card>
                  </li>`,
              )}
            </ul>
          </div>`;
        },
      )}
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'foip-pillars': FoipPillars;
  }
}
