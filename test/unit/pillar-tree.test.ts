import assert from 'node:assert/strict';
import {describe, it} from 'node:test';

import {dataset} from '../../src/data/index.js';
import {
  activate,
  allExpanded,
  expandFor,
  inStep,
  nextTreeState,
  openKeys,
  selectedKey,
  tabKey,
  treeKeyAction,
  visibleKeys,
  withExpanded,
} from '../../src/layout/pillar-tree.js';
import {categoryKey, initiativeKey, pillarKey, pillarStructure} from '../../src/layout/pillars-structure.js';
import {layoutPillars} from '../../src/layout/pillars.js';

const structure = pillarStructure(dataset);
const all = allExpanded(structure);
const without = (...keys: string[]) => new Set([...all].filter((k) => !keys.includes(k)));
const P = (id: 1 | 2 | 3) => pillarKey(id);
const C = categoryKey;
const I = initiativeKey;
const categoriesOf = (id: number) => dataset.categories.filter((c) => c.pillar === id).map((c) => C(c.id));
const initiativesOf = (category: string) =>
  dataset.initiatives.filter((i) => i.category === category).map((i) => I(i.id));

describe('pillar tree: what is expanded and reachable', () => {
  it('starts with every item that has children expanded, as the drawing shows them all', () => {
    assert.deepEqual(
      [...all].sort(),
      [...dataset.pillars.map((p) => P(p.id)), ...dataset.categories.map((c) => C(c.id))].sort(),
    );
    assert.deepEqual(
      visibleKeys(structure, all),
      structure.nodes.map((n) => n.key),
    );
  });

  const cases: [string, Set<string>, string[]][] = [
    ['nothing expanded: the priority areas', new Set(), [P(1), P(2), P(3)]],
    [
      'priority area 2 collapsed: its categories and initiatives are out',
      without(P(2)),
      structure.nodes.filter((n) => n.pillar !== 2 || n.kind === 'pillar').map((n) => n.key),
    ],
    [
      'a category collapsed: only its initiatives are out',
      without(C('connectivity-and-rules')),
      structure.nodes.filter((n) => n.parent !== C('connectivity-and-rules')).map((n) => n.key),
    ],
    [
      'a category expanded under a collapsed priority area stays out of reach',
      new Set([C('connectivity-and-rules')]),
      [P(1), P(2), P(3)],
    ],
  ];
  for (const [name, expanded, visible] of cases) {
    it(name, () => {
      assert.deepEqual(visibleKeys(structure, expanded), visible);
      // The drawing shows what the tree holds, in both layouts.
      for (const layout of ['columns', 'radial'] as const) {
        const drawn = layoutPillars(structure, {layout, width: 360, expanded}).nodes;
        assert.deepEqual(
          drawn.filter((n) => n.shown).map((n) => n.key),
          visible,
          layout,
        );
      }
    });
  }

  it('leaves the keys of an unknown item alone', () => {
    assert.equal(treeKeyAction(structure, all, 'category-nope', 'ArrowDown'), null);
  });
});

describe('pillar tree: a selection opens its path and closes nothing', () => {
  const cases: [string, Set<string>, {pillar: 1 | 2 | 3 | null; category: string | null}, Set<string>][] = [
    ['no selection changes nothing', without(P(1)), {pillar: null, category: null}, without(P(1))],
    [
      'a priority area opens with its categories',
      new Set(),
      {pillar: 2, category: null},
      new Set([P(2), ...categoriesOf(2)]),
    ],
    [
      'a category opens with its priority area only',
      new Set([P(1)]),
      {pillar: 3, category: 'cyber-capacity-building'},
      new Set([P(1), P(3), C('cyber-capacity-building')]),
    ],
    ['what the reader collapsed elsewhere stays collapsed', without(P(1)), {pillar: 2, category: null}, without(P(1))],
  ];
  for (const [name, before, selection, after] of cases) {
    it(name, () => {
      assert.deepEqual([...expandFor(structure, before, selection)].sort(), [...after].sort());
    });
  }
});

describe('pillar tree: selected item and Tab stop', () => {
  it('selects the deepest of initiative, category and priority area', () => {
    assert.equal(selectedKey({pillar: null, category: null}, null), null);
    assert.equal(selectedKey({pillar: 2, category: null}, null), P(2));
    assert.equal(selectedKey({pillar: 2, category: 'connectivity-and-rules'}, null), C('connectivity-and-rules'));
    assert.equal(selectedKey({pillar: 1, category: 'innovation-ecosystem'}, 'power-asia'), I('power-asia'));
  });

  const cases: [string, Set<string>, string | null, string | null, string][] = [
    ['the focused item', all, C('innovation-ecosystem'), P(2), C('innovation-ecosystem')],
    ['else the selected one', all, null, P(2), P(2)],
    ['not a focused item that collapsed out of reach', without(P(1)), C('innovation-ecosystem'), P(3), P(3)],
    ['else the first', without(P(2)), null, C('connectivity-and-rules'), P(1)],
  ];
  for (const [name, expanded, focused, selected, expected] of cases) {
    it(`Tab stops at ${name}`, () => {
      assert.equal(tabKey(structure, expanded, focused, selected), expected);
    });
  }
});

