import {expect, fixture, html} from '@open-wc/testing';
import {setViewport} from '@web/test-runner-commands';

import {accessibilityTree, axByRole, axNodes} from '../a11y-tree.js';
import type {AXNode} from '../a11y-tree.js';
import {frames, settled} from '../helpers.js';
import '../../src/foip-initiative-card.js';
import '../../src/foip-initiative-list.js';
import type {FoipInitiativeCard} from '../../src/foip-initiative-card.js';
import type {FoipInitiativeList} from '../../src/foip-initiative-list.js';
import {dataset} from '../../src/data/index.js';

/** The roles under which a title is read out: every node named with it but its own text. */
const readAs = (tree: AXNode, title: string) =>
  axNodes(tree)
    .filter((n) => n.name === title && n.role !== 'StaticText' && n.role !== 'InlineTextBox')
    .map((n) => n.role);

/** The cards of a list, drawn: each card's own update too. */
async function listOf(template: ReturnType<typeof html>): Promise<FoipInitiativeList> {
  // Tall enough that every category is drawn: skipped content (content-visibility) is not in the snapshot.
  await setViewport({width: 1100, height: 8000});
  const el = await fixture<FoipInitiativeList>(template);
  await settled(el);
  await frames(2);
  return el;
}

describe('cards in the accessibility tree', () => {
  afterEach(() => setViewport({width: 800, height: 600}));

  for (const lang of ['en', 'ja'] as const) {
    for (const variant of ['full', 'compact'] as const) {
      it(`a ${variant} card without href (${lang}): its title is a heading, read once; no button`, async () => {
        const record = dataset.initiatives[0];
        const el = await fixture<FoipInitiativeCard>(
          html`<foip-initiative-card lang=${lang} initiative=${record.id} variant=${variant}></foip-initiative-card>`,
        );
        await el.updateComplete;
        const tree = await accessibilityTree('foip-initiative-card >>> article');
        expect(readAs(tree, record.title[lang])).to.deep.equal(['heading']);
        expect(axByRole(tree, 'button')).to.have.length(0);
        expect(axByRole(tree, 'link')).to.have.length(0);
      });
    }

    it(`a card with href (${lang}): a link inside the heading, read once`, async () => {
      const record = dataset.initiatives[0];
      const el = await fixture<FoipInitiativeCard>(
        html`<foip-initiative-card lang=${lang} initiative=${record.id} href="#card"></foip-initiative-card>`,
      );
      await el.updateComplete;
      const tree = await accessibilityTree('foip-initiative-card >>> article');
      expect(readAs(tree, record.title[lang])).to.deep.equal(['heading', 'link']);
      const [heading] = axByRole(tree, 'heading');
      expect(axByRole(heading, 'link').map((l) => l.name)).to.deep.equal([record.title[lang]]);
      expect(axByRole(tree, 'button')).to.have.length(0);
    });
  }

  it('the list: 24 headings, no button named after a title, no title read twice, no empty description list', async () => {
    const el = await listOf(html`<foip-initiative-list lang="en"></foip-initiative-list>`);
    const tree = await accessibilityTree('foip-initiative-list >>> div.results');
    const titles = dataset.initiatives.map((i) => i.title.en);
    expect(titles).to.have.length(el.shadowRoot!.querySelectorAll('foip-initiative-card').length);
    const buttons = axByRole(tree, 'button').map((b) => b.name);
    expect(buttons.filter((name) => titles.includes(name!))).to.deep.equal([]);
    for (const title of titles) expect(readAs(tree, title), title).to.deep.equal(['heading']);
    const lists = axByRole(tree, 'DescriptionList');
    expect(lists.filter((dl) => !axByRole(dl, 'term').length)).to.have.length(0);
    // The cards that name no country or region have none; every other one has its list.
    const placed = dataset.initiatives.filter((i) => i.countries.length + i.regions.length > 0);
    expect(lists).to.have.length(placed.length);
  });

  it('the list with card-href: each title is one link inside its heading', async () => {
    await listOf(html`<foip-initiative-list lang="ja" card-href="/foip/{id}.html"></foip-initiative-list>`);
    const tree = await accessibilityTree('foip-initiative-list >>> div.results');
    for (const i of dataset.initiatives) expect(readAs(tree, i.title.ja), i.id).to.deep.equal(['heading', 'link']);
    expect(axByRole(tree, 'link')).to.have.length(dataset.initiatives.length);
    expect(axByRole(tree, 'button')).to.have.length(0);
  });
});
