/**
 * `<foip-initiative-list>` with a partner's 10,000 records (issue 19): only the rows in view are in
 * the page, yet the count, the headings, the keyboard path and what a filter selects are those of
 * all 10,000. Expected values come from the data with plain array filters, never from the list.
 */
import {expect, fixture, html} from '@open-wc/testing';
import {sendKeys, setViewport} from '@web/test-runner-commands';

import '../../src/foip-initiative-list.js';
import type {FoipInitiativeList} from '../../src/foip-initiative-list.js';
import type {Initiative} from '../../src/data/index.js';
import {COUNT, data, drawn, sections} from '../fixtures/list-10k.js';
import {shadow, text} from '../helpers.js';

const all = data.initiatives;
const n = (value: number, lang = 'en') => new Intl.NumberFormat(lang).format(value);

async function partnerList(attrs = ''): Promise<FoipInitiativeList> {
  const wrapper = await fixture<HTMLElement>(
    html`<div><button id="before">before</button><foip-initiative-list></foip-initiative-list></div>`,
  );
  const el = wrapper.querySelector<FoipInitiativeList>('foip-initiative-list')!;
  for (const a of attrs.split(' ').filter(Boolean)) {
    const [name, value = ''] = a.split('=');
    el.setAttribute(name, value);
  }
  el.data = data;
  await drawn(el);
  return el;
}

const root = (el: FoipInitiativeList) => shadow(el);
const cardsIn = (el: FoipInitiativeList) => root(el).querySelectorAll('foip-initiative-card').length;
const count = (el: FoipInitiativeList) => text(root(el).querySelector('[part=count]'));
const lists = (el: FoipInitiativeList) => [...root(el).querySelectorAll<HTMLUListElement>('ul.cards')];
/** Each list's size as its items say it (`aria-setsize`), and its heading. */
const listed = (el: FoipInitiativeList) =>
  lists(el).map((ul) => ({
    category: text(root(el).getElementById(ul.getAttribute('aria-labelledby')!)),
    size: Number(ul.querySelector('li[aria-setsize]')?.getAttribute('aria-setsize')),
  }));
const focusedRecord = (el: FoipInitiativeList) => {
  const li = root(el).activeElement as HTMLLIElement | null;
  return li?.localName === 'li'
    ? {
        id: li.querySelector('foip-initiative-card')!.getAttribute('initiative'),
        position: Number(li.getAttribute('aria-posinset')),
        size: Number(li.getAttribute('aria-setsize')),
        // Within the viewport (to a pixel: an edge can fall between pixels).
        inView: li.getBoundingClientRect().top >= -1 && li.getBoundingClientRect().bottom <= innerHeight + 1,
      }
    : undefined;
};

/** Every record the list holds, found by scrolling it through: ids in display order. */
async function scrollThrough(el: FoipInitiativeList): Promise<string[]> {
  const seen = new Map<string, string>();
  window.scrollTo(0, 0);
  for (;;) {
    await drawn(el);
    lists(el).forEach((ul, section) => {
      for (const li of ul.querySelectorAll<HTMLElement>('li[aria-posinset]')) {
        const key = `${String(section).padStart(4, '0')}:${li.getAttribute('aria-posinset')!.padStart(6, '0')}`;
        seen.set(key, li.querySelector('foip-initiative-card')!.getAttribute('initiative')!);
      }
    });
    const {scrollY} = window;
    window.scrollBy(0, innerHeight);
    if (window.scrollY === scrollY) break;
  }
  window.scrollTo(0, 0);
  return [...seen].sort(([a], [b]) => (a < b ? -1 : 1)).map(([, id]) => id);
}

