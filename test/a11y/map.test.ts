import {expect, fixture, html} from '@open-wc/testing';

import {accessibilityTree, axByRole} from '../a11y-tree.js';
import '../helpers.js';
import '../../src/foip-map.js';

describe('map in the accessibility tree', () => {
  it('exposes a named listbox', async () => {
    const el = await fixture<HTMLElement & {updateComplete: Promise<unknown>}>(html`<foip-map lang="en"></foip-map>`);
    await el.updateComplete;
    const tree = await accessibilityTree('foip-map >>> svg.map');
    expect(tree.role).to.equal('listbox');
    expect(tree.name).to.equal('Map of countries with initiatives');
    expect(axByRole(tree, 'listbox')).to.have.length(1);
  });
});
