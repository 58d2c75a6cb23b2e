/** One of the typed `foip-*` events (./events.ts): a module each, so a widget's chunk carries only the events it fires. */
import {EVENT_INIT as init} from './event-init.js';

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
