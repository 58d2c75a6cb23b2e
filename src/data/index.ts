/**
 * `foip-widgets/data`: the typed, frozen FOIP dataset and pure queries over it.
 * No DOM, no lit: works in Node, in workers and in any bundler.
 *
 * @example
 * import {initiatives, filterInitiatives} from 'foip-widgets/data';
 * filterInitiatives({country: 'PHL', pillars: [3]}).map((i) => i.title.en);
 */
import {bundledIndex as lazyIndex} from './dataset.js';
import type {InitiativeFilter} from './queries.js';
import type {Cited, DocumentDataset, Initiative, PillarId} from './types.js';

export * from './types.js';
export {compareNames, DatasetIndex, itemPillars, itemPlaces, nameInSentence, normalizeForSearch} from './queries.js';
export type {InitiativeFilter} from './queries.js';
export {DatasetError, assertDataset, validateDataset} from './validate.js';
export type {ValidationIssue} from './validate.js';
export {countriesCsv, initiativesCsv, mapItemsCsv} from './csv.js';
/** Queries over the bundled edition. */
export const bundledIndex = lazyIndex();
/** The bundled edition, typed and frozen: every record cites the document (the build checks it). */
export const dataset = bundledIndex.data as DocumentDataset;

export const {
  edition,
  pillars,
  categories,
  initiatives,
  countries,
  regions,
  organisations,
  instruments,
  mapEntries,
  concepts,
  features,
  principles,
} = dataset;

/** The bundled edition's initiatives, typed as it is checked: each cites the document. */
type BundledInitiative = Cited<Initiative>;
const bundledFilter = (filter: InitiativeFilter) => bundledIndex.filter(filter) as BundledInitiative[];

/** Initiatives that pass every given filter, in document order. */
export const filterInitiatives = (filter: InitiativeFilter): BundledInitiative[] => bundledFilter(filter);
export const initiativesByPillar = (pillar: PillarId): BundledInitiative[] => bundledFilter({pillars: [pillar]});
/** Initiatives that name the country on the detail pages or on the map page. */
export const initiativesForCountry = (iso3: string): BundledInitiative[] => bundledFilter({country: iso3});
export const initiativesByPartner = (partner: string): BundledInitiative[] => bundledFilter({partner});
export const initiativesByInstrument = (instrument: string): BundledInitiative[] => bundledFilter({instrument});
/** Text search in both languages; full-width and half-width forms alike (「ＡＩ」 matches "AI"). */
export const searchInitiatives = (query: string): BundledInitiative[] => bundledFilter({query});