describe('pillar tree: keys (APG tree view)', () => {
  const first = (id: 1 | 2 | 3) => categoriesOf(id)[0];
  const lastInitiative = I(dataset.initiatives.at(-1)!.id);
  const firstInitiative = initiativesOf(dataset.categories[0].id)[0];
  const cases: [string, Set<string>, string, string, object | null][] = [
    ['ArrowDown enters an expanded priority area', all, P(1), 'ArrowDown', {focus: first(1)}],
    ['ArrowDown passes a collapsed one', without(P(1)), P(1), 'ArrowDown', {focus: P(2)}],
    ['ArrowDown at the end stays', all, lastInitiative, 'ArrowDown', {none: true}],
    ['ArrowUp from a category goes to its priority area', all, first(2), 'ArrowUp', {focus: P(2)}],
    [
      'ArrowUp from a priority area goes to the last item above it',
      all,
      P(2),
      'ArrowUp',
      {focus: I(dataset.initiatives.filter((i) => i.pillar === 1).at(-1)!.id)},
    ],
    ['ArrowUp at the start stays', all, P(1), 'ArrowUp', {none: true}],
    ['ArrowRight expands a collapsed item', without(P(3)), P(3), 'ArrowRight', {expand: P(3)}],
    ['ArrowRight on an expanded item moves to its first child', all, P(3), 'ArrowRight', {focus: first(3)}],
    ['ArrowRight on an initiative does nothing', all, firstInitiative, 'ArrowRight', {none: true}],
    ['ArrowLeft collapses an expanded item', all, first(1), 'ArrowLeft', {collapse: first(1)}],
    ['ArrowLeft on a collapsed item moves to its parent', without(first(1)), first(1), 'ArrowLeft', {focus: P(1)}],
    ['ArrowLeft on an initiative moves to its category', all, firstInitiative, 'ArrowLeft', {focus: first(1)}],
    ['ArrowLeft on a collapsed priority area stays', new Set(), P(2), 'ArrowLeft', {none: true}],
    ['Home goes to the first item', all, lastInitiative, 'Home', {focus: P(1)}],
    ['End goes to the last reachable item', without(P(3)), P(1), 'End', {focus: P(3)}],
    ['End with all expanded goes to the last initiative', all, P(1), 'End', {focus: lastInitiative}],
    ['Enter activates', all, first(2), 'Enter', {activate: first(2)}],
    ['Space activates', all, firstInitiative, ' ', {activate: firstInitiative}],
    ['other keys are left alone', all, P(1), 'a', null],
    ['Tab is left alone', all, P(1), 'Tab', null],
  ];
  for (const [name, expanded, key, keyName, expected] of cases) {
    it(name, () => {
      assert.deepEqual(treeKeyAction(structure, expanded, key, keyName), expected);
    });
  }
});

describe('pillar tree: what a selection shows open', () => {
  const pillarAndBelow = (id: 1 | 2 | 3) => structure.nodes.filter((n) => n.pillar === id).map((n) => n.key);
  const cases: [string, {pillar?: 1 | 2 | 3 | null; category?: string | null}, string[]][] = [
    ['nothing selected: nothing', {}, []],
    ['a priority area: it, its categories and their initiatives', {pillar: 2}, pillarAndBelow(2)],
    [
      'a category: it, its initiatives and its priority area',
      {pillar: 1, category: 'innovation-ecosystem'},
      [P(1), C('innovation-ecosystem'), ...initiativesOf('innovation-ecosystem')],
    ],
    ['a category not in the dataset: nothing', {category: 'nope'}, []],
  ];
  for (const [name, selection, open] of cases) {
    it(name, () => {
      assert.deepEqual([...openKeys(structure, selection)].sort(), [...open].sort());
    });
  }
});

