/**
 * The base of every foip-* element: locale, theme, the optional `data` override and the
 * convention for bad input (a localized message in the element, one console warning naming
 * the attribute and the value, never an exception). Subclasses render content in
 * `renderContent()` and report bad attributes from `inputProblem()`.
 */
import {LitElement, html} from 'lit';
import type {PropertyValues, TemplateResult} from 'lit';
import {property, state} from 'lit/decorators.js';

import {DatasetIndex} from '../data/queries.js';
import type {Locale} from '../data/types.js';
import {validateDataset} from '../data/validate.js';
import type {ValidationIssue} from '../data/validate.js';
import {observeLang, resolveLocale} from '../i18n/locale.js';
import {parameterName, readAddress, writeAddress} from './address.js';
import {parseOption} from './attributes.js';
import type {Problem} from './attributes.js';
import {msg, str, withLocale} from '../i18n/msg.js';
import {themeStyles} from './theme.styles.js';

export const THEMES = ['auto', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

export type {Problem} from './attributes.js';

/**
 * Validation and indexing of a `data` override, once per object: a list hands its override to
 * every card it renders, and they share one index instead of validating it again each.
 */
const checked = new WeakMap<object, DatasetIndex | ValidationIssue[]>();
function checkData(value: unknown): DatasetIndex | ValidationIssue[] {
  if (typeof value !== 'object' || value === null) return validateDataset(value);
  let result = checked.get(value);
  if (result === undefined) {
    const issues = validateDataset(value);
    result = issues.length ? issues : new DatasetIndex(value as DatasetIndex['data']);
    checked.set(value, result);
  }
  return result;
}

/**
 * @attribute lang - `ja` or `en`. When absent the element follows its nearest ancestor's `lang`, then `<html lang>`, then English; it re-renders when any of them changes.
 */
export abstract class FoipElement extends LitElement {
  static override styles = [themeStyles];

  /** Colour scheme: `auto` follows the page's `color-scheme`; `light` or `dark` force one. */
  @property({reflect: true}) theme: Theme = 'auto';

  /**
   * @internal The key of the element's state in the page's address (`url-key`), documented on each
   * element that has `linked` attributes.
   */
  @property({attribute: 'url-key', reflect: true}) urlKey?: string;

  /**
   * @internal The attributes a shared link carries: what a reader changes (a selection, filters).
   * Each is an attribute whose property has the same name.
   */
  static linked: readonly string[] = [];

  /** @internal The language the element speaks now: its `lang`, the nearest ancestor's, `<html lang>`, else `en`. */
  @state() protected locale: Locale = 'en';

  /** @internal Set in `willUpdate` when the input cannot be shown. */
  protected problem: Problem | null = null;

  /**
   * @internal The bundled edition this element shows when no `data` is given. Each element class
   * names its own, so the map can ship without the long texts it never shows.
   */
  static bundled: () => DatasetIndex;

  #data: unknown;
  #index: DatasetIndex = (this.constructor as typeof FoipElement).bundled();
  #dataProblem: Problem | null = null;
  #warned = new Set<string>();
  #unobserveLang?: () => void;
  /**
   * The linked values when the address was first read (the markup's, or a framework's): what a link
   * without them leaves, and what a bad link falls back to.
   */
  #initial?: Map<string, string | null | undefined>;
  /** Linked attributes just set from the address, until checked: a bad one is ignored, not shown. */
  #fromAddress = new Set<string>();

  /**
   * A dataset in the shape of `foip-widgets/data/foip.json` to show instead of the bundled
   * edition (a newer edition, or a partner's own records). It is validated; invalid data shows
   * a message naming the first problem.
   */
  get data(): unknown {
    return this.#data;
  }
  set data(value: unknown) {
    const old = this.#data;
    this.#data = value;
    if (value === undefined || value === null) {
      this.#index = (this.constructor as typeof FoipElement).bundled();
      this.#dataProblem = null;
    } else {
      const checked = checkData(value);
      if (checked instanceof DatasetIndex) {
        this.#index = checked;
        this.#dataProblem = null;
      } else {
        const [first] = checked;
        const where = `${first.path}: ${first.message}`;
        this.#dataProblem = {
          attribute: 'data',
          value: where,
          message: () => msg(str`The data given to this widget is not a valid FOIP dataset (${where}).`),
          warning: `is not a valid FOIP dataset: ${checked.length} problem(s), first ${where}`,
        };
      }
    }
    this.requestUpdate('data', old);
  }

  /** @internal Queries over the dataset on show: the bundled edition or the `data` override. */
  protected get index(): DatasetIndex {
    return this.#index;
  }

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang') this.#updateLocale();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#updateLocale();
    this.#unobserveLang = observeLang(() => this.#updateLocale());
    window.addEventListener('popstate', this.#readAddress);
    // Moved in the page: the address may have changed meanwhile.
    if (this.hasUpdated) this.#readAddress();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#unobserveLang?.();
    this.#unobserveLang = undefined;
    window.removeEventListener('popstate', this.#readAddress);
  }

  /** The linked attributes' properties, by name (each linked attribute's property has its name). */
  get #linkedValues(): Record<string, string | null | undefined> {
    return this as unknown as Record<string, string | null | undefined>;
  }

  /** The `url-key` whose parameters were read last: a new key reads the address again. */
  #keyRead?: string;

  /** Sets the linked properties from the page's address (on the first render, a new key, back and forward). */
  #readAddress = (): void => {
    const {linked} = this.constructor as typeof FoipElement;
    if (!this.urlKey || !linked.length) return;
    const values = this.#linkedValues;
    // Properties, not attributes: a framework may have set them before the first render reflected them.
    this.#initial ??= new Map(linked.map((name) => [name, values[name]]));
    const given = readAddress(location.search, this.urlKey, linked);
    for (const name of linked) {
      const value = given.has(name) ? given.get(name) : this.#initial.get(name);
      if (value === values[name]) continue;
      if (given.has(name)) this.#fromAddress.add(name);
      values[name] = value;
    }
  };

  /**
   * Writes the linked values into the page's address, in place (no new history entry: the back
   * button still leaves the page), whoever changed them: the reader, or the page's own script.
   * Every value that differs from what the address says (a parameter it lacks means "as the page
   * set it"), not only the one just changed: a write the browser refused is made good by the next.
   */
  #writeAddress(changed: PropertyValues): void {
    const key = this.urlKey;
    const {linked} = this.constructor as typeof FoipElement;
    if (!key || !linked.length || this.problem || !linked.some((name) => changed.has(name))) return;
    const given = readAddress(location.search, key, linked);
    const values = new Map(
      linked
        .map((name) => [name, this.#linkedValues[name] ?? ''] as const)
        .filter(([name, value]) => (given.get(name) ?? this.#initial?.get(name) ?? '') !== value),
    );
    if (!values.size) return;
    try {
      history.replaceState(history.state, '', writeAddress(location.href, key, values));
    } catch {
      // Browsers limit how often a page may rewrite its address (Safari: 100 times in 10 s).
    }
  }

  #updateLocale(): void {
    if (this.isConnected) this.locale = resolveLocale(this);
  }

  /** @internal Subclasses report bad attributes here; called before every render. */
  protected inputProblem(): Problem | null {
    return null;
  }

  /** The address before any `willUpdate`: a subclass keeps related attributes in step there. */
  protected override performUpdate(): void {
    if (this.urlKey !== this.#keyRead) {
      this.#keyRead = this.urlKey;
      this.#readAddress();
    }
    super.performUpdate();
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    this.problem = this.#findProblem();
    // A bad link (mistyped, from another edition, at odds with the page's own values) is ignored:
    // the widget shows as the page set it, never an error box for a reader's link.
    const {linked} = this.constructor as typeof FoipElement;
    while (this.problem && this.#fromAddress.size && linked.includes(this.problem.attribute)) {
      const {attribute, value, warning} = this.problem;
      const ignored = this.#fromAddress.has(attribute) ? [attribute] : [...this.#fromAddress];
      const parameters = ignored.map(
        (name) => `${parameterName(this.urlKey!, name)}="${this.#linkedValues[name] ?? ''}"`,
      );
      console.warn(
        `<${this.localName}> url-key="${this.urlKey}": ignored ${parameters.join(' ')} from the page address: ${attribute}="${value}" ${warning}`,
      );
      for (const name of ignored) {
        this.#fromAddress.delete(name);
        this.#linkedValues[name] = this.#initial?.get(name);
      }
      this.problem = this.#findProblem();
    }
    this.#fromAddress.clear();
    if (this.problem) this.#warnOnce(this.problem);
  }

  #findProblem(): Problem | null {
    return this.#dataProblem ?? this.#themeProblem() ?? this.inputProblem();
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.#writeAddress(changed);
  }

  #themeProblem(): Problem | null {
    return parseOption(this.theme, THEMES, 'theme').problem;
  }

  #warnOnce(problem: Problem): void {
    const key = `${problem.attribute}\u0000${problem.value}`;
    if (this.#warned.has(key)) return;
    this.#warned.add(key);
    console.warn(`<${this.localName}> ${problem.attribute}="${problem.value}" ${problem.warning}`);
  }

  /** Renders in the element's own locale: see `src/i18n/msg.ts` for why. */
  protected override update(changed: PropertyValues): void {
    withLocale(this.locale, () => super.update(changed));
  }

  protected override render(): TemplateResult {
    return this.problem ? this.renderProblem(this.problem) : this.renderContent();
  }

  /** @internal What the element shows when its input is valid. */
  protected abstract renderContent(): TemplateResult;

  /** @internal The bad-input message: in the page flow, so the rest of the page keeps working. */
  protected renderProblem(problem: Problem): TemplateResult {
    return html`<div class="problem" part="problem" role="note" lang=${this.locale}>
      <strong>${msg('This FOIP widget cannot be shown.')}</strong>
      ${problem.message()}
    </div>`;
  }
}
