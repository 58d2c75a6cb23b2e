import assert from 'node:assert/strict';
import {describe, it} from 'node:test';

import {bundledIndex, dataset, DatasetIndex} from '../../src/data/index.js';
import type {Initiative, InitiativeFilter} from '../../src/data/index.js';
import {ListIndex, listIndex} from '../../src/layout/list-index.js';
import {groupInitiatives} from '../../src/layout/list-view.js';
import {partnerDataset} from '../fixtures/partner-dataset.js';

const ids = (list: readonly Initiative[]) => list.map((i) => i.id);

// A partner's records: small enough that the record-by-record reference below stays quick.
const partner = new DatasetIndex(partnerDataset(dataset, 2_000));

/** Filters over every field the list has, alone and together, from the data (not from the code under test). */
function filters(index: DatasetIndex): InitiativeFilter[] {
  const first = index.data.initiatives[0];
  const country = index.countriesWithInitiatives[0];
  const partnerId = index.partnerIds[0];
  const instrument = first.instruments[0];
  const word = first.title.en.split(' ')[0];
  return [
    {},
    {pillars: [1]},
    {pillars: [1, 3]},
    {country},
    {country: 'PHL'},
    {partner: partnerId},
    {instrument},
    {query: word},
    {query: 'ＡＩ'},
    {query: '  '},
    {query: first.title.ja.slice(0, 3)},
    {pillars: [first.pillar], country, query: word.slice(0, 2)},
    {pillars: [2], partner: partnerId, instrument},
    {country: 'ZZZ'},
    {query: 'no such words anywhere'},
  ];
}

describe('list index: the same records as the dataset index, by lookup', () => {
  for (const [name, index] of [
    ['bundled', bundledIndex],
    ['a partner’s 2,000', partner],
  ] as const) {
    for (const filter of filters(index)) {
      it(`${name}: ${JSON.stringify(filter)}`, () => {
        // The reference: every record asked in turn, as `DatasetIndex.matches` has it.
        const expected = index.data.initiatives.filter((i) => index.matches(i, filter));
        assert.deepEqual(ids(new ListIndex(index).filter(filter)), ids(expected));
      });
    }
  }

  it('a search typed on narrows what the last one found, and one typed back widens again', () => {
    const list = new ListIndex(partner);
    const steps = ['c', 'co', 'coo', 'co', '', 'cable', 'cables'];
    for (const query of steps) {
      const expected = partner.data.initiatives.filter((i) => partner.matches(i, {query}));
      assert.deepEqual(ids(list.filter({query})), ids(expected), query);
    }
  });

  it('is built once per dataset', () => {
    assert.equal(listIndex(partner), listIndex(partner));
    assert.notEqual(listIndex(partner), listIndex(bundledIndex));
  });
});

describe('list index: groups', () => {
  for (const [name, index] of [
    ['bundled', bundledIndex],
    ['a partner’s 2,000', partner],
  ] as const) {
    for (const filter of [{}, {pillars: [2 as const]}, {query: 'a'}]) {
      it(`${name}, ${JSON.stringify(filter)}: as groupInitiatives groups them`, () => {
        const shown = index.filter(filter);
        const got = new ListIndex(index).group(shown);
        const want = groupInitiatives(index, shown);
        const shape = (groups: typeof got) =>
          groups.map((g) => [g.pillar.id, g.categories.map((c) => [c.category?.id, ids(c.initiatives)])]);
        assert.deepEqual(shape(got), shape(want));
      });
    }
  }

  it('a category the edition does not list comes last in its area, in order of its first record', () => {
    const [a, b, c] = dataset.initiatives.filter((i) => i.pillar === 1);
    const data = {
      ...dataset,
      initiatives: [
        {...a, id: 'x-1', category: 'unlisted-x'},
        {...b, id: 'y-1', category: 'unlisted-y'},
        {...c, id: 'x-2', category: 'unlisted-x'},
        a,
      ],
    };
    const index = new DatasetIndex(data);
    const groups = new ListIndex(index).group(index.data.initiatives);
    assert.deepEqual(
      groups[0].categories.map((g) => [g.category?.id, ids(g.initiatives)]),
      [
        [a.category, [a.id]],
        [undefined, ['x-1', 'x-2']],
        [undefined, ['y-1']],
      ],
    );
  });
});
