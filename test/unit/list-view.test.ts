import assert from 'node:assert/strict';
import {describe, it} from 'node:test';

import type {RegionWide} from '../../src/data/coverage.js';
import {coverage, membersCoveredOnly} from '../../src/data/coverage.js';
import {bundledIndex as index, dataset} from '../../src/data/index.js';
import type {Initiative, PillarId} from '../../src/data/index.js';
import {
  countLine,
  countryOptions,
  filterKey,
  groupInitiatives,
  listView,
  partnerOptions,
  regionsCovering,
  togglePillar,
} from '../../src/layout/list-view.js';

const ids = (list: readonly Initiative[]) => list.map((i) => i.id);
const named = (id: string) => (index.countries.get(id) ?? index.organisations.get(id))!;
const region = (id: string, initiatives: string[]): RegionWide => ({region: id, initiatives, items: []});

describe('list view: the filter', () => {
  it('filterKey is the same for the same filter however it was written, and differs for any change', () => {
    assert.equal(filterKey({}), filterKey({pillars: [], country: undefined, query: ''}));
    assert.equal(filterKey({country: 'PHL', pillars: [1, 3]}), filterKey({pillars: [1, 3], country: 'PHL'}));
    const variants = [
      {},
      {pillars: [1] as PillarId[]},
      {pillars: [1, 3] as PillarId[]},
      {country: 'PHL'},
      {partner: 'PHL'},
      {instrument: 'osa'},
      {query: 'osa'},
    ];
    assert.equal(new Set(variants.map(filterKey)).size, variants.length);
  });

  const toggles: [PillarId[], PillarId, PillarId[]][] = [
    [[], 2, [2]],
    [[3], 1, [1, 3]],
    [[1, 3], 2, [1, 2, 3]],
    [[1, 3], 1, [3]],
    [[2], 2, []],
  ];
  for (const [pressed, id, next] of toggles) {
    it(`togglePillar([${pressed}], ${id}) is [${next}], in order`, () => {
      assert.deepEqual(togglePillar(pressed, id), next);
    });
  }
});

describe('list view: groups', () => {
  it('groups every initiative by priority area, then by the edition’s category order, document order within', () => {
    const groups = groupInitiatives(index, dataset.initiatives);
    assert.deepEqual(
      groups.map((g) => g.pillar.id),
      dataset.pillars.map((p) => p.id),
    );
    assert.deepEqual(
      groups.flatMap((g) => g.categories.map((c) => c.category!.id)),
      dataset.categories.map((c) => c.id),
    );
    for (const {pillar, categories} of groups) {
      for (const {category, initiatives} of categories) {
        assert.deepEqual(ids(initiatives), ids(dataset.initiatives.filter((i) => i.category === category!.id)));
        assert.ok(initiatives.every((i) => i.pillar === pillar.id));
      }
    }
  });

  it('leaves out the priority areas and categories with nothing in the filter', () => {
    const shown = index.filter({country: 'PHL'});
    const groups = groupInitiatives(index, shown);
    assert.deepEqual(
      groups.map((g) => g.pillar.id),
      [...new Set(shown.map((i) => i.pillar))].sort(),
    );
    assert.equal(groups.flatMap((g) => g.categories).length, new Set(shown.map((i) => i.category)).size);
    assert.deepEqual(groupInitiatives(index, []), []);
  });

  it('puts an initiative whose category the edition does not list last in its area, with no category', () => {
    const [first] = dataset.initiatives;
    const stray = {...first, id: 'stray', category: 'not-in-the-edition'};
    const [group] = groupInitiatives(index, [stray, first]);
    assert.deepEqual(
      group.categories.map((c) => [c.category?.id, ids(c.initiatives)]),
      [
        [first.category, [first.id]],
        [undefined, ['stray']],
      ],
    );
  });
});