describe('pillar tree: what activating an item selects', () => {
  const first = (id: 1 | 2 | 3) => dataset.categories.find((c) => c.pillar === id)!.id;
  const initiative = dataset.initiatives.find((i) => i.category === first(1))!;
  const none = {pillar: null, category: null};
  const cases: [string, {pillar: 1 | 2 | 3 | null; category: string | null}, string | null, string, object | null][] = [
    ['an unknown item: nothing', none, null, 'pillar-9', null],
    ['a priority area opens', none, null, P(2), {pillar: 2, category: null, current: null}],
    ['the open priority area closes', {pillar: 2, category: null}, null, P(2), {...none, current: null}],
    [
      'a priority area whose category is open opens itself',
      {pillar: 2, category: first(2)},
      null,
      P(2),
      {pillar: 2, category: null, current: null},
    ],
    [
      'a category opens, with its priority area',
      none,
      null,
      C(first(3)),
      {pillar: 3, category: first(3), current: null},
    ],
    [
      'the open category closes to its priority area',
      {pillar: 3, category: first(3)},
      null,
      C(first(3)),
      {pillar: 3, category: null, current: null},
    ],
    [
      'the category of the current initiative stays open, the initiative no longer current',
      {pillar: 1, category: first(1)},
      initiative.id,
      C(first(1)),
      {pillar: 1, category: first(1), current: null},
    ],
    [
      'an initiative opens its category and becomes current (foip-initiative-select)',
      none,
      null,
      I(initiative.id),
      {pillar: 1, category: first(1), current: initiative.id},
    ],
  ];
  for (const [name, selection, current, key, expected] of cases) {
    it(name, () => {
      assert.deepEqual(activate(structure, selection, current, key), expected);
    });
  }
});

describe('pillar tree: the attributes kept in step', () => {
  const changed = (...names: string[]) => new Set(names);
  const cases: [string, {pillar?: string; category?: string}, Set<string>, object | null][] = [
    [
      'a new priority area drops a category of another',
      {pillar: '1', category: 'free-trade-investment'},
      changed('pillar'),
      {category: undefined},
    ],
    [
      'a new priority area keeps a category of its own, however written',
      {pillar: ' ２ ', category: 'free-trade-investment'},
      changed('pillar'),
      null,
    ],
    [
      'no priority area drops the category',
      {pillar: undefined, category: 'free-trade-investment'},
      changed('pillar'),
      {category: undefined},
    ],
    [
      'a new category sets its priority area',
      {pillar: '1', category: ' cyber-capacity-building '},
      changed('category'),
      {pillar: '3'},
    ],
    [
      'both changed together: left for validation',
      {pillar: '1', category: 'free-trade-investment'},
      changed('pillar', 'category'),
      null,
    ],
    ['an unknown category: left for validation', {pillar: '1', category: 'cables'}, changed('category'), null],
    ['nothing changed', {pillar: '1', category: 'free-trade-investment'}, changed(), null],
  ];
  for (const [name, attributes, names, expected] of cases) {
    it(name, () => {
      assert.deepEqual(inStep(structure, attributes, names), expected);
    });
  }
});

describe('pillar tree: the state after a new input', () => {
  const initiative = dataset.initiatives.find((i) => i.category === 'innovation-ecosystem')!;
  const other = dataset.initiatives.find((i) => i.category === 'connectivity-and-rules')!;
  const innovation = {pillar: 1 as const, category: 'innovation-ecosystem'};
  const cases: [
    string,
    {expanded: ReadonlySet<string>; current: string | null; focusKey: string | null},
    {pillar: 1 | 2 | 3 | null; category: string | null},
    'structure' | 'selection' | null,
    {expanded: Iterable<string>; current: string | null; focusKey: string | null},
  ][] = [
    [
      'a new dataset: everything expanded, the selection too',
      {expanded: new Set(), current: null, focusKey: null},
      {pillar: 2, category: null},
      'structure',
      {expanded: all, current: null, focusKey: null},
    ],
    [
      'a new selection opens its path, closes nothing, keeps the current initiative in it',
      {expanded: without(P(1), P(3)), current: initiative.id, focusKey: P(3)},
      innovation,
      'selection',
      {expanded: without(P(3)), current: initiative.id, focusKey: P(3)},
    ],
    [
      'a new selection drops a current initiative outside it',
      {expanded: all, current: other.id, focusKey: null},
      innovation,
      'selection',
      {expanded: all, current: null, focusKey: null},
    ],
    [
      'no new input: focus leaves an item collapsed out of reach',
      {expanded: without(P(2)), current: null, focusKey: C('free-trade-investment')},
      {pillar: 2, category: 'free-trade-investment'},
      null,
      {expanded: without(P(2)), current: null, focusKey: null},
    ],
  ];
  for (const [name, state, selection, change, expected] of cases) {
    it(name, () => {
      const next = nextTreeState(structure, state, selection, change);
      assert.deepEqual([...next.expanded].sort(), [...expected.expanded].sort());
      assert.equal(next.current, expected.current);
      assert.equal(next.focusKey, expected.focusKey);
    });
  }

  it('expands and collapses one item, leaving the set given as it was', () => {
    const before = without(P(1));
    assert.deepEqual([...withExpanded(before, P(1), true)].sort(), [...all].sort());
    assert.deepEqual([...withExpanded(all, P(1), false)].sort(), [...before].sort());
    assert.equal(before.has(P(1)), false);
  });
});
