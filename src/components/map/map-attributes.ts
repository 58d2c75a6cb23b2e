/**
 * The map's attributes: how a string attribute is reflected, and what the map reads from them with
 * the shared readers (src/internal/attributes.ts), which give every widget the same messages.
 * Free of side effects.
 */
import type {DatasetIndex} from '../../data/queries.js';
import type {PillarId} from '../../data/types.js';
import {MAP_VIEWS} from '../../geo/planar.js';
import {parseCountry, parseOption, parsePillars} from '../../internal/attributes.js';
import type {Problem} from '../../internal/attributes.js';

export const COLOR_BY = ['pillar', 'count'] as const;
export type ColorBy = (typeof COLOR_BY)[number];

/**
 * A string attribute whose removal restores `fallback` (not null, which the code cannot read)
 * and whose empty value removes the attribute: clearing the selection leaves no `country=""`.
 */
export const stringAttribute = (fallback: string) => ({
  fromAttribute: (value: string | null) => value ?? fallback,
  toAttribute: (value: string) => (value === '' ? null : value),
});

/** The attributes the map reads. */
export interface MapInput {
  readonly view: string;
  readonly colorBy: string;
  readonly pillar: string;
  readonly country: string;
}

/** The map's input as read: the priority areas shown (none: all) and the selected country's code. */
export interface MapReading {
  readonly pillars: PillarId[];
  /** The dataset's code (`phl` → `PHL`), or `''` for none. */
  readonly country: string;
}

/** What the map shows for its input, or the first problem found in it (view, color-by, pillar, country). */
export function readMapInput(
  input: MapInput,
  index: DatasetIndex,
): {value: MapReading; problem: null} | {value: null; problem: Problem} {
  const problem =
    parseOption(input.view, MAP_VIEWS, 'view').problem ?? parseOption(input.colorBy, COLOR_BY, 'color-by').problem;
  const pillars = parsePillars(input.pillar, index);
  const country = parseCountry(input.country, index);
  const first = problem ?? pillars.problem ?? country.problem;
  if (first) return {value: null, problem: first};
  return {value: {pillars: pillars.value!, country: country.value ?? ''}, problem: null};
}
