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
import type {ValidationIssue} from '../data/validate.js';
import {observeLang, resolveLocale} from '../i18n/locale.js';
import type {AddressController} from './address-controller.js';
import {parseOption} from './problem.js';
import type {Problem} from './problem.js';
import {japaneseReady, msg, str, withLocale} from '../i18n/msg.js';
import {themeStyles} from './theme.styles.js';

export const THEMES = ['auto', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

export type {Problem} from './problem.js';

/** The validator did not load (blocked, offline, a chunk missing from the copied folder). */
interface Unchecked {
  readonly unchecked: unknown;
}
type Checked = DatasetIndex | ValidationIssue[] | Unchecked;

/**
 * Validation and indexing of a `data` override, once per object: a list hands its override to
 * every card it renders, and they share one index instead of validating it again each. The
 * validator is imported when a first override arrives: most pages never give one, and the loader's
 * pages then never fetch it (3 kB). If it fails to load, the data is not shown unchecked: the
 * element reports it (`#accept`), and the failure is not remembered, so a later assignment tries again.
 */
const checked = new WeakMap<object, Promise<Checked>>();
async function validate(value: unknown): Promise<Checked> {
  try {
    const {validateDataset} = await import('../data/validate.js');
    const issues = validateDataset(value);
    return issues.length ? issues : new DatasetIndex(value as DatasetIndex['data']);
  } catch (unchecked) {
    return {unchecked};
  }
}
function checkData(value: object): Promise<Checked> {
  let result = checked.get(value);
  if (result === undefined) {
    checked.set(value, (result = validate(value)));
    void result.then((r) => 'unchecked' in r && checked.delete(value));
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
   * element that attaches an `address` controller.
   */
  @property({attribute: 'url-key', reflect: true}) urlKey?: string;

  /**
   * @internal Syncs what a reader changes (a selection, filters) with the page's address under
   * `url-key`: a widget that has such attributes attaches one (`./address-controller.ts`).
   */
  protected readonly address?: AddressController;

  /**
   * The id of another widget in the same document (or shadow root) to follow, without script: e.g. a
   * list with `for="main-map"` filters by the country selected on `<foip-map id="main-map">`, a map
   * with `for="areas"` shows the priority area open in `<foip-pillars id="areas">`. An id that names
   * no widget it can follow is ignored, with a console warning.
   */
  @property() for?: string;

  /**
   * Does what `for` says (`./follow-controller.ts`, `./follow.ts`), imported before the first update
   * with a `for`: most pages link nothing, and the loader's pages then never fetch it. Settled once
   * it is added (or failed to load, reported).
   */
  #follower?: Promise<void>;
  #followerSettled = false;

  #followerLoading(): Promise<void> | undefined {
    if (!this.for || this.#followerSettled) return undefined;
    return (this.#follower ??= import('./follow-controller.js')
      .then(({FollowController}) => void new FollowController(this))
      .catch((error: unknown) => console.error('foip-widgets: `for` could not be loaded', error))
      .finally(() => {
        this.#followerSettled = true;
      }));
  }

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
  /** The `data` override's index, once one was valid; the bundled edition's is asked for each time (it can grow its texts). */
  #index?: DatasetIndex;
  #dataProblem: Problem | null = null;
  #warned = new Set<string>();
  #unobserveLang?: () => void;

  /**
   * A dataset in the shape of `foip-widgets/data/foip.json` to show instead of the bundled
   * edition (a newer edition, or a partner's own records). It is validated; invalid data shows
   * a message naming the first problem, and data that could not be checked (the validator failed to
   * load) is not shown either: a message says so. A partner's records need not cite the document: their
   * `source` and the edition's publisher, file and hash may be left out, and the source line then
   * names the edition's own source, with no page and no publisher it does not give.
   */
  get data(): unknown {
    return this.#data;
  }
  set data(value: unknown) {
    const old = this.#data;
    this.#data = value;
    this.#index = undefined;
    this.#dataProblem = null;
    this.#checking = undefined;
    if (value !== undefined && value !== null) {
      const checking = (typeof value === 'object' ? checkData(value) : validate(value)).then((result) => {
        if (this.#checking !== checking) return; // a newer value was given meanwhile
        this.#checking = undefined;
        this.#accept(result);
      });
      this.#checking = checking;
    }
    this.requestUpdate('data', old);
  }

  /** Set while a `data` override is being validated: no update until it is (`scheduleUpdate`). */
  #checking?: Promise<void>;

  #accept(checked: Checked): void {
    if (checked instanceof DatasetIndex) {
      this.#index = checked;
      return;
    }
    if ('unchecked' in checked) {
      this.#dataProblem = {
        attribute: 'data',
        value: '…',
        message: () => msg('The data given to this widget could not be checked.'),
        warning: `could not be checked: ${String(checked.unchecked)}`,
      };
      return;
    }
    const [first] = checked;
    const where = `${first.path}: ${first.message}`;
    this.#dataProblem = {
      attribute: 'data',
      value: where,
      message: () => msg(str`The data given to this widget is not a valid FOIP dataset (${where}).`),
      warning: `is not a valid FOIP dataset: ${checked.length} problem(s), first ${where}`,
    };
  }

  /**
   * Renders only once a `data` override is checked (never a frame of the bundled edition in its
   * place), in Japanese once the Japanese texts are loaded (never a frame in English first), and
   * with a `for` once what follows it is there (never a frame that misses the source's state).
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const waiting = this.#checking ?? (this.locale === 'ja' ? japaneseReady() : undefined) ?? this.#followerLoading();
    return waiting ? waiting.then(() => this.scheduleUpdate()) : super.scheduleUpdate();
  }

  /** @internal Queries over the dataset on show: the bundled edition or the `data` override. */
  protected get index(): DatasetIndex {
    return this.#index ?? (this.constructor as typeof FoipElement).bundled();
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
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#unobserveLang?.();
    this.#unobserveLang = undefined;
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
    this.address?.read();
    super.performUpdate();
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    this.problem = this.#findProblem();
    // A bad link is ignored: the widget shows as the page set it, never an error box for a reader's link.
    if (this.address) this.problem = this.address.vet(this.problem, () => this.#findProblem());
    if (this.problem) this.#warnOnce(this.problem);
  }

  #findProblem(): Problem | null {
    return this.#dataProblem ?? this.#themeProblem() ?? this.inputProblem();
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
