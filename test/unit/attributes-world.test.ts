// parseWorldCountry (src/internal/world-country-attribute.ts): `<foip-country country="…">` takes any country the
// map draws, in alpha-3 or alpha-2, any case and width; a wrong value is one localized message with
// suggestions and one English warning. parseCountry, for the dataset's countries only, is unchanged.
import assert from 'node:assert/strict';
import {before, describe, it} from 'node:test';

import {bundledIndex} from '../../src/data/dataset.js';
import {worldCountry, worldCountryCodes} from '../../src/data/world-countries.js';
import {japaneseReady, withLocale} from '../../src/i18n/msg.js';
import {parseCountry} from '../../src/internal/attributes.js';
import {parseWorldCountry} from '../../src/internal/world-country-attribute.js';
import type {Parsed, Problem} from '../../src/internal/attributes.js';

// Japanese texts load when first needed (src/i18n/msg.ts): every one these modules registered.
before(async () => {
  await japaneseReady();
});

const index = bundledIndex();

function problemOf<T>(read: Parsed<T>): Problem {
  assert.ok(read.problem, `expected a problem, got ${JSON.stringify(read.value)}`);
  return read.problem;
}

describe('parseWorldCountry', () => {
  it('every country the map draws, as alpha-3 or alpha-2, in any case and full-width', () => {
    for (const iso3 of worldCountryCodes()) {
      const {iso2} = worldCountry(iso3)!;
      const wide = (s: string) => s.replace(/[A-Z]/gu, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
      for (const written of [iso3, iso3.toLowerCase(), wide(iso3), iso2, iso2.toLowerCase(), wide(iso2)]) {
        assert.deepEqual(parseWorldCountry(written, index), {value: iso3, problem: null}, written);
      }
    }
    assert.deepEqual(parseWorldCountry('ＰＨＬ', index).value, 'PHL');
    assert.deepEqual(parseWorldCountry('mn', index).value, 'MNG');
    assert.deepEqual(parseWorldCountry('BRA', index).value, 'BRA');
  });

  it('empty is no country, not a problem', () => {
    for (const empty of [null, undefined, '', '  '])
      assert.deepEqual(parseWorldCountry(empty, index), {value: null, problem: null});
  });

  it('a name is not a code: one message with the country suggested first, in both languages, and one warning', () => {
    const problem = problemOf(parseWorldCountry('Mongolia', index));
    assert.equal(problem.attribute, 'country');
    assert.equal(problem.value, 'Mongolia');
    const en = withLocale('en', problem.message);
    const ja = withLocale('ja', problem.message);
    assert.match(
      en,
      /^Unknown country "Mongolia"\. Use an ISO 3166-1 alpha-3 or alpha-2 code such as MNG(, [A-Z]{3})*\.$/u,
    );
    assert.match(ja, /^country属性に「Mongolia」は指定できません。.*（例：MNG(、[A-Z]{3})*）。$/u);
    assert.match(
      problem.warning,
      /^is not a country the map draws; use an ISO 3166-1 alpha-3 or alpha-2 code such as MNG/u,
    );
    // Japanese names are matched too.
    assert.equal(parseWorldCountry('モンゴル', index).problem?.warning.match(/such as (\w+)/u)?.[1], 'MNG');
  });

  it('a near miss suggests the close codes; land of no country is not a country', () => {
    assert.match(problemOf(parseWorldCountry('PHK', index)).warning, /\bPHL\b/u);
    for (const wrong of ['XX', 'undetermined', 'siachen-glacier', '392']) {
      assert.equal(parseWorldCountry(wrong, index).value, null, wrong);
    }
  });

  it('parseCountry still takes the dataset’s countries only', () => {
    assert.equal(parseCountry('PHL', index).value, 'PHL');
    assert.ok(parseCountry('MNG', index).problem);
  });
});
