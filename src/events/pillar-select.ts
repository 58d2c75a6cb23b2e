/** One of the typed `foip-*` events (./events.ts): a module each, so a widget's chunk carries only the events it fires. */
import type {PillarId} from '../data/types.js';
import {EVENT_INIT as init} from './event-init.js';

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
