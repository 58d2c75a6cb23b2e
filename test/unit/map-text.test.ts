import assert from 'node:assert/strict';
import {before, describe, it} from 'node:test';

import {bundledIndex, dataset} from '../../src/data/index.js';
import {nameInSentence} from '../../src/data/queries.js';
import type {Locale, PillarId} from '../../src/data/types.js';
import {
  countriesText,
  entriesText,
  filterText,
  highlightText,
  homeText,
  optionLabel,
  summarySentences,
} from '../../src/components/map/map-text.js';
import {japaneseReady, withLocale} from '../../src/i18n/msg.js';
import {mapPlaces, summarise} from '../../src/layout/map-places.js';

// Japanese texts load when first needed (src/i18n/msg.ts): every one these modules registered.
before(async () => {
  await japaneseReady();
});

const places = mapPlaces(bundledIndex);
const place = (iso3: string) => places.find((p) => p.iso3 === iso3)!;
const en = <T>(fn: () => T) => withLocale('en', fn);
const ja = <T>(fn: () => T) => withLocale('ja', fn);
const glyphsOf = (pillars: readonly PillarId[]) => pillars.map((p) => bundledIndex.pillars.get(p)!.glyph).join('');
const name = (iso3: string, locale: Locale) => bundledIndex.countries.get(iso3)!.name[locale];

/** The four kinds of place, from the data: what the option's name must say of each. */
const withBoth = places.find((p) => p.initiatives.length && p.items.length)!;
const initiativesOnly = places.find((p) => p.initiatives.length === 1 && !p.items.length)!;
const entriesOnly = places.find((p) => !p.initiatives.length && p.items.length)!;
const regionMember = places.find((p) => !p.count && p.regions.length)!;
const partner = places.find((p) => !p.count && !p.regions.length)!;

