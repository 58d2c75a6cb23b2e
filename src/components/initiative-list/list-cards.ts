/**
 * The list's cards, kept from one filter to the next: a change moves the cards it shows back into
 * the list instead of building them again. A card's shadow tree, styles and text are made once;
 * a filter change then costs only the cards' style and layout (issue 17: ≤ 8 ms CPU). Only the
 * cards a filter shows are in the list's tree, as before: one it hides is out of the page, the
 * accessibility tree and the tab order.
 */
import type {FoipInitiativeCard} from '../initiative-card/initiative-card.js';

/** What a card shows, as the list sets it. */
export interface CardSettings {
  readonly initiative: string;
  readonly lang: string;
  /** The title's heading level. */
  readonly level: number;
  /** The title's link, or none. */
  readonly href: string | undefined;
  /** The list's `data` override, handed on (undefined: the bundled edition). */
  readonly data: unknown;
}

/**
 * A pool of `<foip-initiative-card>` elements, one per key. Not a controller: it has nothing to do on
 * connect or update; the element asks it for a card as it renders. Registers nothing: the page (or
 * the list's registering entry) defines the card, and a card made before that upgrades when it is.
 */
export class CardPool {
  readonly #cards = new Map<string, FoipInitiativeCard>();

  /**
   * The card for `key` (an initiative, or a region's copy of it: one element can be in one place
   * only), made the first time and set to `settings` every time; a setting that did not change
   * costs nothing, and the card renders again only when one did.
   */
  card(key: string, settings: CardSettings): FoipInitiativeCard {
    let card = this.#cards.get(key);
    if (!card) {
      card = document.createElement('foip-initiative-card');
      card.setAttribute('variant', 'compact');
      this.#cards.set(key, card);
    }
    setAttribute(card, 'initiative', settings.initiative);
    setAttribute(card, 'lang', settings.lang);
    setAttribute(card, 'heading-level', String(settings.level));
    setAttribute(card, 'href', settings.href);
    if (card.data !== settings.data) card.data = settings.data;
    return card;
  }
}

function setAttribute(element: Element, name: string, value: string | undefined): void {
  if (value === undefined) element.removeAttribute(name);
  else if (element.getAttribute(name) !== value) element.setAttribute(name, value);
}
