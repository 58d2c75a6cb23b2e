/**
 * Sharing a widget's view by link (`url-key`), as a Lit reactive controller: it sets the linked
 * properties from the page's address (on the first render, a new key, back and forward) and writes
 * them back in place when they change. A widget with a selection or filters attaches one:
 *
 *   protected override readonly address = new AddressController(this, ['pillar', 'country']);
 *
 * Each linked attribute is a string attribute whose property has the same name. `FoipElement` calls
 * `read()` before `willUpdate` (a subclass keeps related attributes in step there) and `vet()` with
 * the element's problem (a bad value from a link is ignored, with a warning, not shown as an error):
 * Lit gives a controller no hook at either point. The address itself is read and written by the pure
 * `./address.ts`.
 */
import type {ReactiveController, ReactiveElement} from 'lit';

import {parameterName, readAddress, writeAddress} from './address.js';
import type {Problem} from './attributes.js';

/** The element a controller serves: its `url-key`, and its linked properties by name. */
export type AddressHost = ReactiveElement & {urlKey?: string};

type Values = Record<string, string | null | undefined>;

export class AddressController implements ReactiveController {
  readonly #host: AddressHost;
  /** The attributes a shared link carries: what a reader changes (a selection, filters). */
  readonly linked: readonly string[];
  /**
   * The linked values when the address was first read (the markup's, or a framework's): what a link
   * without them leaves, and what a bad link falls back to.
   */
  #initial?: Map<string, string | null | undefined>;
  /** Linked attributes just set from the address, until vetted: a bad one is ignored, not shown. */
  #fromAddress = new Set<string>();
  /** The `url-key` whose parameters were read last: a new key reads the address again. */
  #keyRead?: string;
  /** The linked values after the last update: a write follows only a change. */
  #seen = '';
  /** Whether the element could show its input after the last `vet()`: a bad value is never written. */
  #valid = true;

  constructor(host: AddressHost, linked: readonly string[]) {
    this.#host = host;
    this.linked = linked;
    host.addController(this);
  }

  get #values(): Values {
    return this.#host as unknown as Values;
  }

  hostConnected(): void {
    window.addEventListener('popstate', this.#read);
    // Moved in the page: the address may have changed meanwhile.
    if (this.#host.hasUpdated) this.#read();
  }

  hostDisconnected(): void {
    window.removeEventListener('popstate', this.#read);
  }

  /** Called before every `willUpdate`: reads the address on the first update and for a new key. */
  read(): void {
    const key = this.#host.urlKey;
    if (key === this.#keyRead) return;
    this.#keyRead = key;
    this.#read();
  }

  #read = (): void => {
    const key = this.#host.urlKey;
    if (!key || !this.linked.length) return;
    const values = this.#values;
    // Properties, not attributes: a framework may have set them before the first render reflected them.
    this.#initial ??= new Map(this.linked.map((name) => [name, values[name]]));
    const given = readAddress(location.search, key, this.linked);
    for (const name of this.linked) {
      const value = given.has(name) ? given.get(name) : this.#initial.get(name);
      if (value === values[name]) continue;
      if (given.has(name)) this.#fromAddress.add(name);
      values[name] = value;
    }
  };

  /**
   * Called in `willUpdate` with the element's problem: while it lies in a linked attribute set from a
   * link (mistyped, from another edition, at odds with the page's own values), that value is ignored
   * with a warning and the element shows as the page set it. Returns the problem left.
   */
  vet(problem: Problem | null, find: () => Problem | null): Problem | null {
    while (problem && this.#fromAddress.size && this.linked.includes(problem.attribute)) {
      const {attribute, value, warning} = problem;
      const ignored = this.#fromAddress.has(attribute) ? [attribute] : [...this.#fromAddress];
      const key = this.#host.urlKey!;
      const parameters = ignored.map((name) => `${parameterName(key, name)}="${this.#values[name] ?? ''}"`);
      console.warn(
        `<${this.#host.localName}> url-key="${key}": ignored ${parameters.join(' ')} from the page address: ${attribute}="${value}" ${warning}`,
      );
      for (const name of ignored) {
        this.#fromAddress.delete(name);
        this.#values[name] = this.#initial?.get(name);
      }
      problem = find();
    }
    this.#fromAddress.clear();
    this.#valid = problem === null;
    return problem;
  }

  /**
   * Writes the linked values into the page's address, in place (no new history entry: the back
   * button still leaves the page), whoever changed them: the reader, or the page's own script.
   * Every value that differs from what the address says (a parameter it lacks means "as the page
   * set it"), not only the one just changed: a write the browser refused is made good by the next.
   */
  hostUpdated(): void {
    const seen = JSON.stringify(this.linked.map((name) => this.#values[name] ?? null));
    const changed = seen !== this.#seen;
    this.#seen = seen;
    const key = this.#host.urlKey;
    if (!key || !changed || !this.#valid) return;
    const given = readAddress(location.search, key, this.linked);
    const values = new Map(
      this.linked
        .map((name) => [name, this.#values[name] ?? ''] as const)
        .filter(([name, value]) => (given.get(name) ?? this.#initial?.get(name) ?? '') !== value),
    );
    if (!values.size) return;
    try {
      history.replaceState(history.state, '', writeAddress(location.href, key, values));
    } catch {
      // Browsers limit how often a page may rewrite its address (Safari: 100 times in 10 s).
    }
  }
}
