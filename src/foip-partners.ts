/**
 * Registers `<foip-partners>` and the compact `<foip-initiative-card>` it renders, without the
 * dataset's long texts; safe to load twice. A full card elsewhere on the page needs
 * `foip-initiative-card.js` too.
 */
import {FoipInitiativeCard} from './components/initiative-card/initiative-card.js';
import {FoipPartners} from './components/partners/partners.js';
import {define} from './internal/define.js';

export {FoipPartners};
define('foip-initiative-card', FoipInitiativeCard);
define('foip-partners', FoipPartners);
