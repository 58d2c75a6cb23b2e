/**
 * `for`: a widget follows another widget of the same document or shadow root, named by id, with no
 * script on the page. The same wiring a page's script would do with the events (the public
 * contract): listen on the source for its `foip-*` event and set the follower's attribute, as
 * `./follow.ts` declares. Attributes, not properties: they are what every widget parses, with its
 * own converter (the map's `country` is `''` when empty, the list's undefined).
 *
 * Resolved on the first update, when `for` changes and when the follower is connected again;
 * torn down when it is disconnected or `for` changes. An id that names nothing yet is watched for
 * (a follower above its source while the page is parsed, or a source a script adds later); one that
 * names no widget to follow is ignored with one console warning, and the follower renders as it is.
 */
import type {ReactiveController, ReactiveElement} from 'lit';

import {followedValue, resolveFollow} from './follow.js';
import type {Link} from './follow.js';

/** The element a controller serves: its `for`. */
export type FollowHost = ReactiveElement & {for?: string};

export class FollowController implements ReactiveController {
  readonly #host: FollowHost;
  /** The `for` value last resolved; null while nothing is resolved (before the first update, when disconnected). */
  #for: string | null = null;
  #source?: Element;
  #links: readonly Link[] = [];
  /** Watches the root for the id while it names nothing. */
  #observer?: MutationObserver;
  /** The values warned about: one warning each. */
  readonly #warned = new Set<string>();

  constructor(host: FollowHost) {
    this.#host = host;
    host.addController(this);
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
    const given = host.for ?? '';
    const id = given.trim();
    this.#for = given;
    if (!id || !host.isConnected) return;
    const root = host.getRootNode() as Document | ShadowRoot;
    const source = root.getElementById(id);
    const resolved = resolveFollow(host.localName, source?.localName ?? null);
    if ('links' in resolved) return this.#link(source!, resolved.links);
    if (source) return this.#warn(given, resolved.warning);
    this.#observer = new MutationObserver(() => {
      if (root.getElementById(id)) this.#resolve();
    });
    this.#observer.observe(root, {childList: true, subtree: true, attributes: true, attributeFilter: ['id']});
    // While the page is parsed, the source may yet come (a follower above it, a classic script).
    if (document.readyState !== 'loading') return this.#warn(given, resolved.warning);
    document.addEventListener(
      'DOMContentLoaded',
      () => this.#for === given && this.#observer && this.#warn(given, resolved.warning),
      {once: true},
    );
  };

  #link(source: Element, links: readonly Link[]): void {
    this.#source = source;
    this.#links = links;
    for (const {event} of links) source.addEventListener(event, this.#follow);
    void this.#start(source);
  }

  /** Takes the source's state as it is once it has rendered (its markup's, or a shared link's). */
  async #start(source: Element): Promise<void> {
    await customElements.whenDefined(source.localName);
    await (source as ReactiveElement).updateComplete;
    if (this.#source !== source) return;
    for (const {attribute} of this.#links) {
      const value = source.getAttribute(attribute);
      // While the source shows everything, the follower keeps what its page gave it.
      if (value) this.#set(attribute, value);
    }
  }

  #follow = (event: Event): void => {
    // The source's own event: not one of a widget inside it (a card), retargeted to it.
    if (event.composedPath()[0] !== this.#source) return;
    for (const {event: type, attribute} of this.#links) {
      if (type === event.type) this.#set(attribute, followedValue(event, attribute));
    }
  };

  #set(attribute: string, value: string | null): void {
    if (value === null) this.#host.removeAttribute(attribute);
    else this.#host.setAttribute(attribute, value);
  }

  #unlink(): void {
    for (const {event} of this.#links) this.#source?.removeEventListener(event, this.#follow);
    this.#source = undefined;
    this.#links = [];
    this.#observer?.disconnect();
    this.#observer = undefined;
    this.#for = null;
  }

  #warn(given: string, warning: string): void {
    if (this.#warned.has(given)) return;
    this.#warned.add(given);
    console.warn(`<${this.#host.localName}> for="${given}" ${warning}`);
  }
}
