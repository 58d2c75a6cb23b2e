/**
 * The bundled dataset ships in two modules: the core (structure, names, titles, map items) and the
 * long texts (initiative texts, concepts, features, pillar summaries), about half its weight. The
 * map needs only the core, so its entry stays within budget; every other widget and
 * `foip-widgets/data` merge the two, so the published shape is unchanged.
 * Pure: no DOM, no lit.
 */
import type {Dataset, Localized} from './types.js';

/** The long texts in record order, as [ja, en] pairs. */
export interface DatasetText {
  readonly initiatives: readonly (readonly [string, string])[];
  readonly concepts: readonly (readonly [string, string])[];
  readonly features: readonly (readonly [string, string])[];
  readonly pillarSummaries: readonly (readonly [string, string])[];
}

const EMPTY: Localized = {ja: '', en: ''};
const pair = (t: Localized) => [t.ja, t.en] as const;
const localized = ([ja, en]: readonly [string, string]): Localized => ({ja, en});

/** Splits a dataset into its core (long texts emptied) and the texts. */
export function splitText(data: Dataset): {core: Dataset; text: DatasetText} {
  return {
    core: {
      ...data,
      initiatives: data.initiatives.map((i) => ({...i, text: EMPTY})),
      concepts: data.concepts.map((s) => ({...s, text: EMPTY})),
      features: data.features.map((s) => ({...s, text: EMPTY})),
      pillars: data.pillars.map((p) => ({...p, summary: EMPTY})),
    },
    text: {
      initiatives: data.initiatives.map((i) => pair(i.text)),
      concepts: data.concepts.map((s) => pair(s.text)),
      features: data.features.map((s) => pair(s.text)),
      pillarSummaries: data.pillars.map((p) => pair(p.summary)),
    },
  };
}

/** Puts the texts back: the inverse of `splitText`. */
export function withText(core: Dataset, text: DatasetText): Dataset {
  return {
    ...core,
    initiatives: core.initiatives.map((i, n) => ({...i, text: localized(text.initiatives[n])})),
    concepts: core.concepts.map((s, n) => ({...s, text: localized(text.concepts[n])})),
    features: core.features.map((s, n) => ({...s, text: localized(text.features[n])})),
    pillars: core.pillars.map((p, n) => ({...p, summary: localized(text.pillarSummaries[n])})),
  };
}
