import assert from 'node:assert/strict';
import {describe, it} from 'node:test';

import {dataset} from '../../src/data/index.js';
import {allExpanded, expandFor, selectedKey, tabKey, treeKeyAction, visibleKeys} from '../../src/layout/pillar-tree.js';
import {categoryKey, initiativeKey, layoutPillars, pillarKey, pillarStructure} from '../../src/layout/pillars.js';

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
