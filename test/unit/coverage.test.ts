import assert from 'node:assert/strict';
import {describe, it} from 'node:test';

import {coverage, membersCoveredOnly} from '../../src/data/coverage.js';
import {bundledIndex, dataset, DatasetIndex} from '../../src/data/index.js';
import type {Dataset, PillarId} from '../../src/data/index.js';

const index = bundledIndex;
const regionInitiatives = (region: string) =>
  dataset.initiatives.filter((i) => i.regions.includes(region)).map((i) => i.id);
const regionBoxItems = (region: string) =>
  dataset.mapEntries.filter((e) => e.kind === 'region' && e.regions.includes(region)).flatMap((e) => e.items);
const unnamed = dataset.countries.filter((c) => !c.named).map((c) => c.iso3);

describe('region-wide coverage', () => {
  it('Myanmar: nothing of its own, ASEAN’s initiatives and the items of ASEAN’s box that illustrate none of them', () => {
    assert.ok(unnamed.includes('MMR'));
    assert.equal(index.initiativesByCountry.has('MMR'), false, 'no initiative names Myanmar');
    const {regions} = coverage(index, 'MMR');
    assert.deepEqual(
      regions.map((r) => r.region),
      ['asean'],
    );
    const [asean] = regions;
    assert.deepEqual(asean.initiatives, regionInitiatives('asean'));
    assert.ok(asean.initiatives.length > 0);
    const items = regionBoxItems('asean').filter((i) => !i.initiative || !asean.initiatives.includes(i.initiative));
    assert.deepEqual(
      asean.items.map((r) => r.item),
      items,
    );
    assert.ok(asean.items.every((r) => r.entry.kind === 'region'));
    // Among them the defence items the issue names: shown as ASEAN's, never as Myanmar's.
    assert.ok(asean.items.some((r) => r.item.text.ja.includes('防衛')));
  });

  it('every member the document never names is covered through a region and has nothing of its own', () => {
    assert.ok(unnamed.length >= 10);
    for (const iso3 of unnamed) {
      const {regions} = coverage(index, iso3);
      assert.ok(regions.length > 0, `${iso3} is covered by a region`);
      assert.equal(index.initiativesByCountry.has(iso3), false, `${iso3} has no initiative of its own`);
      for (const {region} of regions) assert.ok(index.regions.get(region)!.members.includes(iso3));
    }
  });

  it('the Philippines: its own initiatives stay its own; the region group has only what it does not', () => {
    const own = index.initiativesByCountry.get('PHL')!;
    assert.ok(own.includes('asean-critical-minerals-recycling'), 'an ASEAN initiative that names the Philippines');
    const [asean] = coverage(index, 'PHL').regions;
    assert.equal(asean.region, 'asean');
    assert.deepEqual(
      asean.initiatives,
      regionInitiatives('asean').filter((id) => !own.includes(id)),
    );
    assert.ok(asean.items.every(({item}) => !item.initiative || !own.includes(item.initiative)));
    assert.ok(asean.initiatives.length > 0);
  });

  it('follows the priority areas: a region with nothing in the filter is left out', () => {
    for (const pillar of [1, 2, 3] as PillarId[]) {
      const {regions} = coverage(index, 'MMR', {pillars: [pillar]});
      for (const r of regions) {
        for (const id of r.initiatives) assert.equal(index.initiatives.get(id)!.pillar, pillar);
        for (const {item} of r.items) assert.equal(item.pillar, pillar);
        assert.ok(r.initiatives.length + r.items.length > 0);
      }
    }
    // Europe's box has an item of ① only.
    assert.deepEqual(
      coverage(index, 'FRA', {pillars: [1]}).regions.map((r) => r.region),
      ['europe'],
    );
    assert.deepEqual(coverage(index, 'FRA', {pillars: [2, 3]}).regions, []);
  });

  it('follows the list’s other filters for initiatives, and ignores the filter’s own country', () => {
    const [gosat] = coverage(index, 'MMR', {query: 'GOSAT', country: 'PHL'}).regions;
    assert.deepEqual(gosat.initiatives, ['gosat-greenhouse-gas-measures']);
    const [partner] = coverage(index, 'MMR', {partner: 'asean'}).regions;
    assert.deepEqual(
      partner.initiatives,
      regionInitiatives('asean').filter((id) => index.initiatives.get(id)!.partners.includes('asean')),
    );
  });

  it('a country in no region, and a country of no region-wide item, are covered by none', () => {
    assert.deepEqual(coverage(index, 'JPN').regions, []);
    assert.deepEqual(coverage(index, 'USA').regions, []);
  });

  it('in an edition where an ASEAN initiative also names Myanmar, that initiative is Myanmar’s own', () => {
    const edited = structuredClone(dataset) as unknown as {initiatives: {id: string; countries: string[]}[]};
    edited.initiatives.find((i) => i.id === 'gosat-greenhouse-gas-measures')!.countries.push('MMR');
    const other = new DatasetIndex(edited as unknown as Dataset);
    assert.deepEqual(other.initiativesByCountry.get('MMR'), ['gosat-greenhouse-gas-measures']);
    const [asean] = coverage(other, 'MMR').regions;
    assert.ok(!asean.initiatives.includes('gosat-greenhouse-gas-measures'));
    assert.ok(!asean.items.some(({item}) => item.initiative === 'gosat-greenhouse-gas-measures'));
  });
});

describe('members a country picker offers under their region', () => {
  const groups = membersCoveredOnly(index);
  const all = groups.flatMap((g) => g.members);

  it('offers every member the document never names, Myanmar under ASEAN', () => {
    for (const iso3 of unnamed) assert.ok(all.includes(iso3), iso3);
    assert.ok(groups.find((g) => g.region === 'asean')!.members.includes('MMR'));
  });

  it('offers only members of the region with no initiative of their own, each once', () => {
    assert.equal(new Set(all).size, all.length);
    for (const {region, members} of groups) {
      assert.ok(members.length > 0);
      for (const iso3 of members) {
        assert.ok(index.regions.get(region)!.members.includes(iso3), `${iso3} in ${region}`);
        assert.equal(index.initiativesByCountry.has(iso3), false, `${iso3} has none of its own`);
      }
    }
    assert.ok(!all.includes('PHL'));
  });
});
