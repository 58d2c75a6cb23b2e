// Class modules register nothing: only the entries in src/foip-*.ts define tags, so a page (or a
// framework wrapper) may import a class and register it under a name of its own. This file has a
// page of its own: nothing else has defined a tag when it imports the class modules.
import {expect} from '@open-wc/testing';

import '../helpers.js';

describe('registration', () => {
  it('the class modules of the card, the list, the vision, the map, the pillars, the country and the partners define no element', async () => {
    const modules = [
      await import('../../src/components/initiative-card/initiative-card.js'),
      await import('../../src/components/initiative-list/initiative-list.js'),
      await import('../../src/components/vision/vision.js'),
      await import('../../src/components/map/map.js'),
      await import('../../src/components/pillars/pillars.js'),
      await import('../../src/components/country/country.js'),
      await import('../../src/components/partners/partners.js'),
    ];
    expect(modules.map((m) => Object.keys(m).find((name) => name.startsWith('Foip')))).to.deep.equal([
      'FoipInitiativeCard',
      'FoipInitiativeList',
      'FoipVision',
      'FoipMap',
      'FoipPillars',
      'FoipCountry',
      'FoipPartners',
    ]);
    const tags = [
      'foip-initiative-card',
      'foip-initiative-list',
      'foip-vision',
      'foip-map',
      'foip-pillars',
      'foip-country',
      'foip-partners',
    ];
    expect(tags.filter((tag) => customElements.get(tag))).to.deep.equal([]);
  });

  it('the list’s entry registers the list and the card it renders', async () => {
    const {FoipInitiativeList} = await import('../../src/foip-initiative-list.js');
    const {FoipInitiativeCard} = await import('../../src/components/initiative-card/initiative-card.js');
    expect(customElements.get('foip-initiative-list')).to.equal(FoipInitiativeList);
    expect(customElements.get('foip-initiative-card')).to.equal(FoipInitiativeCard);
  });

  it('the country’s entry registers the country and the card it renders', async () => {
    const {FoipCountry} = await import('../../src/foip-country.js');
    const {FoipInitiativeCard} = await import('../../src/components/initiative-card/initiative-card.js');
    expect(customElements.get('foip-country')).to.equal(FoipCountry);
    expect(customElements.get('foip-initiative-card')).to.equal(FoipInitiativeCard);
  });

  // The card it renders is defined by the entries above already; test/browser/loader.test.ts shows
  // a page of the partners alone drawing its cards.
  it('the partners’ entry registers the partners', async () => {
    const {FoipPartners} = await import('../../src/foip-partners.js');
    expect(customElements.get('foip-partners')).to.equal(FoipPartners);
  });
});
