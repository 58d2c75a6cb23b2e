// The shared attribute readers (src/internal/attributes.ts): what each accepts, the one message and
// warning for what it does not, in both languages, and no side effect (the element warns, not these).
import assert from 'node:assert/strict';
import {afterEach, before, beforeEach, describe, it} from 'node:test';

import {bundledIndex} from '../../src/data/dataset.js';
import {japaneseReady, withLocale} from '../../src/i18n/msg.js';
import {
  parseCategory,
  parseCountry,
  parseInitiative,
  parseInstrument,
  parseOption,
  parsePartner,
  parsePillar,
  parsePillars,
} from '../../src/internal/attributes.js';
import type {Parsed, Problem} from '../../src/internal/attributes.js';

// Japanese texts load when first needed (src/i18n/msg.ts): every one these modules registered.
before(async () => {
  await japaneseReady();
});

const index = bundledIndex();

/** The problem of a read that must fail; the test fails if it did not. */
function problemOf<T>(read: Parsed<T>): Problem {
  assert.ok(read.problem, `expected a problem, got ${JSON.stringify(read.value)}`);
  return read.problem;
}
const en = (p: Problem) => withLocale('en', p.message);
const ja = (p: Problem) => withLocale('ja', p.message);

// Reading is pure: a widget reads its attributes before every render, and warns once itself.
let warned: unknown[][] = [];
const original = console.warn;
beforeEach(() => {
  warned = [];
  console.warn = (...args: unknown[]) => void warned.push(args);
});
afterEach(() => {
  console.warn = original;
  assert.deepEqual(warned, [], 'a reader wrote to the console');
});

describe('parsePillars (several priority areas)', () => {
  const accepted: [string | undefined, number[]][] = [
    [undefined, []],
    ['', []],
    ['2', [2]],
    ['1 3', [1, 3]],
    ['3,1', [1, 3]],
    [' 1  3 1 ', [1, 3]],
    ['１ ３', [1, 3]],
    ['１，３', [1, 3]],
    ['① ③', [1, 3]],
    ['①③', [1, 3]],
    ['②', [2]],
  ];
  for (const [given, ids] of accepted)
    it(`${JSON.stringify(given)} → ${JSON.stringify(ids)}`, () => {
      assert.deepEqual(parsePillars(given, index), {value: ids, problem: null});
    });

  it('names the wrong token, the valid ones and how to give several, in both languages', () => {
    const p = problemOf(parsePillars('1 4', index));
    assert.equal(p.attribute, 'pillar');
    assert.equal(p.value, '1 4');
    assert.equal(
      en(p),
      'Unknown priority area "4". Use 1, 2 or 3; separate several with spaces (for example pillar="1 3").',
    );
    assert.equal(
      ja(p),
      'pillar属性に「4」は指定できません。1、2、3のいずれかを指定してください。複数の場合は半角スペースで区切ります（例：pillar="1 3"）。',
    );
    assert.equal(p.warning, 'has no priority area "4"; use 1, 2 or 3, several separated by spaces (e.g. pillar="1 3")');
  });

  for (const wrong of ['two', '0', '1.5', '13', '④'])
    it(`rejects ${JSON.stringify(wrong)}`, () => assert.ok(parsePillars(wrong, index).problem));
});

describe('parsePillar (one priority area)', () => {
  it('reads 2, ２ and ②; empty is none', () => {
    for (const given of ['2', ' ２ ', '②']) assert.equal(parsePillar(given, index).value, 2);
    assert.deepEqual(parsePillar('', index), {value: null, problem: null});
  });
  it('rejects a list and an unknown area with one message', () => {
    const p = problemOf(parsePillar('1 3', index));
    assert.equal(en(p), 'Unknown priority area "1 3". Use 1, 2 or 3.');
    assert.equal(
      ja(problemOf(parsePillar('4', index))),
      'pillar属性に「4」は指定できません。1、2、3のいずれかを指定してください。',
    );
    assert.equal(problemOf(parsePillar('4', index)).warning, 'is not a priority area; use 1, 2 or 3');
  });
});

