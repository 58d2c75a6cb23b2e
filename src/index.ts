/** Registers every foip-* element and exports their classes, events and the data types. */
export * from './foip-initiative-card.js';
export * from './foip-initiative-list.js';
export * from './foip-map.js';
export * from './foip-pillars.js';
export * from './foip-vision.js';
export * from './events/events.js';
// The data API is its own entry, `foip-widgets/data`: the one-file embed need not build it at load.
export type * from './data/types.js';
