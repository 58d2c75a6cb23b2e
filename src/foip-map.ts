/** Registers `<foip-map>`; safe to load twice. */
import {FoipMap} from './components/map/map.js';
import {define} from './internal/define.js';

export {FoipMap};
define('foip-map', FoipMap);
