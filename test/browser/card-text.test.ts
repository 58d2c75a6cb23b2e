/**
 * `foip-country.js` ships without the dataset's long texts (issue 18's size budget) yet defines
 * `<foip-initiative-card>` for its compact cards. A full card on a page that loaded only that file
 * says which file brings its text, warns once, and shows the text when that file loads. This file
 * must import nothing that brings the texts before the last test (no `src/data/index.js`).
 */
import {expect, fixture, html} from '@open-wc/testing';

import '../../src/foip-country.js';
import type {FoipCountry, FoipInitiativeCard} from '../../src/index.js';
import {captureWarnings, inLang, settled, shadow} from '../helpers.js';

const ID = 'pacific-submarine-cables';

describe('a full card on a page with only foip-country.js', () => {
  it('the country page shows its compact cards without the long texts', async () => {
    const country = await fixture<FoipCountry>(html`<foip-country country="PHL" lang="en"></foip-country>`);
    await settled(country);
    const cards = [...shadow(country).querySelectorAll<FoipInitiativeCard>('foip-initiative-card')];
    expect(cards.length).to.be.greaterThan(0);
    for (const card of cards) {
      expect(shadow(card).querySelector('[part="problem"]'), card.initiative).to.equal(null);
      expect(shadow(card).querySelector('[part="title"]')?.textContent?.trim(), card.initiative).to.not.equal('');
    }
  });

  it('a full card says which file it needs, in the page language, with one warning; then shows its text', async () => {
    const {warnings, restore} = captureWarnings();
    let ja: FoipInitiativeCard;
    let en: FoipInitiativeCard;
    try {
      ja = await inLang<FoipInitiativeCard>('ja', html`<foip-initiative-card initiative=${ID}></foip-initiative-card>`);
      en = await inLang<FoipInitiativeCard>('en', html`<foip-initiative-card initiative=${ID}></foip-initiative-card>`);
    } finally {
      restore();
    }
    const problem = (card: Element) => shadow(card).querySelector('[part="problem"]')?.textContent ?? '';
    expect(problem(en)).to.contain('foip-initiative-card.js');
    expect(problem(en)).to.contain('to show the full card');
    expect(problem(ja)).to.contain('foip-initiative-card.js');
    expect(problem(ja)).to.contain('読み込みが必要です');
    expect(shadow(en).querySelector('[part="text"]')).to.equal(null);
    // One warning a card, naming the attribute and the value.
    expect(warnings.filter((w) => w.includes('variant="full"'))).to.have.length(2);
    expect(warnings[0]).to.contain('<foip-initiative-card>');

    await import('../../src/foip-initiative-card.js');
    await en.updateComplete;
    await ja.updateComplete;
    const {dataset} = await import('../../src/data/index.js');
    const record = dataset.initiatives.find((i) => i.id === ID)!;
    expect(shadow(en).querySelector('[part="problem"]')).to.equal(null);
    expect(shadow(en).querySelector('[part="text"]')?.textContent?.trim()).to.equal(record.text.en);
    expect(shadow(ja).querySelector('[part="text"]')?.textContent?.trim()).to.equal(record.text.ja);
  });
});
