/**
 * Typed `foip-*` events. Each is an `Event` subclass with readonly fields (as Web Awesome does),
 * bubbling and composed so a host page can listen on any ancestor, across shadow roots.
 */
import type {InitiativeFilter} from '../data/queries.js';
import type {PillarId} from '../data/types.js';

const init: EventInit = {bubbles: true, composed: true};

/** An initiative was activated (a card clicked or pressed with Enter/Space). */
export class FoipInitiativeSelectEvent extends Event {
  static readonly type = 'foip-initiative-select';
  constructor(
    readonly initiative: string,
    options: EventInit = {},
  ) {
    super(FoipInitiativeSelectEvent.type, {...init, ...options});
  }
}

/** The filter of a list changed; `filter` is the whole new filter. */
export class FoipFilterChangeEvent extends Event {
  static readonly type = 'foip-filter-change';
  constructor(readonly filter: Readonly<InitiativeFilter>) {
    super(FoipFilterChangeEvent.type, init);
  }
}

/** A country was selected on a map (`country` is null when the selection was cleared). */
export class FoipCountrySelectEvent extends Event {
  static readonly type = 'foip-country-select';
  constructor(
    readonly country: string | null,
    readonly initiatives: readonly string[],
  ) {
    super(FoipCountrySelectEvent.type, init);
  }
}

/** A pillar or one of its categories was selected. */
export class FoipPillarSelectEvent extends Event {
  static readonly type = 'foip-pillar-select';
  constructor(
    readonly pillar: PillarId | null,
    readonly category: string | null,
  ) {
    super(FoipPillarSelectEvent.type, init);
  }
}

/**
 * A partner, a format or a partner within a format was selected on `<foip-partners>`, or the
 * selection was cleared (both null). `initiatives` are the ids of the initiatives behind the selection.
 */
export class FoipPartnerSelectEvent extends Event {
  static readonly type = 'foip-partner-select';
  constructor(
    readonly partner: string | null,
    readonly format: string | null,
    readonly initiatives: readonly string[],
  ) {
    super(FoipPartnerSelectEvent.type, init);
  }
}

declare global {
  interface HTMLElementEventMap {
    'foip-initiative-select': FoipInitiativeSelectEvent;
    'foip-filter-change': FoipFilterChangeEvent;
    'foip-country-select': FoipCountrySelectEvent;
    'foip-pillar-select': FoipPillarSelectEvent;
    'foip-partner-select': FoipPartnerSelectEvent;
  }
}
