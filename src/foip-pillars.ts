/** Registers `<foip-pillars>` and `<foip-initiative-card>`, which it shows; safe to load twice. */
import {FoipPillars} from './components/pillars/pillars.js';
import './foip-initiative-card.js';
import {define} from './internal/define.js';

export {FoipPillars};
define('foip-pillars', FoipPillars);
