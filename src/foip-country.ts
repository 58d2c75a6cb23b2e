/**
 * Registers `<foip-country>` and the compact `<foip-initiative-card>` it renders, without the
 * dataset's long texts (8 kB it never shows); safe to load twice. A full card elsewhere on the page
 * needs `foip-initiative-card.js` too, and says so until it loads.
 */
import {FoipInitiativeCard} from './components/initiative-card/initiative-card.js';
import {FoipCountry} from './components/country/country.js';
import {define} from './internal/define.js';

export {FoipCountry};
define('foip-initiative-card', FoipInitiativeCard);
define('foip-country', FoipCountry);
