/**
 * Keeps the list's cards to those in view (issue 19): measures where each section's list of cards
 * is in the viewport, how many columns its grid has and how tall a row is, and asks the element to
 * draw again when the rows in view (src/layout/list-window.ts) change, on scroll, resize or a new
 * filter. It also holds the record the keyboard is on (one tab stop; arrows, Home and End move it)
 * and keeps that record's row drawn, so focus is never lost by scrolling away; and each list's first
 * record, so every list is in the accessibility tree with its size (`aria-setsize`).
 *
 * Find-in-page: a record out of view is not in the page, so the browser's find does not reach it.
 * Its text could stand in `hidden="until-found"` placeholders, but those are a node per record,
 * built again on every filter change (the cost this issue removes), and Firefox ESR has no such
 * attribute; the list's search box finds in both languages and in full- and half-width forms,
 * which find-in-page does not, and the count says how many it found. Below WINDOW_FROM records
 * every card is in the page, as before, and find-in-page finds them all.
 */
import type {ReactiveController, ReactiveControllerHost} from 'lit';

import {move, rowCount, rowsHeight, rowsInView, segments} from '../../layout/list-window.js';
import type {Position, RowGeometry, Segment} from '../../layout/list-window.js';

type Host = ReactiveControllerHost & HTMLElement & {readonly renderRoot: ParentNode};

/** Before anything is measured: one column of cards about 12rem tall, 0.75rem apart. */
const GUESS: RowGeometry = {columns: 1, rowHeight: 192, gap: 12};
/** A heading's height before measuring, px: for the first guess of where each section is. */
const HEADING = 40;

