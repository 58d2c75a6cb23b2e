/**
 * The map's viewport: zoom (buttons, keys, wheel, pinch) and pan (keys, drag). The view box itself
 * is the element's state; this controller moves it within the view's bounds.
 */
import type {ReactiveController, ReactiveControllerHost} from 'lit';

import {planarMap} from '../../geo/generated/map.js';
import type {ViewBox} from '../../geo/planar.js';
import {clampBox, contains, frame, pan, rebase, zoomAt, zoomOf} from '../../geo/view.js';

type Point = readonly [number, number];

/** How far (CSS px) a pressed pointer moves before it drags the map rather than clicks. */
const DRAG_SLOP = 4;

/** What the viewport reads and moves on its element. */
export interface Viewport {
  box: ViewBox;
  /** The whole view (zoom 1). */
  readonly base: ViewBox;
  readonly svg: SVGSVGElement | undefined;
}

export class ViewportController implements ReactiveController {
  hostConnected(): void {}

  readonly #view: Viewport;
  readonly #pointers = new Map<number, {x: number; y: number; x0: number; y0: number}>();

  constructor(host: ReactiveControllerHost, view: Viewport) {
    this.#view = view;
    host.addController(this);
  }

  /** Whether a pointer is pressed on the map (a press, not the keyboard, focused it). */
  get pressed(): boolean {
    return this.#pointers.size > 0;
  }

  /** How far in the map is zoomed: 1 is the whole view. */
  get zoom(): number {
    return zoomOf(this.#view.base, this.#view.box);
  }

  #clamp(box: ViewBox): ViewBox {
    return clampBox(box, this.#view.base, [planarMap.width, planarMap.height]);
  }

  zoomBy(factor: number, about?: Point): void {
    const view = this.#view;
    const [x, y, w, h] = view.box;
    const next = this.#clamp(zoomAt(view.box, factor, about ?? [x + w / 2, y + h / 2]));
    // At a limit the zoom stays; the box must not move either (zooming out about a point at 1× would pan).
    if (Math.abs(next[2] - w) > 1e-9) view.box = next;
  }

  reset(): void {
    this.#view.box = this.#view.base;
  }

  /** Shows a box of the plane (a preselected country's), zoomed in 3× at most. */
  frame(bounds: readonly [number, number, number, number]): void {
    this.#view.box = this.#clamp(frame(bounds, this.#view.base, 3));
  }

  /** The whole view changed from `from` (across NARROW_MAP): what the map shows stays framed. */
  rebase(from: ViewBox): void {
    this.#view.box = rebase(this.#view.box, from, this.#view.base, [planarMap.width, planarMap.height]);
  }

  /** Pans by a fraction of the view's size in each direction. */
  panBy(fx: number, fy: number): void {
    const {box} = this.#view;
    this.#view.box = this.#clamp(pan(box, box[2] * fx, box[3] * fy));
  }

  /** Keeps a point in view when zoomed: centres it if it is off-screen. */
  keepInView([x, y]: Point): void {
    const {box} = this.#view;
    if (!contains(box, [x, y])) this.#view.box = this.#clamp([x - box[2] / 2, y - box[3] / 2, box[2], box[3]]);
  }

  #toPlane(clientX: number, clientY: number): [number, number] {
    const rect = this.#view.svg!.getBoundingClientRect();
    const [x, y, w, h] = this.#view.box;
    return [x + ((clientX - rect.left) / rect.width) * w, y + ((clientY - rect.top) / rect.height) * h];
  }

  onWheel = (event: WheelEvent): void => {
    event.preventDefault();
    this.zoomBy(event.deltaY < 0 ? 1.25 : 0.8, this.#toPlane(event.clientX, event.clientY));
  };

  /** One pointer drags the map (when zoomed); two pinch it. Dragging is never the only way (2.5.7). */
  onPointerDown = (event: PointerEvent): void => {
    if (event.pointerType === 'mouse' && event.button !== 0) return;
    // No pointer capture yet: it would retarget the click to the svg, and a click must select the country.
    const {clientX: x, clientY: y} = event;
    this.#pointers.set(event.pointerId, {x, y, x0: x, y0: y});
  };

  onPointerMove = (event: PointerEvent): void => {
    const last = this.#pointers.get(event.pointerId);
    if (!last) return;
    const svg = event.currentTarget as Element;
    if (!svg.hasPointerCapture?.(event.pointerId)) {
      if (Math.hypot(event.clientX - last.x0, event.clientY - last.y0) < DRAG_SLOP) return;
      // A drag: the map follows the pointer even outside it, and the release is no click on a country.
      svg.setPointerCapture?.(event.pointerId);
    }
    const view = this.#view;
    const unitsPerPx = view.box[2] / view.svg!.getBoundingClientRect().width;
    if (this.#pointers.size === 1 && this.zoom > 1.001) {
      view.box = this.#clamp(
        pan(view.box, -(event.clientX - last.x) * unitsPerPx, -(event.clientY - last.y) * unitsPerPx),
      );
    } else if (this.#pointers.size === 2) {
      const [other] = [...this.#pointers].filter(([id]) => id !== event.pointerId).map(([, p]) => p);
      const before = Math.hypot(last.x - other.x, last.y - other.y);
      const after = Math.hypot(event.clientX - other.x, event.clientY - other.y);
      if (before > 0)
        this.zoomBy(after / before, this.#toPlane((event.clientX + other.x) / 2, (event.clientY + other.y) / 2));
    }
    this.#pointers.set(event.pointerId, {...last, x: event.clientX, y: event.clientY});
  };

  onPointerUp = (event: PointerEvent): void => {
    this.#pointers.delete(event.pointerId);
  };
}
