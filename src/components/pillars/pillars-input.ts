/**
 * The attributes of `<foip-pillars>` as the element reads them, with the readers every widget shares
 * (`src/internal/attributes.ts`): the layout, then the selection that `pillar` and `category` make,
 * or the problem with the first bad one. Free of side effects.
 */
import type {DatasetIndex} from '../../data/queries.js';
import type {PillarId} from '../../data/types.js';
import {parseCategory, parseOption, parsePillar} from '../../internal/attributes.js';
import type {Problem} from '../../internal/attributes.js';
import {PILLAR_LAYOUTS} from '../../layout/pillars-geometry.js';

/** What is open, as checked: a priority area, or a category with its priority area. */
export interface Selected {
  readonly pillar: PillarId | null;
  readonly category: string | null;
}

/** The selection the attributes make, or the problem with the first bad one. */
export function readAttributes(
  index: DatasetIndex,
  attributes: {readonly layout: string; readonly pillar?: string; readonly category?: string},
): Selected | Problem {
  const layout = parseOption(attributes.layout, PILLAR_LAYOUTS, 'layout');
  if (layout.problem) return layout.problem;
  const pillar = parsePillar(attributes.pillar, index);
  if (pillar.problem) return pillar.problem;
  const category = parseCategory(attributes.category, index, pillar.value);
  if (category.problem) return category.problem;
  return {pillar: category.value?.pillar ?? pillar.value, category: category.value?.id ?? null};
}
