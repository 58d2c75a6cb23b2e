// The names of every country the map draws, in the browser that shows them: CLDR names
// (Intl.DisplayNames) come from each browser's own ICU, so the overrides (data/country-names.json)
// and the register are checked in Chromium and in Firefox, not only in Node.
import {expect} from '@open-wc/testing';

import {bundledIndex} from '../../src/data/dataset.js';
import {NAME_OVERRIDES} from '../../src/data/generated/world-countries.js';
import {worldCountry} from '../../src/data/world-countries.js';
import {worldNameProblems} from '../world-names.js';

describe('country names of the world', () => {
  const index = bundledIndex();

  it('every name: the dataset’s first, then the overrides, a real name in the official register', () => {
    expect(Object.keys(NAME_OVERRIDES).length).to.be.greaterThan(40);
    expect(worldNameProblems(index, NAME_OVERRIDES)).to.deep.equal([]);
  });

  it('the Ministry’s names and Japan’s position hold whatever the browser’s CLDR says', () => {
    expect(worldCountry('AUS', index)!.name.ja).to.equal('豪州');
    expect(worldCountry('FSM', index)!.name.ja).to.equal('ミクロネシア連邦');
    expect(worldCountry('GBR', index)!.name).to.deep.equal({ja: '英国', en: 'United Kingdom'});
    expect(worldCountry('PRK', index)!.name.ja).to.equal('北朝鮮');
    expect(worldCountry('TWN', index)!.name).to.deep.equal({ja: '台湾', en: 'Taiwan'});
    expect(worldCountry('XKX', index)!.name).to.deep.equal({ja: 'コソボ', en: 'Kosovo'});
  });

  it('countries outside the document are named from the browser: Mongolia, Brazil', () => {
    expect(worldCountry('MNG', index)!.name).to.deep.equal({ja: 'モンゴル', en: 'Mongolia'});
    expect(worldCountry('BRA', index)!.name).to.deep.equal({ja: 'ブラジル', en: 'Brazil'});
  });
});
