// A country's profile (src/data/country-profile.ts) and its summary (src/internal/country-summary.ts),
// for every country of the document and for countries named only through a region or not at all.
// The expected figures are derived here from the raw data/*.json, by the dataset's rules
// (data/README.md), not with the module's own queries.
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {before, describe, it} from 'node:test';

import {countryProfile, isOutside} from '../../src/data/country-profile.js';
import {bundledIndex} from '../../src/data/dataset.js';
import {DatasetIndex} from '../../src/data/queries.js';
import type {Initiative, Locale, MapEntry, MapItem, Region} from '../../src/data/types.js';
import {worldCountry} from '../../src/data/world-countries.js';
import {japaneseReady, withLocale} from '../../src/i18n/msg.js';
import {parseWorldCountry} from '../../src/internal/world-country-attribute.js';
import {countrySummary} from '../../src/internal/country-summary.js';

// Japanese texts load when first needed (src/i18n/msg.ts): every one these modules registered.
before(async () => {
  await japaneseReady();
});

const index = bundledIndex();
const readJson = (file: string) => JSON.parse(readFileSync(new URL(`../../data/${file}`, import.meta.url), 'utf8'));
const {initiatives} = readJson('document.json') as {initiatives: Initiative[]};
const {mapEntries} = readJson('map.json') as {mapEntries: MapEntry[]};
const places = readJson('places.json') as {countries: {iso3: string}[]; regions: Region[]};
const refs = mapEntries.flatMap((entry) => entry.items.map((item) => ({entry, item})));
const spans = (item: MapItem) => item.pillars ?? [item.pillar];

/** What the document holds for a country, by the rules of data/README.md, from the raw files. */
function expected(iso3: string) {
  // Placed in it: its label names it and the item does not print it as a partner.
  const placed = refs.filter(({entry, item}) => entry.countries.includes(iso3) && !item.partners.includes(iso3));
  const own = initiatives
    .filter((i) => i.countries.includes(iso3) || placed.some(({item}) => item.initiative === i.id))
    .map((i) => i.id);
  const partnerInitiatives = initiatives
    .filter(
      (i) =>
        !own.includes(i.id) &&
        (i.partners.includes(iso3) || refs.some(({item}) => item.initiative === i.id && item.partners.includes(iso3))),
    )
    .map((i) => i.id);
  const partnerItems = refs.filter(
    ({item}) =>
      item.partners.includes(iso3) &&
      !(item.initiative && (own.includes(item.initiative) || partnerInitiatives.includes(item.initiative))),
  );
  const regions = places.regions
    .filter((r) => r.members.includes(iso3))
    .map((r) => {
      const wide = initiatives.filter((i) => i.regions.includes(r.id) && !own.includes(i.id)).map((i) => i.id);
      const boxItems = mapEntries
        .filter((e) => e.kind === 'region' && e.regions.includes(r.id))
        .flatMap((e) => e.items)
        .filter((item) => !(item.initiative && (own.includes(item.initiative) || wide.includes(item.initiative))));
      return {region: r.id, count: wide.length + boxItems.length};
    })
    .filter((r) => r.count > 0);
  return {
    own,
    perPillar: [1, 2, 3].map((p) => ({
      initiatives: initiatives.filter((i) => own.includes(i.id) && i.pillar === p).length,
      items: placed.filter(({item}) => spans(item).includes(p as 1 | 2 | 3)).length,
    })),
    items: placed.length,
    partnerInitiatives,
    partnerItems: partnerItems.length,
    regions,
  };
}

const summary = (iso3: string, locale: Locale) =>
  withLocale(locale, () => countrySummary(index, countryProfile(index, iso3), worldCountry(iso3, index)!));

const documentCountries = places.countries.map((c) => c.iso3).filter((c) => c !== 'JPN');