describe('the map’s words', () => {
  it('the data has every kind of place', () => {
    for (const p of [withBoth, initiativesOnly, entriesOnly, regionMember, partner]) assert.ok(p);
    assert.ok(!places.some((p) => p.iso3 === 'JPN'), 'Japan is home, not a place the map lists');
  });

  describe('counts, with plural rules in English and counters in Japanese', () => {
    const cases: [number, number, string, string][] = [
      [1, 0, '1 initiative', '取組1件'],
      [7, 0, '7 initiatives', '取組7件'],
      [0, 1, '1 map entry', '地図上の記載1件'],
      [0, 3, '3 map entries', '地図上の記載3件'],
      [7, 2, '9 initiatives and map entries', '取組等9件'],
    ];
    for (const [initiatives, entries, english, japanese] of cases)
      it(`${initiatives} + ${entries}: ${english} / ${japanese}`, () => {
        assert.equal(
          en(() => entriesText(initiatives, entries)),
          english,
        );
        assert.equal(
          ja(() => entriesText(initiatives, entries)),
          japanese,
        );
      });

    it('the legend’s priority areas: "(1 country)", "(18 countries)", （18か国） with full-width brackets', () => {
      assert.equal(
        en(() => countriesText('Prosperity', 1)),
        'Prosperity (1 country)',
      );
      assert.equal(
        en(() => countriesText('Prosperity', 18)),
        'Prosperity (18 countries)',
      );
      assert.equal(
        ja(() => countriesText('繁栄', 18)),
        '繁栄（18か国）',
      );
    });
  });

  describe('each option’s name says the country and its state in one phrase, as the tooltip does', () => {
    it('a country with initiatives and map entries: both counted, with its priority areas', () => {
      const {iso3, count, pillars} = withBoth;
      assert.ok(pillars.length > 1);
      assert.equal(
        en(() => optionLabel(bundledIndex, withBoth)),
        `${name(iso3, 'en')}, ${count} initiatives and map entries, priority areas ${glyphsOf(pillars)}`,
      );
      assert.equal(
        ja(() => optionLabel(bundledIndex, withBoth)),
        `${name(iso3, 'ja')}、取組等${count}件、重点分野${glyphsOf(pillars)}`,
      );
    });

    it('one initiative, one priority area: singular ("…, 1 initiative, priority area ①")', () => {
      const {iso3, pillars} = initiativesOnly;
      assert.equal(pillars.length, 1);
      assert.equal(
        en(() => optionLabel(bundledIndex, initiativesOnly)),
        `${name(iso3, 'en')}, 1 initiative, priority area ${glyphsOf(pillars)}`,
      );
      assert.equal(
        ja(() => optionLabel(bundledIndex, initiativesOnly)),
        `${name(iso3, 'ja')}、取組1件、重点分野${glyphsOf(pillars)}`,
      );
    });

    it('a country with map entries only: not counted as initiatives', () => {
      const n = entriesOnly.items.length;
      assert.equal(
        en(() => optionLabel(bundledIndex, entriesOnly)),
        `${name(entriesOnly.iso3, 'en')}, ${n} map ${n === 1 ? 'entry' : 'entries'}, priority area${
          entriesOnly.pillars.length === 1 ? '' : 's'
        } ${glyphsOf(entriesOnly.pillars)}`,
      );
      assert.equal(
        ja(() => optionLabel(bundledIndex, entriesOnly)),
        `${name(entriesOnly.iso3, 'ja')}、地図上の記載${n}件、重点分野${glyphsOf(entriesOnly.pillars)}`,
      );
    });

    it('a region member: covered as a member of its region, named as in a sentence; no count of 0', () => {
      const marshall = place('MHL');
      assert.equal(marshall.count, 0);
      assert.deepEqual(marshall.regions, ['pacific-islands']);
      assert.equal(
        en(() => optionLabel(bundledIndex, marshall)),
        'Marshall Islands, covered as a member of the Pacific Island countries (region-wide items)',
      );
      assert.equal(
        ja(() => optionLabel(bundledIndex, marshall)),
        'マーシャル諸島、太平洋島しょ国の一員として対象（広域の取組）',
      );
      for (const p of places.filter((q) => !q.count))
        assert.doesNotMatch(
          en(() => optionLabel(bundledIndex, p)),
          /\b0\b/u,
          p.iso3,
        );
    });

    it('Japan in the legend: the home country, 自国', () => {
      assert.equal(
        en(() => homeText(name('JPN', 'en'))),
        'Japan (home country)',
      );
      assert.equal(
        ja(() => homeText(name('JPN', 'ja'))),
        '日本（自国）',
      );
    });

    it('a partner of Japan only: 連携先', () => {
      assert.equal(
        en(() => optionLabel(bundledIndex, partner)),
        `${name(partner.iso3, 'en')}, a partner of Japan`,
      );
      assert.equal(
        ja(() => optionLabel(bundledIndex, partner)),
        `${name(partner.iso3, 'ja')}、日本の連携先`,
      );
    });
  });

  describe('the summary', () => {
    const summary = summarise(bundledIndex, places, []);
    const [n, m, total, top] = [summary.countries, summary.initiatives, summary.total, summary.topCount];
    const leaders = places.filter((p) => p.count === top).map((p) => p.iso3);
    // Hatched on the map and in no count above: members with nothing of their own (Myanmar, Samoa…).
    const regionOnly = places.filter((p) => !p.count && p.regions.length);

    it('counts what its words say, names countries as in a sentence, with "each" for several', () => {
      assert.ok(m < total && leaders.length > 1);
      assert.deepEqual(summary.top, leaders);
      assert.equal(summary.regionOnly, regionOnly.length);
      assert.ok(regionOnly.some((p) => p.iso3 === 'MMR'));
      assert.deepEqual(summary.regionOnlyBy, ['asean', 'pacific-islands']);
      assert.deepEqual([...new Set(regionOnly.flatMap((p) => p.regions))].sort(), ['asean', 'pacific-islands']);
      const names = leaders.map((iso3) => nameInSentence(bundledIndex.countries.get(iso3)!, 'en'));
      assert.equal(
        en(() => summarySentences(bundledIndex, summary)),
        `This document sets out ${total} initiatives by Japan, ${m} of them for specific countries or territories; ` +
          'the rest cover a region as a whole or name no country or region. ' +
          `Together with the other map entries, they concern ${n} countries and territories. ` +
          `A further ${regionOnly.length} countries and territories are covered only as members of ASEAN or the Pacific Island countries (region-wide items). ` +
          `The most initiatives and map entries are in ${names.slice(0, -1).join(', ')} and ${names.at(-1)} (${top} each).`,
      );
      assert.match(
        en(() => summarySentences(bundledIndex, summary)),
        /in the Philippines and Indonesia \(8 each\)\.$/u,
      );
    });

    it('in Japanese: 28か国・地域, 又は, 及び, 各9件', () => {
      const names = leaders.map((iso3) => name(iso3, 'ja'));
      assert.equal(
        ja(() => summarySentences(bundledIndex, summary)),
        `この資料では、日本の取組${total}件のうち${m}件が特定の国・地域を対象としています。` +
          'その他は地域全体を対象とするもの又は対象国・地域が明記されていないものです。' +
          `これらの取組は、地図上のその他の記載とあわせ、${n}か国・地域を対象としています。` +
          `このほか、${regionOnly.length}か国・地域がASEAN又は太平洋島しょ国の一員として広域の取組のみの対象となっています。` +
          `取組等が最も多いのは${names.slice(0, -1).join('、')}及び${names.at(-1)}（各${top}件）です。`,
      );
    });

    it('one leader and every initiative placed: no "each", no "rest"; singular counts', () => {
      const one = {countries: 1, initiatives: 1, total: 1, top: ['PHL'], topCount: 1, regionOnly: 0, regionOnlyBy: []};
      assert.equal(
        en(() => summarySentences(bundledIndex, one)),
        'This document sets out 1 initiative by Japan, all of them for specific countries or territories. ' +
          'Together with the other map entries, they concern 1 country or territory. ' +
          'The most initiatives and map entries are in the Philippines (1).',
      );
      assert.equal(
        ja(() => summarySentences(bundledIndex, one)),
        'この資料では、日本の取組1件のすべてが特定の国・地域を対象としています。' +
          'これらの取組は、地図上のその他の記載とあわせ、1か国・地域を対象としています。' +
          '取組等が最も多いのはフィリピン（1件）です。',
      );
    });

    it('one member covered only through a region: singular, and never counted with the countries above', () => {
      const one = {
        countries: 1,
        initiatives: 1,
        total: 2,
        top: ['PHL'],
        topCount: 1,
        regionOnly: 1,
        regionOnlyBy: ['asean'],
      };
      assert.match(
        en(() => summarySentences(bundledIndex, one)),
        / they concern 1 country or territory\. A further 1 country or territory is covered only as a member of ASEAN \(region-wide items\)\. The most/u,
      );
      assert.match(
        ja(() => summarySentences(bundledIndex, one)),
        /1か国・地域を対象としています。このほか、1か国・地域がASEANの一員として広域の取組のみの対象となっています。取組等/u,
      );
    });
  });

  it('a filter’s announcement: singular for one priority area, plural counts', () => {
    const two = summarise(bundledIndex, mapPlaces(bundledIndex, [2]), [2]);
    assert.equal(
      en(() => filterText(bundledIndex, two, [2])),
      `Priority area ②: ${two.countries} countries and territories, ${two.initiatives} of ${two.total} initiatives.`,
    );
    assert.equal(
      ja(() => filterText(bundledIndex, two, [2])),
      `重点分野②：${two.countries}か国・地域、取組${two.total}件中${two.initiatives}件`,
    );
    const all = summarise(bundledIndex, places, []);
    assert.equal(
      en(() => filterText(bundledIndex, all, [])),
      `All priority areas: ${all.countries} countries and territories, ${all.initiatives} of ${dataset.initiatives.length} initiatives.`,
    );
    assert.equal(
      en(() => filterText(bundledIndex, all, [1, 3])),
      `Priority areas ①③: ${all.countries} countries and territories, ${all.initiatives} of ${all.total} initiatives.`,
    );
  });

  it('a pressed legend entry says what it highlights, in a picker’s order, as in a sentence', () => {
    assert.equal(
      en(() => highlightText(bundledIndex, 'ASEAN', ['PHL', 'KHM'])),
      'ASEAN: 2 countries and territories highlighted on the map (Cambodia and the Philippines).',
    );
    assert.equal(
      en(() => highlightText(bundledIndex, 'Europe', ['FRA'])),
      'Europe: 1 country or territory highlighted on the map (France).',
    );
    // 五十音順: カンボジア, タイ, フィリピン.
    assert.equal(
      ja(() => highlightText(bundledIndex, 'ASEAN', ['PHL', 'THA', 'KHM'])),
      'ASEAN：3か国・地域を地図上で強調表示しています（カンボジア、タイ及びフィリピン）。',
    );
    assert.equal(
      en(() => highlightText(bundledIndex, 'Europe', [])),
      'Europe: 0 countries and territories highlighted on the map.',
    );
  });
});
