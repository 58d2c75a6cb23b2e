/**
 * The map's attributes, read in one place: how a string attribute is reflected, and what is wrong
 * with a given value (the message shown and the console warning). Free of side effects.
 */
import type {DatasetIndex} from '../../data/queries.js';
import type {PillarId} from '../../data/types.js';
import {MAP_VIEWS} from '../../geo/planar.js';
import {formatExamples} from '../../i18n/format.js';
import type {Locale} from '../../data/types.js';
import {msg, str} from '../../i18n/msg.js';
import type {Problem} from '../../internal/foip-element.js';
import {listAttribute, suggest} from '../../internal/input.js';

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

/** The priority areas a `pillar` attribute names, once each, in order (valid input only). */
export const pillarList = (pillar: string): PillarId[] =>
  [...new Set(listAttribute(pillar.normalize('NFKC')).map(Number) as PillarId[])].sort();

/** The attributes a problem can be in. */
export interface MapInput {
  readonly view: string;
  readonly colorBy: string;
  readonly pillar: string;
  readonly country: string;
}

/** What is wrong with the map's input, the first problem found; null when nothing is. */
export function mapInputProblem(input: MapInput, index: DatasetIndex, locale: Locale): Problem | null {
  const {view, colorBy, pillar, country: given} = input;
  if (!(MAP_VIEWS as readonly string[]).includes(view)) {
    return {
      attribute: 'view',
      value: view,
      message: () => msg(str`Unknown view "${view}". Use indo-pacific or world.`),
      warning: 'is not a view; use indo-pacific or world',
    };
  }
  if (!(COLOR_BY as readonly string[]).includes(colorBy)) {
    return {
      attribute: 'color-by',
      value: colorBy,
      message: () => msg(str`Unknown colouring "${colorBy}". Use pillar or count.`),
      warning: 'is not a colouring; use pillar or count',
    };
  }
  const wrong = listAttribute(pillar.normalize('NFKC')).find((p) => !['1', '2', '3'].includes(p));
  if (wrong !== undefined) {
    return {
      attribute: 'pillar',
      value: pillar,
      message: () => msg(str`There is no priority area "${wrong}". Use 1, 2 or 3, or several separated by spaces.`),
      warning: `has no priority area "${wrong}"; use 1, 2 or 3`,
    };
  }
  const country = given.trim().toUpperCase();
  if (country && !index.countries.has(country)) {
    const valid = suggest(country, [...index.countries.keys()]);
    return {
      attribute: 'country',
      value: given,
      message: () =>
        msg(
          str`There is no country "${given}" in the dataset. Use an ISO alpha-3 code such as ${formatExamples(locale, valid)}.`,
        ),
      warning: `is not a country of the dataset; use ISO alpha-3, e.g. ${valid.join(', ')}`,
    };
  }
  return null;
}