describe('parseCountry', () => {
  it('reads alpha-3 in any case and width', () => {
    for (const given of ['PHL', 'phl', ' Phl ', 'ＰＨＬ']) assert.equal(parseCountry(given, index).value, 'PHL');
    assert.deepEqual(parseCountry(undefined, index), {value: null, problem: null});
  });
  it('suggests codes by name first, in both languages', () => {
    const p = problemOf(parseCountry('Philippines', index));
    assert.equal(p.value, 'Philippines');
    assert.match(en(p), /^Unknown country code "Philippines"\. Use an ISO 3166-1 alpha-3 code such as PHL/u);
    assert.match(
      ja(p),
      /^country属性に「Philippines」は指定できません。ISO 3166-1の3文字の国コードを指定してください（例：PHL/u,
    );
    assert.match(p.warning, /^is not a country code of the dataset; use an ISO 3166-1 alpha-3 code such as PHL/u);
    assert.match(en(problemOf(parseCountry('フィリピン', index))), /such as PHL/u);
  });
});

describe('parsePartner, parseInstrument, parseCategory, parseInitiative', () => {
  it('read ids in any case', () => {
    assert.equal(parsePartner('usa', index).value, 'USA');
    assert.equal(parsePartner('ASEAN', index).value, 'asean');
    assert.equal(parseInstrument('OSA', index).value, 'osa');
    assert.equal(parseCategory('Supply-Diversification', index).value?.id, 'supply-diversification');
    assert.equal(parseInitiative('osa-expansion', index).value, 'osa-expansion');
  });
  it('say what is valid, with suggestions', () => {
    assert.match(
      en(problemOf(parsePartner('nobody', index))),
      /^Unknown partner "nobody"\. Use a country code or an organisation id such as /u,
    );
    assert.match(en(problemOf(parseInstrument('osaa', index))), /^Unknown instrument "osaa"\. Valid ids include: osa/u);
    assert.match(en(problemOf(parseCategory('cables', index))), /^Unknown category "cables"\. Valid ids include: /u);
    assert.match(
      en(problemOf(parseInitiative('osa', index))),
      /^There is no initiative "osa"\. Valid ids include: .*osa-expansion/u,
    );
    assert.match(
      en(problemOf(parseInitiative('', index))),
      /^Set the initiative attribute to an initiative id, such as /u,
    );
  });
  it('a category of another priority area is a problem of the category', () => {
    const p = problemOf(parseCategory('supply-diversification', index, 2));
    assert.equal(p.attribute, 'category');
    assert.equal(en(p), 'Category "supply-diversification" belongs to priority area 1, not 2.');
    assert.equal(parseCategory('supply-diversification', index, 1).value?.pillar, 1);
  });
});

describe('parseOption', () => {
  it('accepts only its keywords, case and all', () => {
    assert.equal(parseOption('compact', ['full', 'compact'], 'layout').value, 'compact');
    assert.ok(parseOption('Compact', ['full', 'compact'], 'layout').problem);
  });
  it('two choices read "full or compact" / 「fullまたはcompact」; more, a list', () => {
    const two = problemOf(parseOption('wide', ['full', 'compact'], 'layout'));
    assert.equal(en(two), 'Unknown layout "wide". Use full or compact.');
    assert.equal(ja(two), 'layout属性に「wide」は指定できません。fullまたはcompactを指定してください。');
    assert.equal(two.warning, 'is not a layout; use full or compact');
    const three = problemOf(parseOption('blue', ['auto', 'light', 'dark'], 'theme'));
    assert.equal(en(three), 'Unknown theme "blue". Use auto, light or dark.');
    assert.equal(ja(three), 'theme属性に「blue」は指定できません。auto、light、darkのいずれかを指定してください。');
  });
});