describe('country profile: every country of the document', () => {
  for (const iso3 of documentCountries) {
    it(`${iso3}: own initiatives by area, map items, partnerships and region-wide items, each apart`, () => {
      const want = expected(iso3);
      const profile = countryProfile(index, iso3);
      assert.deepEqual(
        profile.initiatives.map((i) => i.id),
        want.own,
      );
      assert.deepEqual(
        profile.pillars.map((s) => ({initiatives: s.initiatives.length, items: s.items})),
        want.perPillar,
      );
      assert.equal(profile.items.length, want.items);
      assert.deepEqual(
        profile.partnerships.initiatives.map((i) => i.id),
        want.partnerInitiatives,
      );
      assert.equal(profile.partnerships.items.length, want.partnerItems);
      assert.deepEqual(
        profile.regions.map((r) => ({region: r.region, count: r.initiatives.length + r.items.length})),
        want.regions,
      );
      // Never one as another: a partner initiative or a region-wide one is not among its own.
      const own = new Set(want.own);
      assert.ok(profile.partnerships.initiatives.every((i) => !own.has(i.id)));
      assert.ok(profile.regions.every((r) => r.initiatives.every((id) => !own.has(id))));
    });

    it(`${iso3}: the summary says each count apart, in English and Japanese`, () => {
      const want = expected(iso3);
      const en = summary(iso3, 'en').join(' ');
      const ja = summary(iso3, 'ja').join('');
      const n = want.own.length;
      if (n === 0) {
        assert.match(en, /^The document names no initiative for /u);
        assert.match(ja, /^この資料には、.+を対象とする取組の記載はありません。/u);
      } else {
        assert.match(en, new RegExp(`^The document sets out ${n} initiatives? for `, 'u'));
        assert.ok(ja.includes(`を対象とする取組が${n}件挙げられています`), ja);
      }
      assert.equal(en.includes('Its map shows'), want.items > 0, en);
      if (want.items)
        assert.ok(en.includes(`Its map shows ${want.items} item`) && ja.includes(`記載が${want.items}件`));
      const partner = want.partnerInitiatives.length + want.partnerItems;
      assert.equal(en.includes('as a partner of Japan'), partner > 0, en);
      if (partner) assert.ok(en.includes(`in ${partner} initiative`) && ja.includes(`${partner}件の取組又は`));
      for (const {count} of want.regions) {
        assert.match(en, new RegExp(`is (also )?covered by ${count} region-wide items?\\.`, 'u'));
        assert.ok(ja.includes(`広域の取組${count}件の対象`), ja);
      }
      assert.equal(en.includes('region-wide'), want.regions.length > 0);
      // English plurals: never "1 initiatives", never "2 initiative".
      assert.doesNotMatch(
        en,
        /\b1 (initiatives|items|region-wide items)\b|\b([02-9]|\d\d+) (initiative|item|region-wide item)\b(?! or)/u,
      );
      for (const sentence of summary(iso3, 'en')) assert.match(sentence, /^[A-Z].*\.$/u);
      for (const sentence of summary(iso3, 'ja')) assert.match(sentence, /。$/u);
    });
  }
});

