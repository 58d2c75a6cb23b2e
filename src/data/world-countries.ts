/**
 * Every country the map draws, beyond the dataset's 41: its codes (ISO 3166-1 alpha-3, alpha-2, and
 * the map's shape id) and its names in both languages, so `<foip-country>` can give an honest page
 * to an embassy in Mongolia or Brazil. Names only: nothing here says what the document does for a
 * country (that is country-profile.ts, from the dataset).
 *
 * Names, in this order (data/README.md, Country names of the world): the dataset's own (they follow
 * the document: 豪州, ミクロネシア連邦); then data/country-names.json, where the Ministry of Foreign
 * Affairs writes a name otherwise or Japan's position fixes it; then the browser's CLDR names
 * (`Intl.DisplayNames`: no bytes, and the same in every target browser but for a few names between
 * CLDR versions, which the overrides pin). Pure: no DOM, no lit.
 */
import {FOLDED_SHAPES, NAME_OVERRIDES, WORLD_CODES} from './generated/world-countries.js';
import type {DatasetIndex} from './queries.js';
import type {Country, Locale, Localized} from './types.js';

/** A country of the world as sentences and headings name it (the shape `nameInSentence()` reads). */
export interface WorldCountry {
  /** ISO 3166-1 alpha-3 (Kosovo: `XKX`, the user-assigned code CLDR and the EU use). */
  readonly iso3: string;
  /** ISO 3166-1 alpha-2 (Kosovo: `XK`); empty for a country only a page's own dataset holds. */
  readonly iso2: string;
  /** The map's shapes for it: its own (ISO numeric or a Natural Earth slug) first, then those folded into it; empty for a marker only (Tuvalu). */
  readonly shapes: readonly string[];
  readonly name: Localized;
  /** The English name inside a sentence where it takes an article ("the United Kingdom"). */
  readonly nameInSentence?: string;
  /** The dataset's record, where the dataset holds the country. */
  readonly record?: Country;
}

interface Codes {
  readonly iso2: string;
  readonly shape: string;
}

let codes: ReadonlyMap<string, Codes> | undefined;
let byAlpha2: ReadonlyMap<string, string> | undefined;
let byShape: ReadonlyMap<string, string> | undefined;

/** alpha-3 → codes, decoded on first use (a page without `<foip-country>` never pays for it). */
function table(): ReadonlyMap<string, Codes> {
  if (!codes) {
    let numeric = 0;
    const rows = [...WORLD_CODES.matchAll(/([A-Z]{3})([A-Z]{2})?(\d+|-[a-z\d-]+)?/gu)].map(
      ([, iso3, iso2 = iso3.slice(0, 2), shape = '']): [string, string, string] => [
        iso2,
        iso3,
        // the increase over the row before's numeric code, `-slug`, or nothing (the generator's comment)
        shape[0] === '-' ? shape.slice(1) : shape && String((numeric += +shape)).padStart(3, '0'),
      ],
    );
    codes = new Map(rows.map(([iso2, iso3, shape]) => [iso3, {iso2, shape}]));
    byAlpha2 = new Map(rows.map(([iso2, iso3]) => [iso2, iso3]));
    byShape = new Map([
      ...rows.filter((r) => r[2]).map(([, iso3, shape]): [string, string] => [shape, iso3]),
      ...Object.entries(FOLDED_SHAPES),
    ]);
  }
  return codes;
}

/** Alpha-3 of every country the map draws, as a shape or as a marker, in the map's order. */
export function worldCountryCodes(): string[] {
  return [...table().keys()];
}

/**
 * The alpha-3 of a country the map draws, from what a page wrote: alpha-3 or alpha-2, any case,
 * full-width (`ＰＨＬ`, `ph`); undefined for anything else.
 */
export function worldCountryCode(value: string): string | undefined {
  const code = value.normalize('NFKC').trim().toUpperCase();
  if (table().has(code)) return code;
  return code.length === 2 ? byAlpha2!.get(code) : undefined;
}

/** The country a shape of the map is named and selected as, or null (land of undetermined status, Siachen). */
export function countryOfShape(shapeId: string): string | null {
  table();
  return byShape!.get(shapeId) ?? null;
}

const displayNames = new Map<Locale, Intl.DisplayNames | null>();

/**
 * The browser's CLDR name of an alpha-2 region, or undefined where the browser has none. Made on
 * first use per language: loading the locale data is what costs.
 */
function cldrName(iso2: string, locale: Locale): string | undefined {
  if (!displayNames.has(locale)) {
    let names: Intl.DisplayNames | null = null;
    try {
      names = new Intl.DisplayNames([locale], {type: 'region', fallback: 'none'});
    } catch {
      // A browser without Intl.DisplayNames: the code stands in (see worldCountry).
    }
    displayNames.set(locale, names);
  }
  return displayNames.get(locale)?.of(iso2) ?? undefined;
}

/**
 * A country of the world by alpha-3 (as `worldCountryCode` gives it), named for both languages;
 * undefined for a code the map does not draw. With `index`, the dataset's names win for its countries.
 */
export function worldCountry(iso3: string, index?: Pick<DatasetIndex, 'countries'>): WorldCountry | undefined {
  const codes = table().get(iso3);
  const record = index?.countries.get(iso3);
  // A page's own dataset (`data`) may hold a country the map does not draw: named, with no shape.
  if (!codes && !record) return undefined;
  const shapes = [
    ...(codes?.shape ? [codes.shape] : []),
    ...Object.keys(FOLDED_SHAPES).filter((s) => FOLDED_SHAPES[s] === iso3),
  ];
  const iso2 = codes?.iso2 ?? '';
  if (record) return {iso3, iso2, shapes, name: record.name, nameInSentence: record.nameInSentence, record};
  if (!codes) return undefined;
  const override = NAME_OVERRIDES[iso3];
  const name = (locale: Locale) => override?.[locale] ?? cldrName(iso2, locale) ?? iso3;
  return {
    iso3,
    iso2,
    shapes,
    name: {ja: name('ja'), en: name('en')},
    ...(override?.nameInSentence ? {nameInSentence: override.nameInSentence} : {}),
  };
}
