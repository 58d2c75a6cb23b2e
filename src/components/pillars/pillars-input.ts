/**
 * The attributes of `<foip-pillars>` as the element reads them: the layout, and the selection that
 * `pillar` and `category` make, or the problem with the first bad one (a localized message, and a
 * warning for the console). Free of side effects.
 */
import type {DatasetIndex} from '../../data/queries.js';
import type {Category, PillarId} from '../../data/types.js';
import {formatChoices, formatExamples} from '../../i18n/format.js';
import {currentLocale, msg, str} from '../../i18n/msg.js';
import type {Problem} from '../../internal/foip-element.js';
import {suggest} from '../../internal/input.js';
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
  const {layout} = attributes;
  if (!(PILLAR_LAYOUTS as readonly string[]).includes(layout)) {
    return {
      attribute: 'layout',
      value: String(layout),
      message: () => msg(str`Unknown layout "${layout}". Use columns or radial.`),
      warning: 'is not a layout; use columns or radial',
    };
  }
  const raw = (attributes.pillar ?? '').trim();
  let pillar: PillarId | null = null;
  if (raw) {
    const n = raw.normalize('NFKC');
    const id = Number(n) as PillarId;
    if (!/^\d+$/u.test(n) || !index.pillars.has(id)) {
      const ids = [...index.pillars.keys()].map(String);
      return {
        attribute: 'pillar',
        value: raw,
        message: () => msg(str`Unknown priority area "${raw}". Use ${formatChoices(currentLocale(), ids)}.`),
        warning: `is not a priority area; use ${formatChoices('en', ids)}`,
      };
    }
    pillar = id;
  }
  const rawCategory = (attributes.category ?? '').trim();
  let category: Category | undefined;
  if (rawCategory) {
    category = index.categories.get(rawCategory) ?? index.categories.get(rawCategory.toLowerCase());
    if (!category) {
      const suggestions = suggest(rawCategory, [...index.categories.keys()]);
      return {
        attribute: 'category',
        value: rawCategory,
        message: () =>
          msg(
            str`Unknown category "${rawCategory}". Valid ids include: ${formatExamples(currentLocale(), suggestions)}.`,
          ),
        warning: `is not a category id of the dataset; valid ids include ${suggestions.join(', ')}`,
      };
    }
    const own = category.pillar;
    if (pillar !== null && own !== pillar) {
      return {
        attribute: 'category',
        value: rawCategory,
        message: () => msg(str`Category "${rawCategory}" belongs to priority area ${own}, not ${pillar}.`),
        warning: `belongs to priority area ${own}, not to pillar="${pillar}"`,
      };
    }
  }
  return {pillar: category?.pillar ?? pillar, category: category?.id ?? null};
}
