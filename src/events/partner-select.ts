/** One of the typed `foip-*` events (./events.ts): a module each, so a widget's chunk carries only the events it fires. */
import {EVENT_INIT as init} from './event-init.js';

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
