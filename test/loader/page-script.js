/* global window */
// The page's own script, as a site with a shadow-DOM component of its own writes it: it imports
// discover() from the loader (the same URL, so the same module) to have foip-* tags found in its
// shadow roots.
import {discover} from '/dist/browser/foip-widgets.js';

window.foipDiscover = discover;
