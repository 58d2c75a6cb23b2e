/**
 * The list's cards, kept from one filter to the next: a change moves the cards it shows back into
 * the list instead of building them again. A card's shadow tree, styles and text are made once;
 * a filter change then costs only the cards' style and layout (issue 17: ≤ 8 ms CPU). Only the
 * cards a filter shows are in the list's tree, as before: one it hides is out of the page, the
 * accessibility tree and the tab order.
 */
import type {FoipInitiativeCard} from '../initiative-card/initiative-card.js';

/**
 * A pool of `<foip-initiative-card>` elements, one per key. Not a controller: it has nothing to do on
 * connect or update; the element asks it for a card as it renders. Registers nothing: the page (or
 * the list's registering entry) defines the card, and a card made before that upgrades when it is.
 */
export class CardPool {
  readonly #cards = new Map<string, FoipInitiativeCard>();
  /** The keys asked for since `keepOnly` last ran. */
  readonly #used = new Set<string>();
  /** Cards out of the page, to be given another record: cheaper than making one, shadow tree and styles. */
  readonly #spare: FoipInitiativeCard[] = [];

  /**
   * With a partner's thousands (issue 19): keeps the cards asked for since the last call, those in
   * the page, and frees the others, a screenful or two of them kept for the next rows scrolled to.
   * The pool then holds the cards in view, not one per record.
   */
  keepOnly(): void {
    for (const [key, card] of this.#cards) {
      if (this.#used.has(key)) continue;
      this.#cards.delete(key);
      if (this.#spare.length < SPARE) this.#spare.push(card);
    }
    this.#used.clear();
  }

  /** How many cards the pool holds, in the page or spare. */
  get size(): number {
    return this.#cards.size + this.#spare.length;
  }

  /**
   * The card for `key` (an initiative, or a region's copy of it: one element can be in one place
   * only), made the first time and set every time: to show `initiative` in `lang`, its title a heading
   * at `level` and a link made from the widget's `card-href` if any (`{id}` replaced by the id), from
   * the widget's `data` override (undefined: the bundled edition). A setting that did not change
   * costs nothing; the card renders again only when one did.
   */
  card(
    key: string,
    initiative: string,
    lang: string,
    level: number,
    cardHref: string | undefined,
    data: unknown,
  ): FoipInitiativeCard {
    const href = cardHref?.replaceAll('{id}', encodeURIComponent(initiative));
    this.#used.add(key);
    let card = this.#cards.get(key);
    if (!card) {
      card = this.#spare.pop();
      if (!card) {
        card = document.createElement('foip-initiative-card');
        card.setAttribute('variant', 'compact');
      }
      this.#cards.set(key, card);
    }
    setAttribute(card, 'initiative', initiative);
    setAttribute(card, 'lang', lang);
    setAttribute(card, 'heading-level', String(level));
    setAttribute(card, 'href', href);
    if (card.data !== data) card.data = data;
    return card;
  }
}

/** Spare cards kept at most. */
const SPARE = 60;

function setAttribute(element: Element, name: string, value: string | undefined): void {
  if (value === undefined) element.removeAttribute(name);
  else if (element.getAttribute(name) !== value) element.setAttribute(name, value);
}
