/**
 * `<foip-country>` as a screen reader meets it (Chromium's accessibility tree): one region named by
 * its heading, the sections' headings one level below, the locator one image with a name, in both
 * languages; a country outside the document the same, without sections.
 */
import {expect, fixture, html} from '@open-wc/testing';

import {accessibilityTree, axByRole} from '../a11y-tree.js';
import {settled} from '../helpers.js';
import '../../src/foip-country.js';
import type {FoipCountry} from '../../src/foip-country.js';

const HEADING = {
  en: 'Japan and the Philippines under the Free and Open Indo-Pacific',
  ja: '「自由で開かれたインド太平洋」における日本とフィリピン',
} as const;
const LOCATOR = {en: 'Map locating the Philippines and Japan', ja: 'フィリピンと日本の位置を示す地図'} as const;

describe('<foip-country> in the accessibility tree', () => {
  for (const lang of ['en', 'ja'] as const) {
    it(`the Philippines (${lang}): a region named by its heading, sections below it, the locator an image`, async () => {
      const el = await fixture<FoipCountry>(
        html`<foip-country lang=${lang} country="PHL" heading-level="2"></foip-country>`,
      );
      await settled(el);
      const tree = await accessibilityTree('foip-country >>> section.country');
      expect(tree.role).to.equal('region');
      expect(tree.name).to.equal(HEADING[lang]);
      const headings = axByRole(tree, 'heading');
      expect(headings[0]).to.include({name: HEADING[lang], level: 2});
      const sections = headings.filter((h) => h.level === 3);
      expect(sections.length).to.be.greaterThan(2);
      expect(axByRole(tree, 'image').map((n) => n.name)).to.deep.equal([LOCATOR[lang]]);
    });
  }

  it('Mongolia: the region and its image, no section headings', async () => {
    const el = await fixture<FoipCountry>(html`<foip-country lang="en" country="MNG"></foip-country>`);
    await settled(el);
    const tree = await accessibilityTree('foip-country >>> section.country');
    expect(tree.name).to.equal('Japan and Mongolia under the Free and Open Indo-Pacific');
    expect(axByRole(tree, 'heading')).to.have.length(1);
    expect(axByRole(tree, 'image').map((n) => n.name)).to.deep.equal(['Map locating Mongolia and Japan']);
  });
});
