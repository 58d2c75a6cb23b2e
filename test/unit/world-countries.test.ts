// Every country the map draws, by code and by name (src/data/world-countries.ts): the codes a page
// may write, the territory policy for shapes without a country of their own, and the names, with
// data/country-names.json over the engine's CLDR names and the dataset's names over both.
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import {describe, it} from 'node:test';

import {bundledIndex} from '../../src/data/dataset.js';
import {countryOfShape, worldCountry, worldCountryCode, worldCountryCodes} from '../../src/data/world-countries.js';
import {planarMap} from '../../src/geo/generated/map.js';
import {worldNameProblems} from '../world-names.js';

const index = bundledIndex();
const readJson = (file: string) => JSON.parse(readFileSync(new URL(`../../data/${file}`, import.meta.url), 'utf8'));
const namesFile = readJson('country-names.json') as {
  names: Record<string, {ja?: string; en?: string; nameInSentence?: string; note: string}>;
  shapes: Record<string, {country: string | null; note: string}>;
};
const places = readJson('places.json') as {countries: {iso3: string; name: {ja: string; en: string}}[]};
/** `PHL` → `ＰＨＬ`. */
const fullWidth = (s: string) => s.replace(/[A-Za-z]/gu, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

describe('world countries: codes', () => {
  it('every shape of the map is a country’s, or one of the policy’s shapes of no country', () => {
    for (const {id} of planarMap.shapes) {
      const code = countryOfShape(id);
      if (code === null) {
        assert.equal(namesFile.shapes[id]?.country, null, `shape ${id} has no country and no policy saying so`);
        continue;
      }
      assert.ok(worldCountry(code)!.shapes.includes(id), `${code} does not list its shape ${id}`);
    }
  });

  it('every country of the dataset is one, Tuvalu (a marker, no shape at this scale) too', () => {
    for (const {iso3} of places.countries) assert.ok(worldCountryCodes().includes(iso3), iso3);
    assert.deepEqual(worldCountry('TUV')!.shapes, []);
  });

  it('the short-written code table reads back as ISO 3166-1 has it: alpha-2, alpha-3, numeric shape', () => {
    const iso = JSON.parse(
      readFileSync(createRequire(import.meta.url).resolve('i18n-iso-countries/codes.json'), 'utf8'),
    ) as string[][];
    const byAlpha3 = new Map(iso.map(([a2, a3, numeric]) => [a3, {a2, numeric}]));
    let numericShapes = 0;
    for (const iso3 of worldCountryCodes()) {
      const {iso2, shapes} = worldCountry(iso3)!;
      if (iso3 === 'XKX') {
        assert.equal(iso2, 'XK');
        continue;
      }
      assert.equal(iso2, byAlpha3.get(iso3)?.a2, iso3);
      const own = shapes[0];
      if (own && /^\d+$/u.test(own)) {
        assert.equal(own, byAlpha3.get(iso3)!.numeric, `${iso3}'s shape`);
        numericShapes++;
      }
    }
    assert.ok(numericShapes > 200, `only ${numericShapes} shapes by numeric code`);
  });

  it('reads alpha-3 and alpha-2 in any case and width, for every country', () => {
    const codes = worldCountryCodes();
    assert.ok(codes.length > 230, `only ${codes.length} countries`);
    for (const iso3 of codes) {
      const {iso2} = worldCountry(iso3)!;
      for (const written of [iso3, iso3.toLowerCase(), fullWidth(iso3), iso2, iso2.toLowerCase(), fullWidth(iso2)]) {
        assert.equal(worldCountryCode(` ${written} `), iso3, written);
      }
    }
  });

  it('reads nothing else: unknown codes, names, shape ids of no country', () => {
    for (const value of ['', 'XX', 'ZZZ', 'Mongolia', 'undetermined', 'siachen-glacier', '392', 'P H L']) {
      assert.equal(worldCountryCode(value), undefined, value);
    }
  });

  it('territory policy: Northern Cyprus is Cyprus, Somaliland Somalia, Kosovo its own; no country for the undetermined land', () => {
    assert.equal(countryOfShape('n-cyprus'), 'CYP');
    assert.equal(countryOfShape('somaliland'), 'SOM');
    assert.equal(countryOfShape('indian-ocean-ter'), 'AUS');
    assert.equal(countryOfShape('kosovo'), 'XKX');
    assert.equal(countryOfShape('undetermined'), null);
    assert.equal(countryOfShape('siachen-glacier'), null);
    assert.equal(countryOfShape('392'), 'JPN');
    assert.deepEqual(worldCountry('CYP')!.shapes, ['196', 'n-cyprus']);
    assert.deepEqual(worldCountry('SOM')!.shapes, ['706', 'somaliland']);
    assert.equal(worldCountryCode('xk'), 'XKX');
    assert.deepEqual(worldCountry('XKX', index)!.name, {ja: 'コソボ', en: 'Kosovo'});
  });
});

describe('world countries: names', () => {
  it('the dataset’s names win for its countries: 豪州, ミクロネシア連邦, 米国, Viet Nam', () => {
    for (const {iso3, name} of places.countries) assert.deepEqual(worldCountry(iso3, index)!.name, name, iso3);
    assert.equal(worldCountry('AUS', index)!.name.ja, '豪州');
    assert.equal(worldCountry('FSM', index)!.name.ja, 'ミクロネシア連邦');
    assert.equal(worldCountry('USA', index)!.name.ja, '米国');
    assert.equal(worldCountry('PHL', index)!.nameInSentence, 'the Philippines');
  });

  it('the overrides hold a note each and no country of the dataset (its names are given there, once)', () => {
    const dataset = new Set(places.countries.map((c) => c.iso3));
    for (const [code, entry] of Object.entries(namesFile.names)) {
      assert.ok(entry.note, `${code} has no note`);
      assert.ok(!dataset.has(code), `${code} is in the dataset`);
      assert.ok(worldCountryCodes().includes(code), `${code} is not drawn`);
    }
    for (const [id, entry] of Object.entries(namesFile.shapes)) assert.ok(entry.note, `shape ${id} has no note`);
  });

  it('the Ministry’s names where CLDR writes otherwise: 英国, 北朝鮮, パレスチナ, 香港, バチカン', () => {
    const name = (code: string) => worldCountry(code, index)!.name;
    assert.deepEqual(name('GBR'), {ja: '英国', en: 'United Kingdom'});
    assert.equal(worldCountry('GBR', index)!.nameInSentence, 'the United Kingdom');
    assert.equal(name('PRK').ja, '北朝鮮');
    assert.deepEqual(name('PSE'), {ja: 'パレスチナ', en: 'Palestine'});
    assert.deepEqual(name('HKG'), {ja: '香港', en: 'Hong Kong'});
    assert.deepEqual(name('VAT'), {ja: 'バチカン', en: 'Holy See'});
  });

  it('every name of the world: the overrides applied, a real name, in the official register (Node’s ICU)', () => {
    assert.deepEqual(worldNameProblems(index, namesFile.names), []);
    // …and the check can fail: an override the names do not carry is reported.
    assert.deepEqual(worldNameProblems(index, {MNG: {ja: '蒙古'}}), ['MNG: ja モンゴル, not the override 蒙古']);
  });

  it('a country outside the dataset is named from CLDR, and Brazil and Mongolia are named', () => {
    assert.deepEqual(worldCountry('MNG', index)!.name, {ja: 'モンゴル', en: 'Mongolia'});
    assert.deepEqual(worldCountry('BRA', index)!.name, {ja: 'ブラジル', en: 'Brazil'});
    assert.equal(worldCountry('MNG', index)!.record, undefined);
  });
});
