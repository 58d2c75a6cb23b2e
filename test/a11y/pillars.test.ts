import {expect, fixture, html, nextFrame} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';

import {accessibilityTree, axByRole} from '../a11y-tree.js';
import type {AXNode} from '../a11y-tree.js';
import '../helpers.js';
import '../../src/foip-pillars.js';
import type {FoipPillars} from '../../src/foip-pillars.js';
import {dataset} from '../../src/data/index.js';
import type {Locale} from '../../src/data/index.js';

/** Every row of the tree in reading order, each with the name a screen reader should say: its own title. */
function rows(locale: Locale): {key: string; name: string; pillar: number; level: number}[] {
  // 「重点分野① …」 / "Priority area ① …", as the document names them.
  const prefix = (glyph: string) => (locale === 'ja' ? `重点分野${glyph} ` : `Priority area ${glyph} `);
  return dataset.pillars.flatMap((p) => [
    {key: `pillar-${p.id}`, name: prefix(p.glyph) + p.title[locale], pillar: p.id, level: 1},
    ...dataset.categories
      .filter((c) => c.pillar === p.id)
      .flatMap((c) => [
        {key: `category-${c.id}`, name: c.title[locale], pillar: p.id, level: 2},
        ...dataset.initiatives
          .filter((i) => i.category === c.id)
          .map((i) => ({key: `initiative-${i.id}`, name: i.title[locale], pillar: p.id, level: 3})),
      ]),
  ]);
}

async function render(attrs: string, lang: Locale = 'en'): Promise<FoipPillars> {
  const el = await fixture<FoipPillars>(html`<div lang=${lang}><foip-pillars></foip-pillars></div>`).then(
    (wrap) => wrap.firstElementChild as FoipPillars,
  );
  for (const [name, value] of new URLSearchParams(attrs)) el.setAttribute(name, value);
  await el.updateComplete;
  await nextFrame();
  await el.updateComplete;
  return el;
}

const treeitems = async (): Promise<AXNode[]> =>
  axByRole(await accessibilityTree('foip-pillars >>> [role=tree]'), 'treeitem');

describe('pillars in the accessibility tree', () => {
  for (const locale of ['en', 'ja'] as const) {
    it(`names every row by its own title only, and shows every row drawn (${locale})`, async () => {
      await render('', locale);
      const items = await treeitems();
      const expected = rows(locale);
      // Everything is drawn, so everything is in the tree: 3 priority areas, their categories and initiatives.
      expect(items.map((n) => n.name)).to.deep.equal(expected.map((r) => r.name));
      expect(items.map((n) => n.level)).to.deep.equal(expected.map((r) => r.level));
      expect(items.filter((n) => n.level !== 3).every((n) => n.expanded === true)).to.be.true;
      expect(items.filter((n) => n.level === 3).every((n) => n.expanded === undefined)).to.be.true;
      const pillar1 = items[0];
      expect(pillar1.name!.length).to.be.below(rows(locale)[0].name.length + 1);
      expect(pillar1.description).to.match(locale === 'ja' ? /^重点分野①は/u : /^Priority area ① has/u);
    });
  }

  it('takes a collapsed priority area’s rows out of the tree; its own name stays short', async () => {
    const el = await render('');
    el.shadowRoot!.getElementById('pillar-1')!.focus();
    await sendKeys({press: 'ArrowLeft'});
    await el.updateComplete;
    await nextFrame();
    const items = await treeitems();
    const expected = rows('en').filter((r) => r.pillar !== 1 || r.level === 1);
    expect(items.map((n) => n.name)).to.deep.equal(expected.map((r) => r.name));
    expect(items[0].expanded).to.equal(false);
    expect(items[0].focused).to.equal(true);
    // "Priority area 1: " and the title, 908 characters before (the title of every row below it).
    expect(items[0].name).to.equal(rows('en')[0].name);
    expect(items[0].name!.length).to.be.below(200);
  });

  it('takes a collapsed category’s initiatives out of the tree', async () => {
    const el = await render('');
    el.shadowRoot!.getElementById('category-connectivity-and-rules')!.focus();
    await sendKeys({press: 'ArrowLeft'});
    await el.updateComplete;
    await nextFrame();
    const items = await treeitems();
    const category = items.find(
      (n) => n.name === dataset.categories.find((c) => c.id === 'connectivity-and-rules')!.title.en,
    )!;
    expect(category.expanded).to.equal(false);
    const gone = dataset.initiatives.filter((i) => i.category === 'connectivity-and-rules').map((i) => i.title.en);
    expect(items.map((n) => n.name).filter((name) => gone.includes(name!))).to.deep.equal([]);
    expect(items).to.have.length(rows('en').length - gone.length);
  });

  it('exposes what is selected: a priority area, then a category', async () => {
    const el = await render('pillar=2');
    let items = await treeitems();
    expect(items.filter((n) => n.selected).map((n) => n.name)).to.deep.equal([
      rows('en').find((r) => r.key === 'pillar-2')!.name,
    ]);
    el.setAttribute('category', 'free-trade-investment');
    await el.updateComplete;
    await nextFrame();
    items = await treeitems();
    expect(items.filter((n) => n.selected).map((n) => n.name)).to.deep.equal([
      dataset.categories.find((c) => c.id === 'free-trade-investment')!.title.en,
    ]);
    expect(items).to.have.length(rows('en').length);
  });

  it('radial: every sector drawn has its row in the tree, named by its title', async () => {
    await render('layout=radial&pillar=3');
    const items = await treeitems();
    expect(items.map((n) => n.name)).to.deep.equal(rows('en').map((r) => r.name));
  });
});
