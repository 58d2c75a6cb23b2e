/** One of the typed `foip-*` events (./events.ts): a module each, so a widget's chunk carries only the events it fires. */
import type {InitiativeFilter} from '../data/queries.js';
import {EVENT_INIT as init} from './event-init.js';

/** The filter of a list changed; `filter` is the whole new filter. */
export class FoipFilterChangeEvent extends Event {
  static readonly type = 'foip-filter-change';
  constructor(readonly filter: Readonly<InitiativeFilter>) {
    super(FoipFilterChangeEvent.type, init);
  }
}
