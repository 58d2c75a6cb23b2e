/**
 * The pillars with a partner's 10,000 records (issue 19): a closed category's cells too small to
 * be 24 px targets merge into one "N more" item, which opens the category and its list. Counts are
 * taken here from the raw records, not from src/layout.
 */
import {expect, fixture, html} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';

import '../../src/foip-pillars.js';
import type {FoipPillars} from '../../src/foip-pillars.js';
import {dataset} from '../../src/data/index.js';
import {partnerDataset} from '../fixtures/partner-dataset.js';
import {frames, settled, shadow, text} from '../helpers.js';

const data = partnerDataset(dataset, 10_000);
const inCategory = (id: string) => data.initiatives.filter((i) => i.category === id);

async function render(lang: 'en' | 'ja', records = data): Promise<FoipPillars> {
  const wrapper = await fixture<HTMLElement>(
    html`<div lang=${lang} style="inline-size: 1000px"><foip-pillars .data=${records}></foip-pillars></div>`,
  );
  const el = wrapper.querySelector<FoipPillars>('foip-pillars')!;
  // Drawn, measured, drawn at its width.
  await settled(el);
  await frames(2);
  await settled(el);
  return el;
}

const mores = (el: FoipPillars) => [...shadow(el).querySelectorAll<HTMLElement>('[role=treeitem].more')];
/** The initiative items drawn in a category's group. */
const cellsOf = (el: FoipPillars, category: string) => [
  ...shadow(el).querySelectorAll<HTMLElement>(`#box-category-${category} [role=treeitem][part=initiative]`),
];

describe('<foip-pillars> with a partner’s 10,000 initiatives', () => {
  for (const lang of ['en', 'ja'] as const) {
    it(`merges each category's slivers into one "N more" item that counts the rest (${lang})`, async () => {
      const el = await render(lang);
      const categories = data.categories.filter((c) => inCategory(c.id).length > 1);
      expect(mores(el).length, 'one per category').to.equal(categories.length);
      for (const category of categories) {
        const more = shadow(el).getElementById(`more-${category.id}`)!;
        const kept = cellsOf(el, category.id).filter((c) => !c.classList.contains('more'));
        const n = inCategory(category.id).length - kept.length;
        const count = n.toLocaleString(lang);
        expect(text(more), category.id).to.equal(lang === 'en' ? `${count} more initiatives` : `ほか${count}件`);
        // The kept ones are the category's first records, in their order.
        expect(kept.map((c) => c.id)).to.deep.equal(
          inCategory(category.id)
            .slice(0, kept.length)
            .map((i) => `initiative-${i.id}`),
        );
        expect(more.getAttribute('aria-level')).to.equal('3');
        expect(more.getAttribute('aria-posinset')).to.equal(String(kept.length + 1));
        expect(more.getAttribute('aria-setsize')).to.equal(String(kept.length + 1));
        for (const cell of [...kept, more]) {
          const r = cell.getBoundingClientRect();
          expect(Math.min(r.width, r.height), `${cell.id} is a 24 px target`).to.be.at.least(24);
        }
      }
      expect(shadow(el).querySelectorAll('[role=treeitem]').length, 'items drawn').to.be.below(200);
    });
  }

  it('opens the category from its "N more" item with Enter: focus on the first merged record, announced, listed', async () => {
    const el = await render('en');
    const more = mores(el)[0];
    const category = data.categories.find((c) => more.id === `more-${c.id}`)!;
    const kept = cellsOf(el, category.id).filter((c) => !c.classList.contains('more')).length;
    more.focus();
    await sendKeys({press: 'Enter'});
    await settled(el);
    await frames(2);
    expect(el.getAttribute('category')).to.equal(category.id);
    const records = inCategory(category.id);
    expect((shadow(el).activeElement as HTMLElement).id).to.equal(`initiative-${records[kept].id}`);
    expect(text(shadow(el).querySelector('[role=status]'))).to.equal(
      `Opened ${category.title.en}: ${records.length.toLocaleString('en')} initiatives.`,
    );
    // The category's rows and its list: every record, the merged ones too.
    expect(cellsOf(el, category.id).map((c) => c.id)).to.deep.equal(records.map((i) => `initiative-${i.id}`));
    expect(
      [...shadow(el).querySelectorAll('foip-initiative-card')].map((c) => c.getAttribute('initiative')),
    ).to.deep.equal(records.map((i) => i.id));
    expect(
      mores(el).some((m) => m.id === more.id),
      'the open category merges nothing',
    ).to.equal(false);
  });

  it('opening a priority area keeps each of its categories to its first rows and a "more" row', async () => {
    const el = await render('en');
    el.pillar = '1';
    await settled(el);
    await frames(2);
    const categories = data.categories.filter((c) => c.pillar === 1 && inCategory(c.id).length > 1);
    for (const category of categories) {
      const more = shadow(el).getElementById(`more-${category.id}`)!;
      expect(more, category.id).to.exist;
      expect(more.hasAttribute('data-open'), 'drawn as an open row').to.equal(true);
    }
    expect(shadow(el).querySelectorAll('[role=treeitem]').length, 'items drawn').to.be.below(300);
    // Below, each category's first cards, as drawn, and a button for the rest, which opens the category.
    const groups = [...shadow(el).querySelectorAll<HTMLElement>('.group-cards')];
    expect(groups).to.have.length(data.categories.filter((c) => c.pillar === 1).length);
    const [first] = categories;
    const group = groups.find((g) => g.querySelector(`#detail-${first.id}`))!;
    const kept = cellsOf(el, first.id).filter((c) => !c.classList.contains('more')).length;
    const rest = inCategory(first.id).length - kept;
    expect(group.querySelectorAll('foip-initiative-card')).to.have.length(kept);
    const button = group.querySelector<HTMLButtonElement>('button.more-cards')!;
    expect(text(button)).to.equal(`Show ${rest.toLocaleString('en')} more initiatives`);
    button.click();
    await settled(el);
    expect(el.getAttribute('category')).to.equal(first.id);
    expect(shadow(el).querySelectorAll('foip-initiative-card')).to.have.length(inCategory(first.id).length);
  });

  it('merges nothing of the bundled data', async () => {
    const el = await render('en', dataset);
    expect(mores(el)).to.have.length(0);
    expect(shadow(el).querySelectorAll('[role=treeitem][part=initiative]').length).to.equal(dataset.initiatives.length);
  });
});
