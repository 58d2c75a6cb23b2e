/** Registers `<foip-vision>`; safe to load twice. */
import {FoipVision} from './components/vision/vision.js';
import {define} from './internal/define.js';

export {FoipVision};
define('foip-vision', FoipVision);
