/** Registers `<foip-initiative-list>` and the `<foip-initiative-card>` it renders; safe to load twice. */
import './foip-initiative-card.js';
import {FoipInitiativeList} from './components/initiative-list/initiative-list.js';
import {define} from './internal/define.js';

export {FoipInitiativeList};
define('foip-initiative-list', FoipInitiativeList);
