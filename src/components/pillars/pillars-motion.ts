/**
 * The measuring and moving of `<foip-pillars>`, as a Lit reactive controller: it watches the
 * element's width and type size, measures the plot or wheel and the height every title needs, and
 * moves the drawing to each new layout, at once or as a D3-timed tween, through the CSSOM and SVG
 * attributes (a strict CSP forbids `style=""` in markup). The geometry itself is pure
 * (`layout/pillars.ts`).
 */
import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {timer} from 'd3-timer';
import type {Timer} from 'd3-timer';

import {arcCentroid, arcPath} from '../../layout/pillars-arcs.js';
import type {Layout} from '../../layout/pillars-geometry.js';
import type {Structure} from '../../layout/pillars-structure.js';
import {easeCubicInOut, interpolateLayouts} from '../../layout/pillars.js';

/** How long a change of selection takes to animate, in milliseconds. */
const DURATION = 450;

/** Sizes measured from the rendered element, which the layout is computed for. */
export interface Metrics {
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

/** The titles of the element's categories or initiatives, `[key, text]`, to be measured. */
export type Titles = (kind: 'category' | 'initiative') => Iterable<readonly [string, string]>;

/** The element: a wheel when its `layout` is `radial`, else plots (neither while it shows a problem). */
type Host = ReactiveControllerHost &
  HTMLElement & {readonly renderRoot: HTMLElement | DocumentFragment; readonly layout: string};

/** Measures `<foip-pillars>` for its layout and moves its drawing to each new one. */
export class PillarsMotion implements ReactiveController {
  /** Sizes measured from the rendered element; a change updates the element. */
  metrics: Metrics = {width: 0, em: 16, x: 0, y: 0};

  readonly #host: Host;
  readonly #titles: Titles;
  #structure?: Structure;
  /** What is drawn now (mid-tween, the tween's current step). */
  #shown?: Layout;
  /** What the drawing moves to, as a key of everything it depends on. */
  #goal?: string;
  #timer?: Timer;
  #resize?: ResizeObserver;
  #frame?: number;
  /** The width and type size the titles were last measured at; unset by new titles and a problem. */
  #measuredAt?: readonly number[];
  /** Whether the sizes were last read for a wheel; unset by a resize, new titles and a problem. */
  #sizedAs?: boolean;
  /** Where titles are measured, and what tells a resize (rendered once by Lit; again after a problem). */
  #probe?: HTMLElement;

  constructor(host: Host, titles: Titles) {
    this.#host = host;
    this.#titles = titles;
    host.addController(this);
  }

  hostConnected(): void {
    // The probe spans the stage and, at rest, holds one line: its size follows the element's width
    // and the type size, never the selection. Measured in the next frame, so that re-rendering never
    // resizes an observed box within the observer's turn.
    this.#resize = new ResizeObserver(() => {
      this.#sizedAs = undefined;
      cancelAnimationFrame(this.#frame!);
      this.#frame = requestAnimationFrame(() => this.measure());
    });
    if (this.#probe) this.#resize.observe(this.#probe);
  }

