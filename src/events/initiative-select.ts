/** One of the typed `foip-*` events (./events.ts): a module each, so a widget's chunk carries only the events it fires. */
import {EVENT_INIT as init} from './event-init.js';

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
