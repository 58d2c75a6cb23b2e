/**
 * `for`: a widget follows another widget of the same document or shadow root, named by id, with no
 * script on the page. The same wiring a page's script would do with the events (the public
 * contract): listen on the source for its `foip-*-select` event and set the follower's attribute,
 * as `./follow.ts` declares. Attributes, not properties: they are what every widget parses, with its
 * own converter (the map's `country` is `''` when empty, the list's undefined).
 *
 * Added by `FoipElement` when a first `for` is given (imported then: most pages link nothing), it
 * resolves in the update that follows, when `for` changes and when the follower is connected again; torn
 * down when it is disconnected or `for` changes. An id that names no widget to follow is ignored
 * with one console warning, and the follower renders as it is; while it names nothing, the root is
 * watched for it (a source a script adds later). The order of the markup does not matter: widgets
 * are defined by a module script, which runs once the page is parsed.
 */
import type {ReactiveController, ReactiveElement} from 'lit';

import {followWarning, followedBy, followedEvent} from './follow.js';

/** The element a controller serves: its `for`. */
export type FollowHost = ReactiveElement & {for?: string};

export class FollowController implements ReactiveController {
  readonly #host: FollowHost;
  /** The `for` value last resolved; null while nothing is (before the first update, when disconnected). */
  #for: string | null = null;
  #source?: Element;
  /** The follower's attributes that follow the source. */
  #followed: string[] = [];
  /** Watches the root for the id while it names nothing. */
  #observer?: MutationObserver;
  /** The values warned about: one warning each. */
  readonly #warned = new Set<string>();

  constructor(host: FollowHost) {
    (this.#host = host).addController(this);
  }

  hostConnected(): void {
    if (this.#host.hasUpdated) this.#resolve();
  }

  hostDisconnected(): void {
    this.#unlink();
  }

  hostUpdate(): void {
    if ((this.#host.for ?? '') !== this.#for) this.#resolve();
  }

  #resolve = (): void => {
    this.#unlink();
    const host = this.#host;
    const given = (this.#for = host.for ?? '');
    const id = given.trim();
    if (!id || !host.isConnected) return;
    const root = host.getRootNode() as Document | ShadowRoot;
    const source = root.getElementById(id) ?? undefined;
    const followed = followedBy(host.localName, source?.localName);
    if (followed.length) {
      this.#source = source;
      this.#followed = followed;
      for (const attribute of followed) source!.addEventListener(followedEvent(attribute), this.#follow);
      void this.#start(source!);
      return;
    }
    if (!this.#warned.has(given)) {
      this.#warned.add(given);
      console.warn(`<${host.localName}> for="${given}" ${followWarning(host.localName, source?.localName)}`);
    }
    // A source a script adds later is followed when it comes (an element has its id before it is inserted).
    if (!source) {
      this.#observer = new MutationObserver(() => root.getElementById(id) && this.#resolve());
      this.#observer.observe(root, {childList: true, subtree: true});
    }
  };

  /** Takes the source's state as it is once it has rendered (its markup's, or a shared link's). */
  async #start(source: Element): Promise<void> {
    await customElements.whenDefined(source.localName);
    await (source as ReactiveElement).updateComplete;
    // While the source shows everything, the follower keeps what its page gave it.
    if (this.#source === source) for (const a of this.#followed) this.#set(a, source.getAttribute(a) || undefined);
  }

  #follow = (event: Event): void => {
    // The source's own event: not one of a widget inside it (a card), retargeted to it.
    if (event.composedPath()[0] !== this.#source) return;
    for (const a of this.#followed) {
      if (followedEvent(a) === event.type) this.#set(a, (event as unknown as Record<string, unknown>)[a] ?? '');
    }
  };

  /** Sets an attribute to a value, removes it for `''` (cleared), leaves it for undefined. */
  #set(attribute: string, value: unknown): void {
    if (value === '') this.#host.removeAttribute(attribute);
    else if (value !== undefined) this.#host.setAttribute(attribute, String(value));
  }

  #unlink(): void {
    for (const a of this.#followed) this.#source?.removeEventListener(followedEvent(a), this.#follow);
    this.#source = undefined;
    this.#followed = [];
    this.#observer?.disconnect();
    this.#observer = undefined;
    this.#for = null;
  }
}
