/**
 * `<foip-partners>` as a screen reader meets it (Chromium's accessibility tree): a region named by its
 * heading; the matrix a grid named "Partners and formats", its partners row headers, its formats
 * column headers and its dots grid cells, each named in words with its selected state exposed, in
 * both languages; the live region a status.
 */
import {expect, fixture, html} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';

import {accessibilityTree, axByRole} from '../a11y-tree.js';
import {settled, shadow} from '../helpers.js';
import '../../src/foip-partners.js';
import type {FoipPartners} from '../../src/foip-partners.js';

const HEADING = {
  en: 'Japan’s partners under the Free and Open Indo-Pacific',
  ja: '「自由で開かれたインド太平洋」における日本の連携先',
} as const;
const GRID = {en: 'Partners and formats', ja: '連携先と枠組み'} as const;
const AUSTRALIA = {en: 'Australia, country. In 5 formats', ja: '豪州（国）5の枠組みに参加'} as const;
/** The one partner the document calls Japan's ally: its name, and what its row says of it. */
const ALLY = {en: ['United States', "Japan's ally."], ja: ['米国', '日本の同盟国。']} as const;
const QUAD = {en: ': (Japan-U.S.-Australia-India). With 3 partners', ja: '：（日米豪印）。連携先3'} as const;

describe('<foip-partners> in the accessibility tree', () => {
  for (const lang of ['en', 'ja'] as const) {
    it(`a region, a named grid, partners and formats as headers, dots as cells, the selection exposed (${lang})`, async () => {
      const el = await fixture<FoipPartners>(html`<foip-partners lang=${lang} partner="AUS"></foip-partners>`);
      await settled(el);
      const tree = await accessibilityTree('foip-partners >>> section.partners');
      expect(tree.role).to.equal('region');
      expect(tree.name).to.equal(HEADING[lang]);
      const [grid] = axByRole(tree, 'grid');
      expect(grid?.name).to.equal(GRID[lang]);
      const rows = axByRole(grid, 'rowheader');
      const heads = axByRole(grid, 'columnheader');
      const cells = axByRole(grid, 'gridcell').filter((c) => c.name);
      const drawn = shadow(el);
      expect(rows.length).to.equal(drawn.querySelectorAll('[role="rowheader"]').length);
      expect(heads.length).to.equal(drawn.querySelectorAll('[role="columnheader"]').length);
      expect(cells.length).to.equal(drawn.querySelectorAll('td.member').length);
      // The partner is selected; every other name, head and dot says it is not.
      const selected = [...rows, ...heads, ...cells].filter((n) => n.selected);
      expect(selected.map((n) => n.name)).to.have.length(1);
      expect(selected[0].name).to.include(AUSTRALIA[lang]);
      expect(rows.filter((n) => n.selected === false).length).to.equal(rows.length - 2, 'all but Japan and Australia');
      expect(heads.filter((h) => h.name?.includes(QUAD[lang]))).to.have.length(1);
      const [name, ally] = ALLY[lang];
      expect(rows.filter((r) => r.name?.includes(ally)).map((r) => r.name?.split(/[,（]/u)[0])).to.deep.equal([name]);
      expect(cells.every((c) => c.selected === false)).to.be.true;
      expect(axByRole(tree, 'status')).to.have.length(1);
    });
  }

  it('the active cell follows the arrows (aria-activedescendant) and is read with its name and state', async () => {
    const el = await fixture<FoipPartners>(html`<foip-partners lang="en"></foip-partners>`);
    await settled(el);
    const grid = shadow(el).querySelector<HTMLElement>('[role="grid"]')!;
    const before = document.createElement('button');
    el.before(before);
    before.focus();
    await sendKeys({press: 'Tab'});
    await sendKeys({press: 'ArrowRight'});
    await settled(el);
    const id = grid.getAttribute('aria-activedescendant')!;
    expect(id).to.match(/^dot-0-\d+$/);
    const tree = await accessibilityTree('foip-partners >>> table.matrix');
    expect(tree.role).to.equal('grid');
    expect(tree.focused, 'the grid holds the focus').to.be.true;
    // The active cell, as the grid's aria-activedescendant names it, is read with its name and state.
    const label = shadow(el).getElementById(id)!.getAttribute('aria-label');
    const cell = axByRole(tree, 'gridcell').find((c) => c.name === label);
    expect(cell?.name).to.match(/^United States in /u);
    expect(cell?.selected).to.equal(false);
  });
});