  hostDisconnected(): void {
    this.#resize?.disconnect();
    cancelAnimationFrame(this.#frame!);
    this.stop();
  }

  /** Stops moving and forgets what is drawn: the next draw jumps (the element was removed, or shows a problem). */
  stop(): void {
    this.#timer?.stop();
    this.#timer = this.#shown = this.#goal = this.#sizedAs = this.#measuredAt = undefined;
  }

  /**
   * Measures the plot or wheel, and the titles when their width or type size changed, or they did
   * (`retitled`: a new language or dataset); returns true when the sizes changed, and the element
   * updates again to draw at them.
   */
  measure(retitled = false): boolean {
    const radial = this.#host.layout === 'radial';
    const root = this.#root;
    const box = root.querySelector<HTMLElement>(radial ? '.wheel' : '.plot');
    const probe = root.querySelector<HTMLElement>('.probe');
    if (!box || !probe) return false;
    if (probe !== this.#probe) {
      if (this.#probe) this.#resize?.unobserve(this.#probe);
      this.#resize?.observe((this.#probe = probe));
    }
    // Reading a size (even the type size, inside the element's size container) lays the page out,
    // which the next frame does again after this update's changes: 13 ms of a selection change's
    // first frame. A plot's width follows only the element's width and the type size (observed
    // above), the kind of drawing and the titles; the wheel's place also the legend beside it, which
    // a selection lengthens: it is read each time.
    if (retitled) this.#sizedAs = this.#measuredAt = undefined;
    if (!radial && this.#sizedAs === false) return false;
    this.#sizedAs = radial;
    const width = Math.floor(box.clientWidth);
    const em = parseFloat(getComputedStyle(box).fontSize) || 16;
    const x = radial ? box.offsetLeft : 0;
    const y = radial ? box.offsetTop : 0;
    const m = this.metrics;
    const titles = radial ? {bands: m.bands, rows: m.rows} : this.#measureTitles(probe, width, em);
    if (width === m.width && em === m.em && x === m.x && y === m.y && titles.bands === m.bands) return false;
    this.metrics = {width, em, x, y, ...titles};
    this.#host.requestUpdate();
    return true;
  }

  /**
   * Moves the drawing to `target`. `goal` names everything else the target depends on: when neither
   * it nor the size changed, neither does the drawing. A new layout kind, a rebuilt drawing
   * (`rebuilt`) or a resize alone jumps; anything else moves, unless the reader prefers reduced motion.
   */
  draw(structure: Structure, target: Layout, goal: readonly unknown[], rebuilt: boolean): void {
    if (this.metrics.width <= 0) return;
    const key = [target.layout, this.metrics.em, ...goal].join('|');
    const resized = this.#shown?.width !== target.width;
    if (key === this.#goal && !resized && !rebuilt && this.#shown) return;
    // A resize with another change, or during a transition (a page scroll bar appearing because the
    // selection made the page taller), moves with it instead of cutting it short.
    const alone = resized && key === this.#goal && this.#timer === undefined;
    const jump = rebuilt || this.#shown?.layout !== target.layout || alone;
    this.#goal = key;
    this.#structure = structure;
    this.#show(target, jump);
  }

  /** Places the tip above the node `key` (columns: cells too small for their title). */
  placeTip(key: string | null): void {
    const root = this.#root;
    const tip = root.querySelector<HTMLElement>('.tip');
    const target = key ? root.getElementById(key) : null;
    if (!tip || !target || tip.hidden) return;
    const stageEl = root.querySelector<HTMLElement>('.stage')!;
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

  get #root(): ShadowRoot {
    return this.#host.renderRoot as ShadowRoot;
  }

  /**
   * The height each title needs wrapped at the width it is drawn in: categories' in their band,
   * initiatives' in an open row. Titles are never cut off, so the layout makes room for them. Read
   * from a hidden probe that Lit renders once and never touches, and only when width, type size or
   * titles changed.
   */
  #measureTitles(probe: HTMLElement, width: number, em: number): Pick<Metrics, 'bands' | 'rows'> {
    const m = this.metrics;
    const at = this.#measuredAt;
    if (width <= 0 || (at?.[0] === width && at[1] === em)) return {bands: m.bands, rows: m.rows};
    this.#measuredAt = [width, em];
    const heights = (kind: 'category' | 'initiative') => {
      probe.className = `probe probe-${kind}`;
      // The widths of a category block and of an open row (layout: the plot's width, less the cells' padding).
      probe.style.setProperty('inline-size', `${kind === 'category' ? width : width - 10}px`);
      const out: Record<string, number> = {};
      for (const [key, text] of this.#titles(kind)) {
        probe.textContent = text;
        out[key] = probe.offsetHeight;
      }
      return out;
    };
    const titles = {bands: heights('category'), rows: heights('initiative')};
    // At rest (observed): one line across the stage.
    probe.style.removeProperty('inline-size');
    probe.textContent = 'x';
    return titles;
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

  /** Applies geometry through the CSSOM and SVG attributes. */
  #paint(layout: Layout): void {
    this.#shown = layout;
    const root = this.#root;
    const radial = layout.layout === 'radial';
    const {x: ox, y: oy} = this.metrics;
    const r = layout.width / 2;
    // A category is placed in its plot (columns) or in the stage (radial); an initiative in its
    // category, the one before it (nodes are depth first, in the layout's order too).
    const stage = {x: radial ? -ox : 0, y: radial ? -oy : 0};
    let category = stage;
    this.#structure!.nodes.forEach((node, i) => {
      const g = layout.nodes[i];
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
        const parent = node.kind === 'initiative' ? category : stage;
        const {style} = el;
        style.setProperty('left', `${g.box.x - parent.x}px`);
        style.setProperty('top', `${g.box.y - parent.y}px`);
        style.setProperty('width', `${g.box.w}px`);
        style.setProperty('height', `${g.box.h}px`);
      }
      if (node.kind === 'category') category = g.box;
      // A sector under a collapsed one is not drawn, as its tree item is not shown.
      if (radial) root.getElementById(`arc-${node.key}`)?.setAttribute('d', g.shown ? arcPath(g.arc!, r, r) : '');
    });
  }
}
