import assert from 'node:assert/strict';
import {describe, it} from 'node:test';

import type {RegionWide} from '../../src/data/coverage.js';
import {coverage, membersCoveredOnly} from '../../src/data/coverage.js';
import {bundledIndex as index, dataset} from '../../src/data/index.js';
import type {Initiative, PillarId} from '../../src/data/index.js';
import {
  countKind,
  countryOptions,
  groupInitiatives,
  partnerOptions,
  regionsCovering,
  togglePillar,
  wideCount,
} from '../../src/layout/list-view.js';

const ids = (list: readonly Initiative[]) => list.map((i) => i.id);
const named = (id: string) => (index.countries.get(id) ?? index.organisations.get(id))!;
const region = (id: string, initiatives: string[]): RegionWide => ({region: id, initiatives, items: []});

describe('list view: the priority-area toggles', () => {
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

  it('counts its own only without a covering region, or without a country', () => {
    assert.equal(countKind({}, dataset.initiatives.length, []), 'own');
    assert.equal(countKind({country: 'PHL'}, 3, []), 'own');
    assert.equal(countKind({}, 3, [region('asean', ['a'])]), 'own');
  });

  it('says what also covers a country with initiatives of its own, each counted once', () => {
    const regions = [region('asean', ['a', 'b']), region('other', ['b', 'c'])];
    assert.equal(countKind({country: 'PHL'}, 4, regions), 'also');
    assert.equal(wideCount(regions), 3);
  });

  it('says none name a country covered only as a member, and whether other filters narrowed it', () => {
    const regions = regionsCovering(index, {country: 'MMR'});
    assert.equal(countKind({country: 'MMR'}, 0, regions), 'none');
    assert.equal(wideCount(regions), regions[0].initiatives.length);
    for (const other of [{pillars: [2] as PillarId[]}, {partner: 'USA'}, {instrument: 'osa'}, {query: 'AI'}]) {
      assert.equal(countKind({country: 'MMR', ...other}, 0, regions), 'narrowed', JSON.stringify(other));
    }
    // A query of spaces narrows nothing.
    assert.equal(countKind({country: 'MMR', query: '  '}, 0, regions), 'none');
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
        membersCoveredOnly(index).map((m) => ({region: m.region, members: byName(m.members)})),
      );
      assert.ok(options.groups.find((g) => g.region === 'asean')!.members.includes('MMR'));
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
});
