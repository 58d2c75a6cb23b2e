/** Registers every foip-* element and exports their classes, events and the data types. */
// The one-file bundle is written in the order modules are first imported, and gzip finds repeats
// only within 32 kB: the largest modules first, each beside what it shares words with. Every
// widget's Japanese strings side by side (each beside its own widget, the file was 1.5 kB larger);
// the dataset's long texts, its core and the world's country codes and names (apart, with widgets
// between them, 4.6 kB larger); the map's geometry; then the map and the widgets that share the
// most of its code. Of the orders tried (2026-12-06) this measured the smallest: 0.7 kB under the
// geometry first and the widgets in alphabetical order.
import './i18n/msg.js';
import './i18n/locales/ja/attributes.js';
import './i18n/locales/ja/country.js';
import './i18n/locales/ja/country-summary.js';
import './i18n/locales/ja/initiative-card.js';
import './i18n/locales/ja/initiative-list.js';
import './i18n/locales/ja/map.js';
import './i18n/locales/ja/partners.js';
import './i18n/locales/ja/pillars.js';
import './i18n/locales/ja/vision.js';
import './data/generated/foip-text.js';
import './data/generated/foip-core.js';
import './data/generated/world-countries.js';
import './geo/generated/map.js';
export * from './foip-map.js';
export * from './foip-country.js';
export * from './foip-partners.js';
export * from './foip-initiative-list.js';
export * from './foip-initiative-card.js';
export * from './foip-pillars.js';
export * from './foip-vision.js';
export * from './events/events.js';
// The data API is its own entry, `foip-widgets/data`: the one-file embed need not build it at load.
export type * from './data/types.js';