describe('<foip-initiative-list> with a partner’s 10,000 records', () => {
  before(() => setViewport({width: 1000, height: 800}));
  afterEach(async () => {
    window.scrollTo(0, 0);
    await setViewport({width: 1000, height: 800});
  });

  it('is valid data as the validator has it: the list shows it, no problem message', async () => {
    const el = await partnerList();
    expect(root(el).querySelector('[part=problem]')).to.be.null;
  });

  it('says the count of all 10,000, in English and Japanese', async () => {
    const el = await partnerList();
    expect(count(el)).to.equal(`Showing ${n(COUNT)} of ${n(COUNT)} initiatives`);
    el.setAttribute('lang', 'ja');
    el.pillar = '2';
    await drawn(el);
    const shown = all.filter((i) => i.pillar === 2).length;
    expect(count(el)).to.equal(`全${n(COUNT, 'ja')}件中${n(shown, 'ja')}件を表示`);
  });

  it('has every heading and every list’s size, yet draws only the cards in view', async () => {
    const el = await partnerList();
    const expected = sections(all);
    expect(listed(el)).to.deep.equal(expected.map((s) => ({category: s.category, size: s.ids.length})));
    expect(
      [...root(el).querySelectorAll('.category-group > [role=heading]')].map((h) => text(h)),
      'category headings',
    ).to.deep.equal(expected.map((s) => s.category));
    expect(cardsIn(el), 'cards in the page').to.be.within(1, 200);
    // Each list's first record is drawn, however far below: a screen reader reading on meets it, and the list's size.
    for (const [at, ul] of lists(el).entries()) {
      expect(ul.querySelector('li[aria-posinset="1"] foip-initiative-card')?.getAttribute('initiative')).to.equal(
        expected[at].ids[0],
      );
    }
    // Each card drawn says where it is in its list.
    for (const ul of lists(el)) {
      const section = expected[lists(el).indexOf(ul)];
      for (const li of ul.querySelectorAll('li[aria-posinset]')) {
        const at = Number(li.getAttribute('aria-posinset'));
        expect(li.querySelector('foip-initiative-card')!.getAttribute('initiative')).to.equal(section.ids[at - 1]);
      }
    }
  });

  it('draws the rows scrolled to, and keeps the cards in the page to those in view', async () => {
    const el = await partnerList();
    const last = lists(el).at(-1)!;
    last.scrollIntoView({block: 'end'});
    await drawn(el);
    const items = [...last.querySelectorAll('li[aria-posinset]')];
    expect(items.length, 'the last list’s rows in view are drawn').to.be.above(0);
    expect(Number(items.at(-1)!.getAttribute('aria-posinset'))).to.equal(sections(all).at(-1)!.ids.length);
    expect(cardsIn(el), 'cards in the page').to.be.within(1, 200);
  });

  it('Tab reaches the records once; End goes to the last of 10,000, Home to the first, arrows between', async () => {
    const el = await partnerList('controls');
    const expected = sections(all);
    root(el).querySelector<HTMLInputElement>('#query')!.focus();
    await sendKeys({press: 'Tab'});
    expect(focusedRecord(el), 'Tab: the first record').to.deep.include({id: expected[0].ids[0], position: 1});

    await sendKeys({press: 'End'});
    await drawn(el);
    const end = expected.at(-1)!;
    expect(focusedRecord(el), 'End').to.deep.equal({
      id: end.ids.at(-1),
      position: end.ids.length,
      size: end.ids.length,
      inView: true,
    });

    await sendKeys({press: 'ArrowUp'});
    await drawn(el);
    expect(focusedRecord(el), 'ArrowUp').to.deep.include({id: end.ids.at(-2), position: end.ids.length - 1});

    await sendKeys({press: 'Home'});
    await drawn(el);
    expect(focusedRecord(el), 'Home').to.deep.equal({
      id: expected[0].ids[0],
      position: 1,
      size: expected[0].ids.length,
      inView: true,
    });

    await sendKeys({press: 'ArrowDown'});
    await drawn(el);
    expect(focusedRecord(el), 'ArrowDown').to.deep.include({id: expected[0].ids[1], position: 2});

    // Out of the records, Tab goes on past the list: one stop, not one per card.
    el.insertAdjacentHTML('afterend', '<button id="after">after</button>');
    await sendKeys({press: 'Tab'});
    expect(document.activeElement?.id).to.equal('after');
  });

  it('the record with focus stays in the page when scrolled away, and Shift+Tab comes back to it', async () => {
    const el = await partnerList();
    el.insertAdjacentHTML('afterend', '<button id="after">after</button>');
    const second = sections(all)[0].ids[1];
    document.querySelector<HTMLButtonElement>('#before')!.focus();
    await sendKeys({press: 'Tab'});
    await sendKeys({press: 'ArrowRight'});
    await drawn(el);
    expect(focusedRecord(el)?.id).to.equal(second);
    window.scrollTo(0, document.documentElement.scrollHeight / 2);
    await drawn(el);
    expect(focusedRecord(el)?.id, 'still focused').to.equal(second);
    document.querySelector<HTMLButtonElement>('#after')!.focus();
    await sendKeys({down: 'Shift'});
    await sendKeys({press: 'Tab'});
    await sendKeys({up: 'Shift'});
    expect(focusedRecord(el)?.id, 'the one tab stop').to.equal(second);
  });

  it('type-to-filter: the search box narrows 10,000 to what a plain filter finds', async () => {
    const el = await partnerList('controls');
    const word = 'cable';
    root(el).querySelector<HTMLInputElement>('#query')!.focus();
    await sendKeys({type: word});
    await drawn(el);
    const hit = (i: Initiative) =>
      [i.title.en, i.text.en, i.title.ja, i.text.ja].some((t) => t.toLowerCase().includes(word)) ||
      data.categories.some((c) => c.id === i.category && c.title.en.toLowerCase().includes(word));
    const expected = all.filter(hit);
    expect(expected.length, 'the word is in the data').to.be.within(1, COUNT - 1);
    expect(count(el)).to.equal(`Showing ${n(expected.length)} of ${n(COUNT)} initiatives`);
    expect(await scrollThrough(el)).to.deep.equal(sections(expected).flatMap((s) => s.ids));
  });

  it('a filter selects exactly what a plain filter over the data selects', async () => {
    const el = await partnerList('pillar=3 instrument=oda');
    const expected = all.filter((i) => i.pillar === 3 && i.instruments.includes('oda'));
    expect(expected.length).to.be.within(1, COUNT - 1);
    expect(sections(expected).length, 'in more than one list').to.be.above(1);
    expect(count(el)).to.equal(`Showing ${n(expected.length)} of ${n(COUNT)} initiatives`);
    expect(listed(el).map((s) => s.size)).to.deep.equal(sections(expected).map((s) => s.ids.length));
    expect(await scrollThrough(el)).to.deep.equal(sections(expected).flatMap((s) => s.ids));
  });

  it('a country covered only through its region: the region’s thousands counted and listed apart, End reaches the last', async () => {
    const el = await partnerList('country=MMR');
    // Myanmar is named by no record; ASEAN's region-wide records cover it.
    expect(all.filter((i) => i.countries.includes('MMR'))).to.have.length(0);
    const wide = all.filter((i) => i.regions.includes('asean')).map((i) => i.id);
    expect(count(el)).to.equal(
      `No initiatives name Myanmar; ${n(wide.length)} region-wide initiatives of ASEAN cover it`,
    );
    const region = root(el).querySelector<HTMLElement>('.region-group[data-region=asean]')!;
    const first = region.querySelector('li[aria-posinset="1"]')!;
    expect(first.getAttribute('aria-setsize')).to.equal(String(wide.length));
    expect(first.querySelector('foip-initiative-card')!.getAttribute('initiative')).to.equal(wide[0]);
    (first as HTMLElement).focus();
    await sendKeys({press: 'End'});
    await drawn(el);
    expect(focusedRecord(el)).to.deep.include({id: wide.at(-1), position: wide.length, inView: true});
    expect(cardsIn(el), 'cards in the page').to.be.within(1, 200);
  });

  it('at 360 px: one column, nothing wider than the screen, End still reaches the last record', async () => {
    await setViewport({width: 360, height: 640});
    const el = await partnerList('controls');
    expect(document.documentElement.scrollWidth, 'no sideways scroll').to.be.at.most(360);
    const ul = lists(el)[0];
    expect(getComputedStyle(ul).gridTemplateColumns.split(' ')).to.have.length(1);
    root(el).querySelector<HTMLInputElement>('#query')!.focus();
    await sendKeys({press: 'Tab'});
    await sendKeys({press: 'End'});
    await drawn(el);
    const end = sections(all).at(-1)!;
    expect(focusedRecord(el)).to.deep.include({id: end.ids.at(-1), position: end.ids.length, inView: true});
  });

  it('is accessible (axe), spacers included', async () => {
    const el = await partnerList('controls');
    await expect(el).to.be.accessible();
  });
});