describe('list view: regions and the count', () => {
  it('a country’s covering regions are those with initiatives in the filter; none without a country', () => {
    assert.deepEqual(regionsCovering(index, {}), []);
    assert.deepEqual(regionsCovering(index, {pillars: [1]}), []);
    const mmr = regionsCovering(index, {country: 'MMR'});
    assert.deepEqual(
      mmr.map((r) => r.region),
      ['asean'],
    );
    assert.deepEqual(mmr[0].initiatives, coverage(index, 'MMR').regions[0].initiatives);
    // Narrowed by the other filters, as the country's own are.
    const pillar3 = regionsCovering(index, {country: 'MMR', pillars: [3]});
    assert.ok(pillar3[0].initiatives.length < mmr[0].initiatives.length);
    assert.ok(pillar3[0].initiatives.every((id) => index.initiatives.get(id)!.pillar === 3));
  });

  it('counts its own only without a covering region', () => {
    const total = dataset.initiatives.length;
    assert.deepEqual(countLine(index, {}, total, []), {kind: 'own', shown: total, total});
    assert.deepEqual(countLine(index, {country: 'PHL'}, 3, []), {kind: 'own', shown: 3, total});
  });

  it('says what also covers a country with initiatives of its own, each counted once', () => {
    const line = countLine(index, {country: 'PHL'}, 4, [region('asean', ['a', 'b']), region('other', ['b', 'c'])]);
    assert.deepEqual(line, {
      kind: 'also',
      shown: 4,
      total: dataset.initiatives.length,
      wide: 3,
      country: 'PHL',
      regions: ['asean', 'other'],
      narrowed: false,
    });
  });

  it('says none name a country covered only as a member, and whether other filters narrowed it', () => {
    const regions = regionsCovering(index, {country: 'MMR'});
    assert.deepEqual(countLine(index, {country: 'MMR'}, 0, regions), {
      kind: 'none',
      shown: 0,
      total: dataset.initiatives.length,
      wide: regions[0].initiatives.length,
      country: 'MMR',
      regions: ['asean'],
      narrowed: false,
    });
    for (const other of [{pillars: [2] as PillarId[]}, {partner: 'USA'}, {instrument: 'osa'}, {query: 'AI'}]) {
      const line = countLine(index, {country: 'MMR', ...other}, 0, regions);
      assert.ok(line.kind === 'none' && line.narrowed, JSON.stringify(other));
    }
    // A query of spaces narrows nothing.
    const spaces = countLine(index, {country: 'MMR', query: '  '}, 0, regions);
    assert.ok(spaces.kind === 'none' && !spaces.narrowed);
  });

  it('listView: the filter’s own, grouped, the regions after them, and empty only when neither', () => {
    const phl = listView(index, {country: 'PHL'});
    assert.deepEqual(ids(phl.shown), ids(index.filter({country: 'PHL'})));
    assert.deepEqual(phl.groups, groupInitiatives(index, phl.shown));
    assert.deepEqual(phl.regions, regionsCovering(index, {country: 'PHL'}));
    assert.equal(phl.count.kind, 'also');
    assert.equal(phl.empty, false);
    const mmr = listView(index, {country: 'MMR'});
    assert.equal(mmr.shown.length, 0);
    assert.equal(mmr.empty, false, 'ASEAN’s initiatives are shown');
    const none = listView(index, {country: 'JPN', pillars: [3]});
    assert.equal(none.empty, true);
    assert.deepEqual(none.groups, []);
  });
});

describe('list view: the pickers', () => {
  it('offers the countries with initiatives by name, then per region its members covered only through it', () => {
    for (const [locale, key] of [
      ['en', (id: string) => named(id).name.en],
      ['ja', (id: string) => named(id).reading ?? named(id).name.ja],
    ] as const) {
      const collator = new Intl.Collator(locale);
      const byName = (list: readonly string[]) => [...list].sort((a, b) => collator.compare(key(a), key(b)));
      const options = countryOptions(index, locale);
      assert.deepEqual(options.ids, byName(index.countriesWithInitiatives));
      assert.deepEqual(
        options.groups,
        membersCoveredOnly(index).map((m) => ({region: m.region, ids: byName(m.members)})),
      );
      assert.ok(options.groups.find((g) => g.region === 'asean')!.ids.includes('MMR'));
      assert.deepEqual(partnerOptions(index, locale), byName(index.partnerIds));
    }
  });

  it('offers a chosen value the pickers would not have, once, in name order', () => {
    const plain = countryOptions(index, 'en');
    assert.ok(!plain.ids.includes('JPN'));
    const withJapan = countryOptions(index, 'en', 'JPN');
    assert.deepEqual([...withJapan.ids].sort(), [...plain.ids, 'JPN'].sort());
    assert.deepEqual(
      withJapan.ids,
      [...withJapan.ids].sort((a, b) => named(a).name.en.localeCompare(named(b).name.en, 'en')),
    );
    // Already offered, in the list or under its region: not again.
    assert.deepEqual(countryOptions(index, 'en', 'PHL').ids, plain.ids);
    assert.deepEqual(countryOptions(index, 'en', 'MMR').ids, plain.ids);
    assert.deepEqual(partnerOptions(index, 'en', 'asean'), partnerOptions(index, 'en'));
    const withPhilippines = partnerOptions(index, 'en', 'PHL');
    assert.equal(withPhilippines.filter((id) => id === 'PHL').length, 1);
    assert.equal(withPhilippines.length, index.partnerIds.length + 1);
  });

  it('sorts once per edition and language: the same answer again without sorting again', () => {
    assert.equal(countryOptions(index, 'ja').ids, countryOptions(index, 'ja').ids);
    assert.notEqual(countryOptions(index, 'ja').ids, countryOptions(index, 'en').ids);
    assert.equal(partnerOptions(index, 'en'), partnerOptions(index, 'en'));
  });
});
