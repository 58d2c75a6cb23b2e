/**
 * Where the reader is in the picture: the tree item that takes Tab (roving tabindex), whether it
 * has keyboard focus, and the item under the mouse, pen or keyboard focus, whose title the tip or
 * the wheel's centre shows. A touch points at nothing: it activates (the element's click).
 */
import type {ReactiveControllerHost} from 'lit';

import {keyOf} from './pillars-view.js';

interface Pointed {
  focusKey: string | null;
  focusVisible: boolean;
  pointed: string | null;
}

/** Nothing to do on connect or update: the element's events and its render read and set it. */
export class Pointing implements Pointed {
  /** The tree item that takes Tab. */
  focusKey: string | null = null;
  /** Whether `focusKey` has visible (keyboard) focus: the wheel rings its sector. */
  focusVisible = false;
  /** The node under the pointer or keyboard focus. */
  pointed: string | null = null;

  readonly #host: ReactiveControllerHost & {readonly renderRoot: Node};

  constructor(host: ReactiveControllerHost & {readonly renderRoot: Node}) {
    this.#host = host;
  }

  /** Sets what changed and renders again if anything did. */
  set(next: Partial<Pointed>): void {
    for (const key in next) {
      if (this[key as keyof Pointed] === next[key as keyof Pointed]) continue;
      Object.assign(this, next);
      this.#host.requestUpdate();
      return;
    }
  }

  readonly pointerOver = (event: PointerEvent): void => {
    if (event.pointerType !== 'touch') this.set({pointed: keyOf(event)});
  };

  readonly pointerLeave = (): void => {
    this.set({pointed: this.focusVisible ? this.focusKey : null});
  };

  readonly focusIn = (event: FocusEvent): void => {
    const item = (event.target as Element).closest?.('[role=treeitem]');
    if (!item) return;
    const focusVisible = item.matches(':focus-visible');
    this.set({focusKey: item.id, focusVisible, pointed: focusVisible ? item.id : this.pointed});
  };

  readonly focusOut = (event: FocusEvent): void => {
    const to = event.relatedTarget as Node | null;
    if (!to || !this.#host.renderRoot.contains(to)) this.set({focusVisible: false, pointed: null});
  };
}
