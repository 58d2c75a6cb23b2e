/**
 * A partner's 10,000 records in the accessibility tree (issue 19): the list draws only the rows in
 * view, yet a screen reader meets every heading, every list (named by its category) with its first
 * records, the records in view, and the record the keyboard moved to, focused. (Chromium's snapshot
 * carries no set size or position: those are checked as attributes in
 * test/components/initiative-list-10k.test.ts, in both browsers.)
 */
import {expect, fixture, html} from '@open-wc/testing';
import {sendKeys, setViewport} from '@web/test-runner-commands';

import {accessibilityTree, axByRole, axNodes} from '../a11y-tree.js';
import type {AXNode} from '../a11y-tree.js';
import '../../src/foip-initiative-list.js';
import type {FoipInitiativeList} from '../../src/foip-initiative-list.js';
import {data, drawn, sections as groups} from '../fixtures/list-10k.js';

const titles = new Map(data.initiatives.map((i) => [i.id, i.title.en]));
/** The lists as the data groups them: category titles and the ids of their records. */
const sections = groups().map(({category, ids}) => ({name: category, ids}));

/** The card titles read in a list item: its headings' names. */
const titlesIn = (item: AXNode) => axByRole(item, 'heading').map((h) => h.name);

describe('a partner’s 10,000 records in the accessibility tree', () => {
  afterEach(() => setViewport({width: 800, height: 600}));

  it('every category is a list named by its heading; each holds its first records; headings in order', async () => {
    await setViewport({width: 1000, height: 800});
    const el = await fixture<FoipInitiativeList>(html`<foip-initiative-list .data=${data}></foip-initiative-list>`);
    await drawn(el);
    const tree = await accessibilityTree('foip-initiative-list >>> .results');
    expect(
      axByRole(tree, 'heading')
        .filter((h) => h.level === 3)
        .map((h) => h.name),
    ).to.deep.equal(sections.map((s) => s.name));
    const lists = axByRole(tree, 'list');
    expect(lists.map((l) => l.name)).to.deep.equal(sections.map((s) => s.name));
    lists.forEach((list, n) => {
      const items = axByRole(list, 'listitem');
      expect(items.length, `${list.name}: records exposed`).to.be.above(0);
      // Spacers are not records: every item exposed is a card, the list's first one first.
      expect(items.every((item) => titlesIn(item).length === 1)).to.be.true;
      expect(titlesIn(items[0])).to.deep.equal([titles.get(sections[n].ids[0])]);
    });
    expect(axNodes(tree).filter((n) => n.role === 'listitem').length, 'a window of records, not 10,000').to.be.below(
      200,
    );
  });

  it('End: the last of the 10,000 is exposed, focused, in the last list', async () => {
    await setViewport({width: 1000, height: 800});
    const el = await fixture<FoipInitiativeList>(
      html`<foip-initiative-list controls .data=${data}></foip-initiative-list>`,
    );
    await drawn(el);
    el.shadowRoot!.querySelector<HTMLInputElement>('#query')!.focus();
    await sendKeys({press: 'Tab'});
    await sendKeys({press: 'End'});
    await drawn(el);
    const tree = await accessibilityTree('foip-initiative-list >>> .results');
    const focused = axNodes(tree).filter((n) => n.focused);
    expect(focused.map((n) => n.role)).to.deep.equal(['listitem']);
    const last = sections.at(-1)!;
    expect(titlesIn(focused[0])).to.deep.equal([titles.get(last.ids.at(-1)!)]);
    const lastList = axByRole(tree, 'list').at(-1)!;
    expect(lastList.name).to.equal(last.name);
    expect(axByRole(lastList, 'listitem')).to.include(focused[0]);
  });
});
