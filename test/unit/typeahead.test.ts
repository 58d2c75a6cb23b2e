import assert from 'node:assert/strict';
import {describe, it} from 'node:test';

import {
  continuesName,
  matchTyped,
  NOTHING_TYPED,
  searchNames,
  TYPEAHEAD_MS,
  typeOn,
} from '../../src/layout/typeahead.js';
import type {Typed} from '../../src/layout/typeahead.js';

const choices = [
  {id: 'IDN', names: searchNames(['Indonesia', 'インドネシア'])},
  {id: 'IND', names: searchNames(['India', 'インド'])},
  {id: 'LKA', names: searchNames(['Sri Lanka', 'スリランカ'])},
  {id: 'TLS', names: searchNames(['Timor-Leste', '東ティモール'])},
  {id: 'FJI', names: searchNames(['Fiji', 'フィジー'])},
  {id: 'PHL', names: searchNames(['Philippines', 'フィリピン'])},
];

/** Types `text` one letter every `gap` ms from `start`. */
function type(text: string, start = 0, gap = 100, typed: Typed = NOTHING_TYPED): Typed {
  return [...text].reduce((t, char, i) => typeOn(t, char, start + i * gap), typed);
}

describe('typeahead', () => {
  it('adds up letters typed less than a second apart, and starts afresh after', () => {
    assert.equal(type('phi').text, 'phi');
    const typed = type('phi');
    assert.equal(typeOn(typed, 'x', typed.at + TYPEAHEAD_MS - 1).text, 'phix');
    assert.equal(typeOn(typed, 'x', typed.at + TYPEAHEAD_MS).text, 'x');
    // A clock that ran back (another source of time) starts afresh too.
    assert.equal(typeOn(typed, 'x', typed.at - 1).text, 'x');
  });

  it('jumps to a whole name first, else to the first name it begins', () => {
    assert.equal(matchTyped('phi', choices)?.id, 'PHL');
    assert.equal(matchTyped('インド', choices)?.id, 'IND', 'a whole name, though インドネシア comes first');
    assert.equal(matchTyped('インドネ', choices)?.id, 'IDN');
    assert.equal(matchTyped('ﾌｨ', choices)?.id, 'FJI', 'half-width kana as full-width');
    assert.equal(matchTyped('xq', choices), undefined);
  });

  it('takes a space or a hyphen within a name as part of it, and on its own as a key', () => {
    const sri = type('Sri');
    assert.equal(continuesName(sri, ' ', sri.at + 100, choices), true);
    assert.equal(continuesName(sri, ' ', sri.at + TYPEAHEAD_MS, choices), false, 'a second later: Space selects');
    assert.equal(continuesName(NOTHING_TYPED, ' ', 0, choices), false);
    const timor = type('Timor');
    assert.equal(continuesName(timor, '-', timor.at + 100, choices), true);
    const fiji = type('Fiji');
    assert.equal(continuesName(fiji, '-', fiji.at + 100, choices), false, 'after Fiji, - zooms out');
  });
});
