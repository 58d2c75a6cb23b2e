/**
 * `<foip-partners>` (issue 21): every partner and format of the dataset drawn and reachable by keyboard,
 * counts derived here from the raw dataset (not by the module the element uses), the selection's event
 * and detail, bad input, `for`, the table, the live region in both languages, 360 px, axe.
 */
import {expect, fixture, html} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';

import '../../src/foip-partners.js';
import type {FoipPartners} from '../../src/foip-partners.js';
import '../../src/foip-initiative-list.js';
import '../../src/foip-pillars.js';
import {dataset} from '../../src/data/index.js';
import type {Locale} from '../../src/data/index.js';
import type {FoipPartnerSelectEvent} from '../../src/events/events.js';
import {captureWarnings, frames, recordEvents, settled, shadow, text} from '../helpers.js';

const {initiatives, mapEntries, organisations, countries} = dataset;
const $ = (el: Element, selector: string) => shadow(el).querySelector<HTMLElement>(selector);
const $$ = (el: Element, selector: string) => [...shadow(el).querySelectorAll<HTMLElement>(selector)];

// Derived from the raw records: a record's partners are an initiative's own and its map items', or a
// map item's of its own; a format is each distinct set.
const key = (ids: Iterable<string>) => [...new Set(ids)].sort().join('+');
const itemsOf = (id: string) => mapEntries.flatMap((e) => e.items).filter((m) => m.initiative === id);
const initiativeSets = initiatives
  .map((i) => ({id: i.id, set: key([...i.partners, ...itemsOf(i.id).flatMap((m) => m.partners)])}))
  .filter((r) => r.set);
const itemSets = mapEntries
  .flatMap((e) => e.items)
  .filter((m) => m.partners.length && !initiativeSets.some((r) => r.id === m.initiative && r.set === key(m.partners)))
  .map((m) => key(m.partners));
const FORMATS = new Set([...initiativeSets.map((r) => r.set), ...itemSets]);
const PARTNERS = new Set([...FORMATS].flatMap((f) => f.split('+')));
const nameOf = (id: string, lang: Locale = 'en') =>
  (countries.find((c) => c.iso3 === id) ?? organisations.find((o) => o.id === id))!.name[lang];
const initiativesOf = (partner: string) =>
  initiativeSets.filter((r) => r.set.split('+').includes(partner)).map((r) => r.id);

async function partners(attrs = '', lang: Locale = 'en', width = 1100): Promise<FoipPartners> {
  const wrapper = await fixture<HTMLElement>(html`<div lang=${lang} style="width: ${width}px"></div>`);
  wrapper.innerHTML = `<foip-partners ${attrs}></foip-partners>`;
  const el = wrapper.firstElementChild as FoipPartners;
  await settled(el);
  return el;
}
const grid = (el: Element) => $(el, '[role="grid"]')!;
const active = (el: Element) => shadow(el).getElementById(grid(el).getAttribute('aria-activedescendant')!)!;
async function press(el: FoipPartners, key: string) {
  await sendKeys({press: key});
  await settled(el);
}

