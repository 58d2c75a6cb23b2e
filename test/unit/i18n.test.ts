import assert from 'node:assert/strict';
import {readdirSync, readFileSync} from 'node:fs';
import {describe, it} from 'node:test';

import glossaryFile from '../../data/glossary.json' with {type: 'json'};

import {
  formatChoices,
  formatDate,
  formatExamples,
  formatList,
  formatNumber,
  isSingular,
} from '../../src/i18n/format.js';
import {localeFromTag} from '../../src/i18n/locale.js';
import {templateKey} from '../../src/i18n/message-id.js';
import {addTranslations, japaneseReady, msg, withLocale} from '../../src/i18n/msg.js';
import {suggest, listAttribute} from '../../src/internal/attributes.js';

describe('locale tags', () => {
  const cases: [string | null, string | null][] = [
    ['ja', 'ja'],
    ['ja-JP', 'ja'],
    ['JA', 'ja'],
    ['en', 'en'],
    ['en-GB', 'en'],
    ['fr', null],
    ['', null],
    [null, null],
  ];
  for (const [tag, locale] of cases)
    it(`${JSON.stringify(tag)} → ${locale}`, () => assert.equal(localeFromTag(tag), locale));
});

describe('msg', () => {
  const shared = 'This FOIP widget cannot be shown.';
  it('answers in the locale it is rendering in, and restores it', async () => {
    await japaneseReady();
    assert.equal(msg(shared), shared);
    assert.equal(
      withLocale('ja', () => msg(shared)),
      'このFOIPウィジェットを表示できません。',
    );
    assert.equal(
      withLocale('ja', () => withLocale('en', () => msg(shared))),
      shared,
    );
    assert.equal(msg(shared), shared);
  });

  it("knows a widget's own strings once its module has registered them and they have loaded, and only then", async () => {
    await japaneseReady();
    assert.equal(japaneseReady(), undefined, 'nothing left to load');
    assert.equal(
      withLocale('ja', () => msg('Partners')),
      'Partners',
    );
    addTranslations(() => import('../../src/i18n/locales/ja/initiative-card.js'));
    assert.equal(
      withLocale('ja', () => msg('Partners')),
      'Partners',
      'registered, not loaded yet',
    );
    await japaneseReady();
    assert.equal(
      withLocale('ja', () => msg('Partners')),
      '連携先',
    );
  });

  it('keys a template by six digits of its hash id or by its own id, and no key names two messages', async () => {
    assert.equal(templateKey('s0037a37f01876f99'), 's0037a3');
    assert.equal(templateKey('h0b879222224209fe'), 'h0b8792');
    assert.equal(templateKey('map-initiative'), 'map-initiative');
    const dir = new URL('../../src/i18n/locales/ja/', import.meta.url);
    const keys = [];
    for (const file of readdirSync(dir)) keys.push(...Object.keys((await import(new URL(file, dir).href)).templates));
    assert.ok(keys.length > 200, `${keys.length} templates`);
    assert.equal(new Set(keys).size, keys.length, 'every key once across the widgets');
    for (const key of keys) assert.equal(templateKey(key), key, `${key} is written as it is asked for`);
  });

  it('a file of Japanese texts that fails to load is reported once and left out, never a rejection', async () => {
    const errors: unknown[][] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args);
    try {
      addTranslations(() => Promise.reject(new Error('blocked by its integrity pin')));
      await japaneseReady();
      assert.equal(japaneseReady(), undefined, 'not retried');
    } finally {
      console.error = original;
    }
    assert.equal(errors.length, 1);
    assert.match(String(errors[0][0]), /Japanese texts could not be loaded/u);
  });
});

describe('formatting', () => {
  it('lists follow each language', () => {
    assert.equal(formatList('en', ['Fiji', 'Tonga', 'Palau']), 'Fiji, Tonga and Palau');
    assert.equal(formatList('en', ['Fiji', 'Tonga']), 'Fiji and Tonga');
    assert.equal(formatList('en', ['Fiji']), 'Fiji');
    assert.equal(formatList('ja', ['フィジー', 'トンガ', 'パラオ']), 'フィジー、トンガ及びパラオ');
    assert.equal(formatList('ja', ['フィジー', 'トンガ']), 'フィジー及びトンガ');
    assert.equal(formatList('ja', ['フィジー']), 'フィジー');
    assert.equal(formatList('ja', []), '');
  });
  it('choices and examples in error messages: the items only (the message adds 「のいずれか」)', () => {
    assert.equal(formatChoices('en', ['1', '2', '3']), '1, 2 or 3');
    assert.equal(formatChoices('ja', ['1', '2', '3']), '1、2、3');
    assert.equal(formatChoices('en', ['1']), '1');
    assert.equal(formatExamples('en', ['IDN', 'PHL', 'MYS']), 'IDN, PHL, MYS');
    assert.equal(formatExamples('ja', ['IDN', 'PHL', 'MYS']), 'IDN、PHL、MYS');
  });
  it('numbers and dates', () => {
    assert.equal(formatNumber('en', 1234567), '1,234,567');
    assert.equal(formatNumber('ja', 24), '24');
    assert.equal(formatDate('en', '2026-11-25'), '25 November 2026');
    assert.equal(formatDate('ja', '2026-01-05'), '2026年1月5日');
  });
});

describe('attribute input', () => {
  it('splits lists on spaces and commas', () => {
    assert.deepEqual(listAttribute(' 1  3,2 '), ['1', '3', '2']);
    assert.deepEqual(listAttribute(null), []);
  });
  it('suggests the closest valid values', () => {
    assert.equal(suggest('osaa', ['oda', 'osa', 'loan'])[0], 'osa');
    assert.equal(suggest('cable', ['pacific-subsea-cables', 'osa'])[0], 'pacific-subsea-cables');
  });
});

describe('isSingular', () => {
  it('picks the English singular for one only, and never one in Japanese', () => {
    assert.deepEqual(
      [0, 1, 2, 21].map((n) => isSingular('en', n)),
      [false, true, false, false],
    );
    assert.equal(isSingular('ja', 1), false);
  });
});

describe('the widgets’ own strings', () => {
  /** Every translated message of the XLIFF: its English source and Japanese target, placeholders as tags. */
  const units = [
    ...readFileSync(new URL('../../src/i18n/xliff/ja.xlf', import.meta.url), 'utf8').matchAll(
      /<source>([\s\S]*?)<\/source>\s*<target>([\s\S]*?)<\/target>/gu,
    ),
  ].map(([, source, target]) => ({source, target}));

  it('use the glossary’s English wherever its Japanese term appears, as the dataset does', () => {
    assert.ok(units.length > 100);
    const regionWide = units.filter((u) => u.target.includes('広域の取組'));
    assert.ok(regionWide.length >= 4, 'the region-wide wording is used by the map and the list');
    for (const entry of glossaryFile.glossary) {
      const accepted = [entry.en, ...entry.variants].map((v) => v.toLowerCase());
      for (const {source, target} of units) {
        if (!target.includes(entry.ja)) continue;
        assert.ok(
          accepted.some((v) => source.toLowerCase().includes(v)),
          `"${target}": "${entry.ja}" should be rendered as "${entry.en}" in "${source}"`,
        );
      }
    }
  });
});
