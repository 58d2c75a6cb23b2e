/**
 * The reader of `<foip-country country="…">`: any country the map draws, not only the dataset's.
 * Apart from `./attributes.ts` because it needs the world's code table and names, which only the
 * country page carries (2.7 kB a card, a list or a map would load for nothing).
 */
import type {DatasetIndex} from '../data/queries.js';
import {worldCountry, worldCountryCode, worldCountryCodes} from '../data/world-countries.js';
import {formatExamples} from '../i18n/format.js';
import {currentLocale, msg, str} from '../i18n/msg.js';
import {countryCode, nameHas, suggest} from './attributes.js';
import {bad, ok} from './problem.js';
import type {Parsed} from './problem.js';

type Index = Pick<DatasetIndex, 'countries'>;

/**
 * Codes whose name (either language, the dataset's or the world's) contains a wrong value, then
 * the closest codes of the whole map: a country outside the document is as valid as one in it.
 */
function suggestWorldCountries(value: string, index: Index): string[] {
  const v = value.normalize('NFKC').trim().toLowerCase();
  const codes = worldCountryCodes();
  const byName = v ? codes.filter((code) => nameHas(worldCountry(code, index)!.name, v)) : [];
  return [...new Set([...byName, ...suggest(v, codes)])].slice(0, 3);
}

/**
 * Any country the map draws, in or outside the dataset (`<foip-country>`): ISO 3166-1 alpha-3 or
 * alpha-2, any case, full-width (`PHL`, `ph`, `ＰＨＬ`, `MNG` → alpha-3); null when empty.
 */
export function parseWorldCountry(
  given: string | null | undefined,
  index: Index,
  attribute = 'country',
): Parsed<string | null> {
  const value = (given ?? '').trim();
  if (!value) return ok(null);
  // The dataset's codes too: a page's own dataset (`data`) may hold a country the map does not draw.
  const code = worldCountryCode(value) ?? countryCode(value, index);
  if (code) return ok(code);
  const suggestions = suggestWorldCountries(value, index);
  return bad({
    attribute,
    value,
    message: () =>
      msg(
        str`Unknown country "${value}". Use an ISO 3166-1 alpha-3 or alpha-2 code such as ${formatExamples(currentLocale(), suggestions)}.`,
      ),
    warning: `is not a country the map draws; use an ISO 3166-1 alpha-3 or alpha-2 code such as ${suggestions.join(', ')}`,
  });
}
