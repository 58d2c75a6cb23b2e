/**
 * What every country name of the world must be, in whichever engine runs it: the browser's CLDR
 * names vary a little between ICU versions, so the same checks run in Node (test/unit/) and in
 * Chromium and Firefox (test/browser/). Returns the problems found; empty when all is well.
 */
import type {DatasetIndex} from '../src/data/queries.js';
import {worldCountry, worldCountryCodes} from '../src/data/world-countries.js';

type Override = {readonly ja?: string; readonly en?: string; readonly nameInSentence?: string};

export function worldNameProblems(index: DatasetIndex, overrides: Readonly<Record<string, Override>>): string[] {
  const problems: string[] = [];
  for (const code of worldCountryCodes()) {
    const country = worldCountry(code, index)!;
    const {ja, en} = country.name;
    const record = index.countries.get(code);
    const override = overrides[code];
    // The dataset's names follow the document and win; then the Ministry's, where they differ from CLDR.
    if (record && (ja !== record.name.ja || en !== record.name.en)) problems.push(`${code}: not the dataset's name`);
    if (override?.ja && ja !== override.ja) problems.push(`${code}: ja ${ja}, not the override ${override.ja}`);
    if (override?.en && en !== override.en) problems.push(`${code}: en ${en}, not the override ${override.en}`);
    if (override?.nameInSentence && country.nameInSentence !== override.nameInSentence) {
      problems.push(`${code}: nameInSentence ${country.nameInSentence}`);
    }
    // A name, not a code standing in for a name the engine lacks.
    if (!ja || !en || ja === code || en === code || ja === country.iso2 || en === country.iso2) {
      problems.push(`${code}: no name (${ja} / ${en})`);
    }
    // The register of an official text: no "&", no "St.", no CLDR disambiguation in brackets or
    // "SAR China"; Japanese names in Japanese script.
    if (/&|\bSt\.|\bSAR\b|[()]/u.test(en)) problems.push(`${code}: en "${en}" is not in the official register`);
    if (/[A-Za-z()（）]/u.test(ja)) problems.push(`${code}: ja "${ja}" is not in Japanese script`);
    if (country.nameInSentence && !country.nameInSentence.includes(en)) {
      problems.push(`${code}: "${country.nameInSentence}" does not contain "${en}"`);
    }
  }
  return problems;
}
