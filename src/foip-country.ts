/** Registers `<foip-country>` and the `<foip-initiative-card>` it renders; safe to load twice. */
import './foip-initiative-card.js';
import {FoipCountry} from './components/country/country.js';
import {define} from './internal/define.js';

export {FoipCountry};
define('foip-country', FoipCountry);
