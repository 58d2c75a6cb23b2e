/** Registers every foip-* element and exports their classes, events and the data types. */
// Every widget's Japanese strings first, side by side in the one-file bundle: gzip then finds the
// words they share (each beside its own widget, foip-widgets.min.js was 1.5 kB larger).
import './i18n/msg.js';
import './i18n/locales/ja/attributes.js';
import './i18n/locales/ja/country.js';
import './i18n/locales/ja/country-summary.js';
import './i18n/locales/ja/initiative-card.js';
import './i18n/locales/ja/initiative-list.js';
import './i18n/locales/ja/map.js';
import './i18n/locales/ja/pillars.js';
import './i18n/locales/ja/vision.js';
export * from './foip-country.js';
export * from './foip-initiative-card.js';
export * from './foip-initiative-list.js';
export * from './foip-map.js';
export * from './foip-pillars.js';
export * from './foip-vision.js';
export * from './events/events.js';
// The data API is its own entry, `foip-widgets/data`: the one-file embed need not build it at load.
export type * from './data/types.js';