describe('<foip-partners>', () => {
  it('draws every partner of the dataset as a row and every format as a column, with Japan on top', async () => {
    const el = await partners();
    const names = $$(el, '[role="rowheader"][id^="partner-"] .label').map((n) => text(n));
    expect(names.sort()).to.deep.equal([...PARTNERS].map((id) => nameOf(id)).sort());
    expect($$(el, '[role="columnheader"][id^="format-"]')).to.have.length(FORMATS.size);
    expect(text($(el, 'tr.home .name'))).to.match(/^Japan/);
    // Each format's dots: exactly its partners.
    const rows = $$(el, '.matrix tbody tr:not(.home)');
    const columns = [...FORMATS].length;
    const drawn = new Set<string>();
    for (let c = 0; c < columns; c++) {
      const members = rows.filter((r) => r.children[c + 1].classList.contains('member'));
      drawn.add(key(members.map((r) => [...PARTNERS].find((id) => text(r.querySelector('.label')) === nameOf(id))!)));
    }
    expect([...drawn].sort()).to.deep.equal([...FORMATS].sort());
  });

  it('says in its summary how many partners of each kind, formats, initiatives and map items', async () => {
    const el = await partners();
    const summary = text($(el, '.summary'));
    const orgs = [...PARTNERS].filter((id) => organisations.some((o) => o.id === id)).length;
    expect(summary).to.include(`names ${PARTNERS.size} partners of Japan`);
    expect(summary).to.include(`${orgs} organisations`);
    expect(summary).to.include(
      `in ${FORMATS.size} formats, on ${new Set(initiativeSets.map((r) => r.id)).size} initiatives and ${itemSets.length} map items.`,
    );
    expect(summary).to.include('not counted as partners');
    const ja = await partners('', 'ja');
    expect(text($(ja, '.summary'))).to.include(`日本の連携先として${PARTNERS.size}の国・地域・機関`);
  });

  it('reaches every partner, format and dot by keyboard from one tab stop', async () => {
    const el = await partners();
    const before = document.createElement('button');
    el.before(before);
    before.focus();
    await sendKeys({press: 'Tab'});
    expect(shadow(el).activeElement).to.equal(grid(el));
    expect($$(el, '[role="grid"] [tabindex]')).to.have.length(0, 'cells are reached by arrows, not Tab');
    const seen = new Set<string>();
    const walk = async (key: string, times: number) => {
      for (let i = 0; i < times; i++) {
        await press(el, key);
        seen.add(active(el).id);
      }
    };
    seen.add(active(el).id);
    for (let r = 0; r < PARTNERS.size; r++) {
      // Along the partner's row, dot by dot, back to its name, then down to the next name.
      await walk('ArrowRight', FORMATS.size);
      await walk('ArrowLeft', FORMATS.size + 1);
      expect(active(el).id).to.equal(`partner-${r}`);
      await walk('ArrowDown', 1);
    }
    // The heads: up the first partner's first line, to the first head, then along.
    await walk('ArrowUp', PARTNERS.size);
    await walk('ArrowRight', 1);
    await walk('ArrowUp', 1);
    await walk('Home', 1);
    expect(active(el).id).to.equal('format-0');
    await walk('ArrowRight', FORMATS.size);
    const dots = $$(el, 'td.member').length;
    expect(seen.size).to.equal(PARTNERS.size + dots + FORMATS.size);
    for (const id of seen) expect(shadow(el).getElementById(id), id).to.exist;
  });

  it('selects with Enter, says so, emits foip-partner-select, and clears with Escape', async () => {
    const el = await partners();
    const {events, stop} = recordEvents<FoipPartnerSelectEvent>('foip-partner-select');
    grid(el).focus();
    const first = active(el);
    const id = [...PARTNERS].find((p) => text(first.querySelector('.label')) === nameOf(p))!;
    await press(el, 'Enter');
    expect(events).to.have.length(1);
    expect(events[0].bubbles && events[0].composed).to.be.true;
    expect(events[0].partner).to.equal(id);
    expect(events[0].format).to.equal(null);
    expect([...events[0].initiatives].sort()).to.deep.equal(initiativesOf(id).sort());
    expect(first.getAttribute('aria-selected')).to.equal('true');
    expect(el.getAttribute('partner')).to.equal(id);
    const ally = countries.find((c) => c.iso3 === id)?.ally ? "Japan's ally\\. " : '';
    expect(text($(el, '[role="status"]'))).to.match(new RegExp(`^Selected: ${nameOf(id)}\\. ${ally}In \\d+ formats; `));
    expect(text($(el, '#detail-heading'))).to.equal(nameOf(id));
    const cards = $$(el, '.detail foip-initiative-card').map((c) => c.getAttribute('initiative'));
    expect(cards.sort()).to.deep.equal(initiativesOf(id).sort());
    await press(el, 'Escape');
    expect(events[1].partner).to.equal(null);
    expect(active(el), 'the keyboard stays where it was').to.equal(first);
    expect(el.hasAttribute('partner')).to.be.false;
    expect($(el, '.detail')).to.equal(null);
    expect(text($(el, '[role="status"]'))).to.equal('Selection cleared.');
    stop();
  });

  it('selects a format from its head and a partner within a format from its dot', async () => {
    const el = await partners();
    const {events, stop} = recordEvents<FoipPartnerSelectEvent>('foip-partner-select');
    $(el, '#format-0')!.click();
    await settled(el);
    const format = events[0].format!;
    expect(FORMATS.has(key(format.split('+')))).to.be.true;
    expect(events[0].partner).to.equal(null);
    const dot = $(el, 'td.member')!;
    dot.click();
    await settled(el);
    expect(events[1].partner).to.be.a('string');
    expect(events[1].format).to.be.a('string');
    expect(events[1].format!.split('+')).to.include(events[1].partner);
    expect(dot.getAttribute('aria-selected')).to.equal('true');
    dot.click();
    await settled(el);
    expect(events[2].partner).to.equal(null, 'the same again clears');
    stop();
  });

  it('preselects a partner given in any case, and a format given in any order', async () => {
    const el = await partners('partner="usa"');
    expect(el.getAttribute('partner')).to.equal('USA');
    expect($(el, '[role="rowheader"][aria-selected="true"] .label')?.textContent).to.equal(nameOf('USA'));
    expect(text($(el, '#detail-heading'))).to.equal(nameOf('USA'));
    const quad = await partners('format="ind aus usa"');
    const head = $(quad, '[role="columnheader"][aria-selected="true"]')!;
    expect(head.getAttribute('aria-label')).to.match(
      /^Format \d+: \(Japan-U\.S\.-Australia-India\)\. With 3 partners; 1 map item\.$/u,
    );
    expect(quad.getAttribute('format')).to.equal('USA+AUS+IND', 'written canonically');
  });

  it('says plainly when a country of the data is not a partner, without an error', async () => {
    const {warnings, restore} = captureWarnings();
    const el = await partners('partner="MYS"');
    restore();
    expect(warnings).to.have.length(0);
    expect(text($(el, '.note'))).to.equal('The document does not name Malaysia as a partner of Japan.');
    expect($(el, '[role="grid"]')).to.exist;
    // A partner, but not in the priority area shown: said so, not denied.
    const korea = await partners('partner="KOR" pillar="3"');
    expect(text($(korea, '.note'))).to.equal(
      'The document names the Republic of Korea as a partner of Japan, but not in priority area ③.',
    );
    const koreaJa = await partners('partner="KOR" pillar="3"', 'ja');
    expect(text($(koreaJa, '.note'))).to.equal(
      '資料は韓国を日本の連携先として挙げていますが、重点分野③では挙げていません。',
    );
  });

  for (const [attrs, attribute, message] of [
    ['partner="XYZ"', 'partner', 'Unknown partner "XYZ"'],
    ['format="USA+FRA"', 'format', 'No format of the data has exactly the partners "USA+FRA"'],
    ['pillar="9"', 'pillar', 'Unknown priority area "9"'],
  ] as const) {
    it(`bad ${attribute}: a localized message and one warning naming it`, async () => {
      const {warnings, restore} = captureWarnings();
      const el = await partners(attrs);
      el.requestUpdate();
      await settled(el);
      restore();
      expect(text($(el, '.problem'))).to.include(message);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.include(`<foip-partners> ${attrs}`);
      const ja = await partners(attrs, 'ja');
      expect(text($(ja, '.problem'))).to.match(/[ぁ-ん]/u);
    });
  }

  it('shows a table alternative: one row per partner with its formats and records', async () => {
    const el = await partners();
    const toggle = $(el, 'button.toggle')!;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect($(el, '.table-frame')!.hidden).to.be.true;
    toggle.click();
    await settled(el);
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    const rows = $$(el, 'table.table tbody tr');
    expect(rows.map((r) => r.dataset.partner).sort()).to.deep.equal([...PARTNERS].sort());
    for (const row of rows) {
      const id = row.dataset.partner!;
      const titles = initiativesOf(id).map((i) => initiatives.find((x) => x.id === i)!.title.en);
      for (const title of titles) expect(text(row)).to.include(title);
    }
    const once = rows.filter((r) => text(r).includes('Named in only one initiative or map item.'));
    expect(once.length).to.be.greaterThan(0);
    // Each partner's kind, said apart: a country, a territory, an organisation, in both languages;
    // the United States also as the document calls it, Japan's ally, and no other partner.
    const kindCell = (table: HTMLElement[], id: string) => table.find((r) => r.dataset.partner === id)!.children[1];
    const kindOf = (table: HTMLElement[], id: string) => {
      const cell = kindCell(table, id).cloneNode(true) as Element;
      cell.querySelector('.ally-note')?.remove();
      return text(cell);
    };
    const allyNotes = (table: HTMLElement[]) =>
      table
        .filter((r) => r.querySelector('.ally-note'))
        .map((r) => [r.dataset.partner, text(r.querySelector('.ally-note')!)]);
    expect(['USA', 'TWN', 'asean'].map((id) => kindOf(rows, id))).to.deep.equal([
      'Country',
      'Territory',
      'Organisation',
    ]);
    expect(allyNotes(rows)).to.deep.equal([['USA', "Japan's ally."]]);
    const ja = await partners('', 'ja');
    const jaRows = $$(ja, 'table.table tbody tr');
    expect(['USA', 'TWN', 'asean'].map((id) => kindOf(jaRows, id))).to.deep.equal(['国', '地域', '機関']);
    expect(allyNotes(jaRows)).to.deep.equal([['USA', '日本の同盟国。']]);
  });

  it('marks the partner the document calls Japan’s ally, in the row’s name and its summary, in both languages', async () => {
    for (const [lang, tag, spoken, sentence] of [
      ['en', 'Ally', "United States, country. Japan's ally. In ", "The document calls the United States Japan's ally."],
      ['ja', '同盟国', '米国（国）日本の同盟国。', '資料は、米国を日本の同盟国としています。'],
    ] as const) {
      const el = await partners('', lang);
      const tags = $$(el, '[role="rowheader"] .ally');
      expect(tags.map((t) => [t.closest('tr')!.querySelector('.label')!.textContent!.trim(), text(t)])).to.deep.equal([
        [nameOf('USA', lang), tag],
      ]);
      expect(tags[0].getAttribute('aria-hidden'), 'the name says it').to.equal('true');
      expect(tags[0].getBoundingClientRect().width).to.be.greaterThan(0);
      const usa = tags[0].closest('[role="rowheader"]')!;
      expect(usa.getAttribute('aria-label')).to.include(spoken);
      const others = $$(el, '[role="rowheader"]').filter((r) => r !== usa);
      expect(others.filter((r) => /ally|同盟国/u.test(r.getAttribute('aria-label') ?? ''))).to.have.length(0);
      expect(text($(el, '.summary'))).to.include(sentence);
    }
  });

  it('narrows to one priority area and follows <foip-pillars> with for', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div lang="en">
        <foip-pillars id="areas"></foip-pillars>
        <foip-partners for="areas"></foip-partners>
      </div>`,
    );
    const pillars = wrapper.querySelector('foip-pillars')!;
    const el = wrapper.querySelector('foip-partners')!;
    await settled(el);
    const all = $$(el, '[role="columnheader"][id^="format-"]').length;
    pillars.setAttribute('pillar', '3');
    pillars.dispatchEvent(new (await import('../../src/events/events.js')).FoipPillarSelectEvent(3, null));
    await settled(el);
    expect(el.getAttribute('pillar')).to.equal('3');
    const inThree = new Set([
      ...initiativeSets.filter((r) => initiatives.find((i) => i.id === r.id)!.pillar === 3).map((r) => r.set),
    ]);
    const heads = $$(el, '[role="columnheader"][id^="format-"]').length;
    expect(heads).to.be.lessThan(all);
    expect(heads).to.be.at.least(inThree.size);
  });

  it('leads a list with for: the list filters by the partner selected', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div lang="en">
        <foip-partners id="partners"></foip-partners>
        <foip-initiative-list for="partners"></foip-initiative-list>
      </div>`,
    );
    const el = wrapper.querySelector('foip-partners')!;
    const list = wrapper.querySelector('foip-initiative-list')!;
    await settled(el);
    await frames(2);
    $(el, '#partner-0')!.click();
    await settled(list);
    expect(list.getAttribute('partner')).to.equal(el.partner);
    $(el, '#partner-0')!.click();
    await settled(list);
    expect(list.hasAttribute('partner')).to.be.false;
  });

  it('at 360 px: the matrix fits, names wrap, targets stay 24 px', async () => {
    const el = await partners('', 'en', 360);
    expect(el.getBoundingClientRect().width).to.be.at.most(360);
    const frame = $(el, '.matrix-frame')!;
    expect(frame.scrollWidth).to.be.at.most(frame.clientWidth + 1);
    for (const dot of $$(el, 'td.member').slice(0, 5)) expect(dot.getBoundingClientRect().width).to.be.at.least(24);
  });

  for (const lang of ['en', 'ja'] as const) {
    it(`axe finds nothing (${lang}), with a partner selected and the table open`, async () => {
      const el = await partners('partner="AUS"', lang);
      $(el, 'button.toggle')!.click();
      await settled(el);
      await expect(el).to.be.accessible();
    });
  }
});