export class WindowController implements ReactiveController {
  readonly #host: Host;
  #windowed = false;
  /** On: the dataset is large enough to draw only what is in view (`WINDOW_FROM`). */
  get windowed(): boolean {
    return this.#windowed;
  }
  set windowed(on: boolean) {
    if (on === this.#windowed) return;
    this.#windowed = on;
    // Observed only when windowed: the list's height changes with every filter, and an observer on
    // it, beside a map's whose callback updates a linked list, made Firefox report a
    // ResizeObserver loop on pages of the bundled data (test/browser/follow.test.ts).
    if (on && this.#host.isConnected) this.#resize?.observe(this.#host);
    else this.#resize?.unobserve(this.#host);
  }
  #sizes: readonly number[] = [];
  #geometry = GUESS;
  /** Per section, the rows in view; none measured yet: guessed from the sections' order. */
  #ranges: [number, number][] | undefined;
  /** The record the keyboard is on: its row is always drawn, and it is the one tab stop. */
  current: Position = {section: 0, index: 0};
  #frame = 0;
  /** The record just moved to (`go`): kept in view until the rows around it are drawn and measured. */
  #reveal?: HTMLElement;
  #tries = 0;
  /** The rows measured so far at this width: a mean over all of them, so it settles as the reader scrolls. */
  #measured = {width: 0, columns: 0, height: 0, rows: 0};
  /** Where the first list starts below the element's top, and the space between lists (headings), as last measured. */
  #offsets = {first: HEADING, between: 2 * HEADING};
  /**
   * Rows drawn beyond either edge of the viewport: none for a first draw or a new filter, so the
   * reader waits for the cards in view only; then half a screen, drawn after that paint, so a scroll
   * meets rows already drawn.
   */
  #overscan = 0;
  #resize?: ResizeObserver;
  readonly #schedule = () => {
    if (this.windowed && !this.#frame) this.#frame = requestAnimationFrame(() => this.#measure());
  };

  constructor(host: Host) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {
    // Any scroller: the page, or a box around the list (capture: scroll events do not bubble).
    document.addEventListener('scroll', this.#schedule, {capture: true, passive: true});
    window.addEventListener('resize', this.#schedule, {passive: true});
    this.#resize = new ResizeObserver(this.#schedule);
    if (this.#windowed) this.#resize.observe(this.#host);
  }

  hostDisconnected(): void {
    document.removeEventListener('scroll', this.#schedule, {capture: true});
    window.removeEventListener('resize', this.#schedule);
    this.#resize?.disconnect();
    cancelAnimationFrame(this.#frame);
    this.#frame = 0;
  }

  hostUpdated(): void {
    // Rows drawn around the record moved to stand where a spacer guessed their height: bring it back into view.
    if (this.#reveal?.isConnected) this.#reveal.scrollIntoView({block: 'nearest'});
    this.#schedule();
  }

  /** Cards per row, as drawn (or guessed). */
  get columns(): number {
    return this.#geometry.columns;
  }

  /** The sections' sizes (records), in display order: set on every render; a new filter starts at the top. */
  set sizes(sizes: readonly number[]) {
    if (sizes.length === this.#sizes.length && sizes.every((s, n) => s === this.#sizes[n])) return;
    this.#sizes = sizes;
    this.#ranges = undefined;
    this.#overscan = 0;
    const first = sizes.findIndex((s) => s > 0);
    this.current = {section: Math.max(0, first), index: 0};
  }

  /** What section `n` draws: every record below WINDOW_FROM; else the rows in view, its first record and the current one. */
  segments(n: number): Segment[] {
    const size = this.#sizes[n] ?? 0;
    if (!this.windowed) return [{from: 0, to: size}];
    const range = (this.#ranges ??= this.#guess())[n] ?? [0, 0];
    // Each list's first record too: a screen reader reading on meets every list, its size and its first record.
    const pinned = this.current.section === n ? [0, this.current.index] : [0];
    return segments(size, this.columns, range, pinned);
  }

  /** The height of `rows` rows not drawn, gaps within included. */
  spacer(rows: number): number {
    return rowsHeight(rows, this.#geometry);
  }

  /** Moves to where `key` goes from `at`: draws the record, focuses and scrolls it into view. Whether it moved. */
  async go(key: string, at: Position): Promise<boolean> {
    const to = move(key, at, this.#sizes);
    if (!to) return false;
    this.current = to;
    this.#host.requestUpdate();
    await this.#host.updateComplete;
    const row = this.#host.renderRoot.querySelector<HTMLElement>(
      `li[data-section="${to.section}"][data-index="${to.index}"]`,
    );
    row?.focus({preventScroll: true});
    row?.scrollIntoView({block: 'nearest'});
    this.#reveal = row ?? undefined;
    this.#tries = 0;
    return true;
  }

  /** The reader focused a record (Tab, a click): it becomes the tab stop. */
  focused(at: Position): void {
    if (at.section === this.current.section && at.index === this.current.index) return;
    this.current = at;
    this.#host.requestUpdate();
  }

  /** Before any measure: the sections stacked from the element's top, each under a heading. */
  #guess(): [number, number][] {
    const box = this.#host.getBoundingClientRect();
    let top = box.top + this.#offsets.first;
    if (!this.#measured.rows) {
      // The grid's columns as its style makes them: cards at least 16rem wide, 0.75rem apart.
      const rem = parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
      const columns = Math.max(1, Math.floor((box.width + 0.75 * rem) / (16.75 * rem)));
      this.#geometry = {...this.#geometry, columns};
    }
    return this.#sizes.map((size) => {
      const rows = rowCount(size, this.columns);
      const range = rowsInView(rows, top, innerHeight, this.#overscan, this.#geometry);
      top += rowsHeight(rows, this.#geometry) + this.#offsets.between;
      return range;
    });
  }

  #measure(): void {
    this.#frame = 0;
    const lists = [...this.#host.renderRoot.querySelectorAll<HTMLElement>('ul[data-section]')];
    if (!lists.length) return;
    const geometry = this.#geometryOf(lists);
    const ranges: [number, number][] = this.#sizes.map(() => [0, 0]);
    const boxes = lists.map((ul) => ul.getBoundingClientRect());
    for (const [at, ul] of lists.entries()) {
      const n = Number(ul.dataset.section);
      const rows = rowCount(this.#sizes[n] ?? 0, geometry.columns);
      ranges[n] = rowsInView(rows, boxes[at].top, innerHeight, this.#overscan, geometry);
    }
    // For the next guess (a new filter): where lists start, and what stands between them.
    const gaps = boxes.slice(1).map((b, at) => b.top - boxes[at].bottom);
    this.#offsets = {
      first: boxes[0].top - this.#host.getBoundingClientRect().top,
      between: gaps.length ? gaps.reduce((a, b) => a + b) / gaps.length : this.#offsets.between,
    };
    const same = (a: readonly number[], b: readonly number[]) => a[0] === b[0] && a[1] === b[1];
    const changed =
      geometry.columns !== this.#geometry.columns ||
      Math.abs(geometry.rowHeight - this.#geometry.rowHeight) >= 1 ||
      !this.#ranges ||
      ranges.some((r, n) => !same(r, this.#ranges![n] ?? [0, 0]));
    this.#geometry = geometry;
    this.#ranges = ranges;
    if (changed) this.#host.requestUpdate();
    this.#keepInView(changed);
    if (!this.#overscan) {
      // After this frame's paint: the overscan.
      setTimeout(() => {
        this.#overscan = innerHeight / 2;
        this.#schedule();
      });
    }
  }

  /**
   * The record moved to, kept in view while the rows around it are drawn, then their cards (each in
   * its own update), and grow from a spacer's guess to their height; let go once it stays in view,
   * after a few tries at most, so it never fights the reader's scrolling.
   */
  #keepInView(changed: boolean): void {
    const row = this.#reveal;
    if (!row) return;
    const {top, bottom} = row.getBoundingClientRect();
    const inView = top >= -1 && bottom <= innerHeight + 1;
    // Settled: drawn with its overscan too, and nothing moved it since.
    if (!row.isConnected || (inView && !changed && this.#overscan) || ++this.#tries > 10) {
      this.#reveal = undefined;
      return;
    }
    if (!inView) row.scrollIntoView({block: 'nearest'});
    this.#schedule();
  }

  /** Columns and gap from the grid as styled; a row's height, the mean of the rows drawn. */
  #geometryOf(lists: readonly HTMLElement[]): RowGeometry {
    const style = getComputedStyle(lists[0]);
    const columns = Math.max(1, style.gridTemplateColumns.split(' ').filter(Boolean).length);
    const gap = parseFloat(style.rowGap) || 0;
    const width = lists[0].clientWidth;
    const m = this.#measured;
    if (m.width !== width || m.columns !== columns) Object.assign(m, {width, columns, height: 0, rows: 0});
    for (const ul of lists) {
      // The first card of each row drawn: stretched, it is as tall as its row.
      for (const li of ul.querySelectorAll<HTMLElement>(':scope > li[data-index]')) {
        if (Number(li.dataset.index) % columns !== 0) continue;
        m.height += li.getBoundingClientRect().height;
        m.rows++;
      }
    }
    return {columns, gap, rowHeight: m.rows ? m.height / m.rows : this.#geometry.rowHeight};
  }
}
