import assert from 'node:assert/strict';
import {before, describe, it} from 'node:test';

import {bundledIndex} from '../../src/data/index.js';
import {readAttributes} from '../../src/components/pillars/pillars-input.js';
import {japaneseReady, withLocale} from '../../src/i18n/msg.js';

// Japanese texts load when first needed (src/i18n/msg.ts): every one these modules registered.
before(async () => {
  await japaneseReady();
});

describe('pillars input: the selection the attributes make', () => {
  const cases: [string, {layout: string; pillar?: string; category?: string}, object][] = [
    ['nothing open', {layout: 'columns'}, {pillar: null, category: null}],
    ['a priority area', {layout: 'radial', pillar: '2'}, {pillar: 2, category: null}],
    ['a priority area in full-width digits, spaced', {layout: 'columns', pillar: ' ２ '}, {pillar: 2, category: null}],
    ['a circled number', {layout: 'columns', pillar: '②'}, {pillar: 2, category: null}],
    [
      'a category, with its priority area',
      {layout: 'columns', category: 'free-trade-investment'},
      {pillar: 2, category: 'free-trade-investment'},
    ],
    [
      'a category in capitals',
      {layout: 'columns', category: 'Free-Trade-Investment'},
      {pillar: 2, category: 'free-trade-investment'},
    ],
  ];
  for (const [name, attributes, expected] of cases) {
    it(name, () => {
      assert.deepEqual(readAttributes(bundledIndex, attributes), expected);
    });
  }
});

describe('pillars input: the problem with the first bad attribute', () => {
  const cases: [string, {layout: string; pillar?: string; category?: string}, string, string, string][] = [
    ['a layout', {layout: 'pie', pillar: '9'}, 'layout', 'pie', 'Unknown layout "pie". Use columns or radial.'],
    ['a priority area', {layout: 'columns', pillar: '4'}, 'pillar', '4', 'Unknown priority area "4". Use 1, 2 or 3.'],
    ['a category', {layout: 'columns', category: 'cables'}, 'category', 'cables', 'Unknown category "cables".'],
    [
      'a category of another priority area',
      {layout: 'columns', pillar: '1', category: 'free-trade-investment'},
      'category',
      'free-trade-investment',
      'Category "free-trade-investment" belongs to priority area 2, not 1.',
    ],
  ];
  for (const [name, attributes, attribute, value, message] of cases) {
    it(name, () => {
      const problem = readAttributes(bundledIndex, attributes);
      assert.ok('attribute' in problem);
      assert.equal(problem.attribute, attribute);
      assert.equal(problem.value, value);
      assert.ok(withLocale('en', problem.message).startsWith(message), withLocale('en', problem.message));
    });
  }
});
