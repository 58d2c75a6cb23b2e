import assert from 'node:assert/strict';
import {describe, it} from 'node:test';

import {formatList} from '../../src/i18n/format.js';
import {localeFromTag} from '../../src/i18n/locale.js';
import {msg, withLocale} from '../../src/i18n/msg.js';
import {suggest, listAttribute} from '../../src/internal/input.js';

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
  it('answers in the locale it is rendering in, and restores it', () => {
    assert.equal(msg('Partners'), 'Partners');
    assert.equal(
      withLocale('ja', () => msg('Partners')),
      '連携先',
    );
    assert.equal(
      withLocale('ja', () => withLocale('en', () => msg('Partners'))),
      'Partners',
    );
    assert.equal(msg('Partners'), 'Partners');
  });
});

describe('formatting', () => {
  it('lists follow each language', () => {
    assert.equal(formatList('en', ['Fiji', 'Tonga', 'Palau']), 'Fiji, Tonga, and Palau');
    assert.equal(formatList('ja', ['フィジー', 'トンガ']), 'フィジー、トンガ');
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