describe('country profile: named only through a region, or not at all', () => {
  it('Myanmar: nothing of its own, covered as a member of ASEAN only', () => {
    const profile = countryProfile(index, 'MMR');
    assert.deepEqual([profile.initiatives.length, profile.items.length, profile.partnerships.items.length], [0, 0, 0]);
    const [asean] = expected('MMR').regions;
    assert.equal(asean.region, 'asean');
    assert.deepEqual(summary('MMR', 'en'), [
      'The document names no initiative for Myanmar.',
      `As a member of ASEAN, Myanmar is covered by ${asean.count} region-wide items.`,
    ]);
    assert.deepEqual(summary('MMR', 'ja'), [
      'この資料には、ミャンマーを対象とする取組の記載はありません。',
      `ミャンマーは、ASEANの一員として広域の取組${asean.count}件の対象となっています。`,
    ]);
  });

  it('the United States: a partner only, with its formats, and no initiative of its own', () => {
    const want = expected('USA');
    assert.equal(want.own.length, 0);
    const [none, partner, formats] = summary('USA', 'en');
    assert.equal(none, 'The document names no initiative for the United States.');
    assert.equal(
      partner,
      `The document names the United States as a partner of Japan in ${want.partnerInitiatives.length + want.partnerItems} initiatives or map items.`,
    );
    const printed = [
      ...new Set(
        refs.filter(({item}) => item.partners.includes('USA')).map(({item}) => /^\([^)]+\)/u.exec(item.text.en)?.[0]),
      ),
    ];
    assert.ok(printed.length > 1);
    for (const format of printed) assert.ok(formats.includes(format!), `${format} not in: ${formats}`);
    assert.ok(summary('USA', 'ja')[2].includes('（日米豪比）'));
  });

  it('the country the document calls Japan’s ally is called so in both languages, and no other', () => {
    const allies = places.countries.filter((c) => 'ally' in c).map((c) => c.iso3);
    assert.deepEqual(allies, ['USA']);
    assert.ok(summary('USA', 'en').includes("The document calls the United States Japan's ally."));
    assert.ok(summary('USA', 'ja').includes('資料は、米国を日本の同盟国としています。'));
    for (const iso3 of documentCountries.filter((c) => !allies.includes(c))) {
      assert.ok(!summary(iso3, 'en').join(' ').includes('ally'), iso3);
      assert.ok(!summary(iso3, 'ja').join('').includes('同盟国'), iso3);
    }
  });

  for (const [iso3, en, ja] of [
    ['MNG', 'Mongolia', 'モンゴル'],
    ['BRA', 'Brazil', 'ブラジル'],
  ]) {
    it(`${en}: outside the document, an honest sentence and nothing invented`, () => {
      const profile = countryProfile(index, iso3);
      assert.ok(isOutside(profile));
      assert.deepEqual(profile.memberOf, []);
      assert.ok(profile.pillars.every((s) => s.initiatives.length === 0 && s.items === 0));
      assert.deepEqual(summary(iso3, 'en'), [`The document names no initiative for ${en}.`]);
      assert.deepEqual(summary(iso3, 'ja'), [`この資料には、${ja}を対象とする取組の記載はありません。`]);
    });
  }

  it('the United Kingdom outside the document: the Ministry’s name, with its article in a sentence', () => {
    assert.deepEqual(summary('GBR', 'en'), ['The document names no initiative for the United Kingdom.']);
    assert.deepEqual(summary('GBR', 'ja'), ['この資料には、英国を対象とする取組の記載はありません。']);
  });

  it('every country of the document has something; only countries outside it are outside', () => {
    for (const iso3 of documentCountries) assert.equal(isOutside(countryProfile(index, iso3)), false, iso3);
  });
});

describe('country profile: a page’s own dataset', () => {
  it('a region that counts a country as a member but covers it with nothing is said, not hidden', () => {
    const data = index.data;
    const region = {
      id: 'test-region',
      name: {ja: '試験地域', en: 'Test Region'},
      nameInSentence: 'the Test Region',
      members: ['MNG'],
      membership: {ja: '試験', en: 'test'},
    };
    const own = new DatasetIndex({...data, regions: [...data.regions, region]});
    const profile = countryProfile(own, 'MNG');
    assert.deepEqual(profile.memberOf, ['test-region']);
    assert.deepEqual(profile.regions, []);
    const say = (locale: Locale) => withLocale(locale, () => countrySummary(own, profile, worldCountry('MNG', own)!));
    assert.deepEqual(say('en'), [
      'The document names no initiative for Mongolia.',
      'The document counts Mongolia as a member of the Test Region, for which it names no region-wide item.',
    ]);
    assert.equal(
      say('ja')[1],
      'この資料では、モンゴルは試験地域の一員とされていますが、当該地域を対象とする広域の取組の記載はありません。',
    );
  });

  it('a country only the page’s dataset holds is read and named from its record', () => {
    const data = index.data;
    const extra = {
      ...data.countries.find((c) => c.iso3 === 'FJI')!,
      iso3: 'XYZ',
      isoNumeric: '999',
      name: {ja: '試験国', en: 'Testland'},
    };
    const own = new DatasetIndex({...data, countries: [...data.countries, extra]});
    assert.equal(parseWorldCountry('xyz', own).value, 'XYZ');
    assert.deepEqual(worldCountry('XYZ', own)!.name, {ja: '試験国', en: 'Testland'});
    assert.deepEqual(worldCountry('XYZ', own)!.shapes, []);
    assert.equal(worldCountry('XYZ', index), undefined);
  });
});
