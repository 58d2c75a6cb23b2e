/**
 * When and at what size the map can draw: its frame's width (ResizeObserver), whether it is near
 * the viewport (IntersectionObserver), a web font arriving, and printing (which opens its summary
 * and draws it whole).
 */
import type {ReactiveController, ReactiveElement} from 'lit';

/** What the element does when its frame is measured, comes near, or its fonts change. */
export interface Visibility {
  /** The frame was measured (after layout). */
  resized(width: number): void;
  /** The frame is within a screen of the viewport, or is printed or pictured: markers and names may be drawn. */
  near(): void;
  /** A web font arrived: names measured in its fallback may now overlap. */
  fontsLoaded(event: Event): void;
}

export class VisibilityController implements ReactiveController {
  readonly #host: ReactiveElement;
  readonly #visibility: Visibility;
  #resize?: ResizeObserver;
  /** The frame `#resize` watches (a bad-input message replaces it). */
  #observed?: Element;
  #near?: IntersectionObserver;
  /** Whether the summary was open before printing opened it. */
  #openBeforePrint?: boolean;
  /** The frame's width, 0 before the first measurement or out of the page. */
  width = 0;
  /** Whether the frame has come near (or been printed): watched no more. */
  #wasNear = false;

  constructor(host: ReactiveElement, visibility: Visibility) {
    this.#host = host;
    this.#visibility = visibility;
    host.addController(this);
  }

  hostConnected(): void {
    this.#resize ??= new ResizeObserver(([entry]) => {
      this.width = entry.contentRect.width;
      if (this.width > 0 && !this.#wasNear) this.#drawWhenNear(entry.target);
      this.#visibility.resized(this.width);
    });
    // Moved in the page (a framework reordering, a tab): observe the frame again, as after a render.
    if (this.#host.hasUpdated) this.#observeFrame();
    document.fonts?.addEventListener('loadingdone', this.#visibility.fontsLoaded);
    window.addEventListener('beforeprint', this.#onBeforePrint);
    window.addEventListener('afterprint', this.#onAfterPrint);
  }

  hostDisconnected(): void {
    this.#resize?.disconnect();
    this.#observed = undefined;
    this.#near?.disconnect();
    document.fonts?.removeEventListener('loadingdone', this.#visibility.fontsLoaded);
    window.removeEventListener('beforeprint', this.#onBeforePrint);
    window.removeEventListener('afterprint', this.#onAfterPrint);
  }

  hostUpdated(): void {
    this.#observeFrame();
  }

  /** Draws now (near, printed, pictured) if the frame has a width; whether that changed anything. */
  drawNow(): boolean {
    if (this.#wasNear || this.width === 0) return false;
    this.#wasNear = true;
    this.#near?.disconnect();
    this.#visibility.near();
    return true;
  }

  /**
   * Lazy work below the fold: a map within a screen of the viewport draws its markers and names at
   * once; one further away when it is scrolled that near (its SVG is not rendered there either:
   * content-visibility). Its options are there from the start: screen readers lose nothing.
   */
  #drawWhenNear(frame: Element): void {
    // Called by the ResizeObserver, after layout: reading the box here costs nothing more.
    const {top, bottom, left, right} = frame.getBoundingClientRect();
    if (bottom > -innerHeight && top < 2 * innerHeight && right > -innerWidth && left < 2 * innerWidth) {
      this.drawNow();
      return;
    }
    this.#near ??= new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) this.drawNow();
      },
      {rootMargin: '100%'},
    );
    // One frame at a time: a bad-input message may have replaced the last one.
    this.#near.disconnect();
    this.#near.observe(frame);
  }

  /**
   * Watches the frame's width. A bad-input message replaces the frame: the old one is let go, or its
   * 0 px, reported with the new frame's width, could be taken for it.
   */
  #observeFrame(): void {
    const frame = this.#host.renderRoot.querySelector('.frame') ?? undefined;
    if (!this.#resize || frame === this.#observed) return;
    if (this.#observed) this.#resize.unobserve(this.#observed);
    if (frame) this.#resize.observe(frame);
    this.#observed = frame;
  }

  /** A printed map has its summary: a closed `<details>` prints closed, and no print rule opens it. */
  #onBeforePrint = (): void => {
    // Paper has no fold: a map not yet scrolled near prints with its markers and names.
    this.drawNow();
    const about = this.#host.renderRoot.querySelector<HTMLDetailsElement>('details.about');
    if (!about) return;
    this.#openBeforePrint = about.open;
    about.open = true;
  };

  #onAfterPrint = (): void => {
    const about = this.#host.renderRoot.querySelector<HTMLDetailsElement>('details.about');
    if (about && this.#openBeforePrint === false) about.open = false;
    this.#openBeforePrint = undefined;
  };
}
