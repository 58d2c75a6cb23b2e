/**
 * Typed `foip-*` events. Each is an `Event` subclass with readonly fields (as Web Awesome does),
 * bubbling and composed so a host page can listen on any ancestor, across shadow roots. Each lives
 * in its own module, so a widget's chunk carries only the events it fires; this module is the
 * public list.
 */
import type {FoipCountrySelectEvent} from './country-select.js';
import type {FoipFilterChangeEvent} from './filter-change.js';
import type {FoipInitiativeSelectEvent} from './initiative-select.js';
import type {FoipPartnerSelectEvent} from './partner-select.js';
import type {FoipPillarSelectEvent} from './pillar-select.js';

export {FoipCountrySelectEvent} from './country-select.js';
export {FoipFilterChangeEvent} from './filter-change.js';
export {FoipInitiativeSelectEvent} from './initiative-select.js';
export {FoipPartnerSelectEvent} from './partner-select.js';
export {FoipPillarSelectEvent} from './pillar-select.js';

declare global {
  interface HTMLElementEventMap {
    'foip-initiative-select': FoipInitiativeSelectEvent;
    'foip-filter-change': FoipFilterChangeEvent;
    'foip-country-select': FoipCountrySelectEvent;
    'foip-pillar-select': FoipPillarSelectEvent;
    'foip-partner-select': FoipPartnerSelectEvent;
  }
}
