import assert from 'node:assert/strict';
import {before, describe, it} from 'node:test';

import {bundledIndex, dataset} from '../../src/data/index.js';
import type {Locale} from '../../src/data/types.js';
import {
  announcement,
  initiativesText,
  nodeTitle,
  pillarSentence,
  sourcePages,
} from '../../src/components/pillars/pillars-text.js';
import {japaneseReady, withLocale} from '../../src/i18n/msg.js';
import {pillarCounts, pillarStructure} from '../../src/layout/pillars-structure.js';

// Japanese texts load when first needed (src/i18n/msg.ts): every one these modules registered.
before(async () => {
  await japaneseReady();
});

const structure = pillarStructure(dataset);
const en = <T>(fn: () => T) => withLocale('en', fn);
const ja = <T>(fn: () => T) => withLocale('ja', fn);
const category = dataset.categories.find((c) => c.id === 'oda-osa-defence-equipment')!;
const initiativesIn = (id: string) => dataset.initiatives.filter((i) => i.category === id).length;

describe('pillars text: counts with their nouns', () => {
  const cases: [number, string, string][] = [
    [1, '1 initiative', '取組1件'],
    [3, '3 initiatives', '取組3件'],
    [1200, '1,200 initiatives', '取組1,200件'],
  ];
  for (const [n, english, japanese] of cases) {
    it(`${n}: "${english}" / 「${japanese}」`, () => {
      assert.equal(
        en(() => initiativesText(n)),
        english,
      );
      assert.equal(
        ja(() => initiativesText(n)),
        japanese,
      );
    });
  }

  it('says each count of a one-of-everything priority area in the singular (English)', () => {
    const one = {categories: 1, initiatives: 1, countries: 1, partners: 1, places: 1, mapItems: 1};
    assert.equal(
      en(() => pillarSentence(dataset.pillars[0], one)),
      "Priority area ① has 1 initiative in 1 category, for 1 target country and with 1 partner; the document's map shows it at 1 place.",
    );
  });

  it('titles every node from its record, in the language asked', () => {
    for (const node of structure.nodes) {
      for (const locale of ['en', 'ja'] as Locale[]) {
        const record =
          node.kind === 'pillar'
            ? dataset.pillars.find((p) => p.id === node.pillar)
            : node.kind === 'category'
              ? dataset.categories.find((c) => c.id === node.id)
              : dataset.initiatives.find((i) => i.id === node.id);
        assert.equal(nodeTitle(bundledIndex, locale, node), record!.title[locale]);
      }
    }
  });
});

describe('pillars text: what the live region announces', () => {
  const counts = pillarCounts(bundledIndex);
  const cases: [string, {pillar: 1 | 2 | 3 | null; category: string | null}, string, string][] = [
    [
      'closing',
      {pillar: null, category: null},
      'Closed. All priority areas are shown.',
      '閉じました。すべての重点分野を表示しています。',
    ],
    [
      'a priority area, with its initiatives counted',
      {pillar: 1, category: null},
      `Opened priority area 1: ${counts.get(1)!.initiatives} initiatives.`,
      `重点分野1を開きました（取組${counts.get(1)!.initiatives}件）。`,
    ],
    [
      'a category, by its title',
      {pillar: 3, category: category.id},
      `Opened ${category.title.en}: ${initiativesIn(category.id)} initiatives.`,
      `「${category.title.ja}」を開きました（取組${initiativesIn(category.id)}件）。`,
    ],
  ];
  for (const [name, selection, english, japanese] of cases) {
    it(name, () => {
      assert.equal(
        en(() => announcement(bundledIndex, structure, selection)),
        english,
      );
      assert.equal(
        ja(() => announcement(bundledIndex, structure, selection)),
        japanese,
      );
    });
  }
});

describe('pillars text: the pages the source line cites', () => {
  const pages = (records: readonly {source: {page: number}}[]) => records.map((r) => r.source.page);
  const range = (xs: number[]) => (Math.min(...xs) === Math.max(...xs) ? xs[0] : [Math.min(...xs), Math.max(...xs)]);

  it('nothing open: every page the picture draws on, map included', () => {
    const all = pages([...dataset.pillars, ...dataset.categories, ...dataset.initiatives, ...dataset.mapEntries]);
    assert.deepEqual(sourcePages(bundledIndex, {}), range(all));
  });

  it("a priority area: its summary's page to its categories'", () => {
    for (const p of dataset.pillars) {
      const own = pages([p, ...dataset.categories.filter((c) => c.pillar === p.id)]);
      assert.deepEqual(sourcePages(bundledIndex, {pillar: p.id}), range(own));
    }
  });

  it('a category: its own page', () => {
    assert.equal(sourcePages(bundledIndex, {pillar: 3, category: category.id}), category.source.page);
  });
});
