/** `<foip-partners>`'s `format` attribute: a set of partners, written in any order, case or width. */
import type {Partnerships} from '../../data/partnerships.js';
import type {DatasetIndex} from '../../data/queries.js';
import {formatExamples} from '../../i18n/format.js';
import {currentLocale, msg, str} from '../../i18n/msg.js';
import {suggest} from '../../internal/attributes.js';
import {bad, ok} from '../../internal/problem.js';
import type {Parsed} from '../../internal/problem.js';

/**
 * The format whose partners are those given (`USA+AUS+IND`, `ind aus usa`: `+`, spaces or commas,
 * any order), as its id; null when empty. A set no record names is reported with the nearest formats.
 */
export function parseFormat(
  given: string | null | undefined,
  p: Partnerships,
  index: DatasetIndex,
): Parsed<string | null> {
  const value = (given ?? '').trim();
  if (!value) return ok(null);
  const ids = new Map(
    [...index.countries.keys(), ...index.organisations.keys()].map((id) => [id.toLowerCase(), id] as const),
  );
  const wanted = value
    .normalize('NFKC')
    .toLowerCase()
    .split(/[\s+,]+/u)
    .filter(Boolean)
    .map((token) => ids.get(token) ?? token);
  const set = new Set(wanted);
  const found = p.formats.find((f) => f.partners.length === set.size && f.partners.every((id) => set.has(id)));
  if (found) return ok(found.id);
  const suggestions = suggest(
    value,
    p.formats.map((f) => f.id),
  );
  return bad({
    attribute: 'format',
    value,
    message: () =>
      msg(
        str`No format of the data has exactly the partners "${value}". Use their codes joined by +, such as ${formatExamples(currentLocale(), suggestions)}.`,
      ),
    warning: `names no format of the dataset (a set of partners joined by +); try ${suggestions.join(', ')}`,
  });
}
