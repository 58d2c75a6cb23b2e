/** Registers every foip-* element and exports their classes, events and the data API. */
export * from './foip-initiative-card.js';
export * from './foip-initiative-list.js';
export * from './foip-map.js';
export * from './foip-pillars.js';
export * from './foip-vision.js';
export * from './events/events.js';
export * from './data/index.js';
