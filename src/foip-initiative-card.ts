/** Registers `<foip-initiative-card>`; safe to load twice. */
import {FoipInitiativeCard} from './components/initiative-card/initiative-card.js';
import {define} from './internal/define.js';

export {FoipInitiativeCard};
define('foip-initiative-card', FoipInitiativeCard);
