/** Registers `<foip-initiative-card>`, with the dataset's long texts a full card shows; safe to load twice. */
// The texts first: a bundle then writes them beside the dataset's core (which the card imports),
// where gzip finds the words they share (2.7 kB on the list's entry).
import {bundledIndex} from './data/dataset.js';
import {FoipInitiativeCard} from './components/initiative-card/initiative-card.js';
import {define} from './internal/define.js';

export {FoipInitiativeCard};
bundledIndex(); // brings the long texts, also to cards the country page defined before this file loaded
define('foip-initiative-card', FoipInitiativeCard);
