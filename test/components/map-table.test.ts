import {expect, fixtureSync, html} from '@open-wc/testing';

import '../../src/foip-map.js';

import {bundledIndex, dataset} from '../../src/data/index.js';
import {mapPlaces, placesCsv} from '../../src/layout/map-places.js';
import {mediaRules, shadow, text} from '../helpers.js';
import type {FoipMap} from '../../src/foip-map.js';
import {
  $,
  button,
  downloads,
  nameOf,
  place,
  places,
  render,
  settled,
  summaryCounts,
  svgOf,
  tooltip,
  desktopViewport,
  idle,
  map,
} from './map-fixtures.js';

/** A map just after its first update, before any frame or idle time: what the first picture is made of. */
async function firstUpdate(lang = 'en', pillar?: string): Promise<FoipMap> {
  // fixtureSync: `fixture` waits a frame, in which the browser may already have been idle.
  const wrapper = fixtureSync<HTMLElement>(html`<div lang=${lang} style="inline-size: 1000px">${map({pillar})}</div>`);
  const el = wrapper.querySelector<FoipMap>('foip-map')!;
  await el.updateComplete;
  return el;
}

const rowIds = (el: FoipMap) =>
  [...shadow(el).querySelectorAll<HTMLTableRowElement>('#table tbody tr')].map((r) => r.dataset.country!);

describe('<foip-map>', () => {
  desktopViewport();

  describe('table and summary', () => {
    for (const lang of ['en', 'ja'] as const) {
      it(`the table has one row per country with its localized name and entries (${lang})`, async () => {
        const el = await render({}, lang);
        // Hidden, its rows are built once the page is idle (the tests below).
        await idle();
        const table = $(el, '#table')!;
        expect(table.querySelector('table')).to.exist;
        const rows = [...table.querySelectorAll<HTMLTableRowElement>('tbody tr')];
        expect(rows.map((r) => r.dataset.country).sort()).to.deep.equal(places.map((p) => p.iso3).sort());
        const counts = rows.map((r) => place(r.dataset.country!).count);
        expect(counts, 'most first').to.deep.equal([...counts].sort((a, b) => b - a));
        for (const row of rows) {
          const p = place(row.dataset.country!);
          expect(text(row.querySelector('th[scope=row]'))).to.equal(nameOf(p.iso3, lang));
          // Its own list; a region's items are in the region's group after it (test/components/region-wide.test.ts).
          const entries = [...row.querySelectorAll('td > ul > li')].map((li) => text(li));
          expect(entries.length, p.iso3).to.equal(
            p.initiatives.length + p.items.length + p.partnerships.length + p.partnerItems.length,
          );
          expect(
            [...row.querySelectorAll('td > .region-wide')].map((g) => g.getAttribute('data-region')),
            p.iso3,
          ).to.deep.equal(p.regions);
          for (const [n, id] of p.initiatives.entries())
            expect(entries[n]).to.equal(bundledIndex.initiatives.get(id)!.title[lang]);
          const glyphs = text(row.querySelectorAll('td')[1]);
          expect(glyphs).to.equal(p.pillars.map((id) => bundledIndex.pillars.get(id)!.glyph).join(' '));
        }
        const headers = [...table.querySelectorAll('thead th')].map((th) => text(th));
        expect(headers).to.have.length(3);
      });
    }

    it('offers the map as drawn as a picture (SVG), named for the filter', async () => {
      for (const lang of ['en', 'ja'] as const) {
        const el = await render({pillar: '2'}, lang);
        const save = $<HTMLButtonElement>(el, '[part=picture]')!;
        expect(text(save)).to.equal(lang === 'en' ? 'Save picture (SVG)' : '画像を保存（SVG）');
        const files = downloads(() => save.click());
        expect(files.map((f) => f.name)).to.deep.equal(['foip-map-priority-area-2.svg']);
        expect(files[0].blob.type).to.equal('image/svg+xml');
        const picture = await files[0].blob.text();
        expect(picture, 'the picture toSVG() gives').to.equal(el.toSVG());
        const doc = new DOMParser().parseFromString(picture, 'image/svg+xml');
        expect(doc.querySelector('parsererror'), 'well-formed').to.be.null;
        const names = [...doc.querySelectorAll('text')].map((t) => t.textContent);
        expect(names, 'a country of priority area 2 named').to.include(nameOf('IND', lang));
      }
    });

    it('shown, offers its data with sources as CSV, for the current filter and in either language', async () => {
      const el = await render({pillar: '2'}, 'ja');
      expect($(el, 'button.download'), 'no download button while the table is out of sight').to.be.null;
      button(el, '表で表示')!.click();
      await settled(el);
      const download = $<HTMLButtonElement>(el, 'button.download')!;
      expect(text(download)).to.equal('CSVでダウンロード');
      const files = downloads(() => download.click());
      expect(files.map((f) => f.name)).to.deep.equal(['foip-map-priority-area-2.csv']);
      expect(files[0].blob.type).to.contain('text/csv');
      const bytes = new Uint8Array(await files[0].blob.arrayBuffer());
      expect([...bytes.slice(0, 3)], 'UTF-8 byte-order mark, for Excel').to.deep.equal([0xef, 0xbb, 0xbf]);
      // (Reading it as text drops the byte-order mark.)
      expect(await files[0].blob.text()).to.equal(
        placesCsv(bundledIndex, mapPlaces(bundledIndex, [2])).replace(/^\uFEFF/u, ''),
      );
    });

    it('is out of sight until "Show as table", and always there for screen readers', async () => {
      const el = await render();
      const table = $(el, '#table')!;
      /** Above the page's top edge: no one sees it, but it is rendered (no display:none, no visibility:hidden). */
      const outOfSight = () => {
        const style = getComputedStyle(table);
        return table.getBoundingClientRect().bottom <= 0 && style.display !== 'none' && style.visibility === 'visible';
      };
      expect(outOfSight(), 'hidden table out of sight and exposed').to.be.true;
      await idle();
      expect(table.querySelectorAll('tbody tr')).to.have.length(places.length);
      const show = button(el, 'Show as table');
      expect(show.getAttribute('aria-controls')).to.equal('table');
      expect(show.getAttribute('aria-expanded')).to.equal('false');
      show.click();
      await settled(el);
      expect(table.getBoundingClientRect().width).to.be.above(500);
      expect(table.getBoundingClientRect().height).to.be.above(200);
      const hide = button(el, 'Hide table');
      expect(hide.getAttribute('aria-expanded')).to.equal('true');
      expect(outOfSight()).to.be.false;
      hide.click();
      await settled(el);
      expect(outOfSight(), 'hidden again').to.be.true;
    });

    it("hidden, its rows are none of the first picture: built when the page is idle, in the map's language", async () => {
      for (const lang of ['en', 'ja'] as const) {
        const el = await firstUpdate(lang);
        expect(rowIds(el), 'no rows in the first update').to.deep.equal([]);
        // Until then a screen reader has the summary and the options' own names.
        expect(text($(el, 'p#summary'))).to.contain(lang === 'en' ? 'countries and territories' : 'か国・地域');
        await idle();
        expect(rowIds(el).sort()).to.deep.equal(places.map((p) => p.iso3).sort());
        const row = $(el, '#table tr[data-country=PHL]')!;
        expect(text(row.querySelector('th[scope=row]'))).to.equal(nameOf('PHL', lang));
        expect(text(row.querySelector('.region-heading')), "msg in the map's language, outside its render").to.equal(
          lang === 'en' ? 'Covered as a member of ASEAN (region-wide items)' : 'ASEANの一員として対象（広域の取組）',
        );
      }
    });

    it('opened before the page is idle, has every row at once, and its CSV is complete', async () => {
      const el = await firstUpdate('en', '2');
      expect(rowIds(el)).to.deep.equal([]);
      button(el, 'Show as table').click();
      await el.updateComplete;
      expect(rowIds(el).sort(), 'rows in the update that shows it').to.deep.equal(
        mapPlaces(bundledIndex, [2])
          .map((p) => p.iso3)
          .sort(),
      );
      const [file] = downloads(() => $<HTMLButtonElement>(el, 'button.download')!.click());
      expect(await file.blob.text()).to.equal(
        placesCsv(bundledIndex, mapPlaces(bundledIndex, [2])).replace(/^\uFEFF/u, ''),
      );
    });

    it('printed before the page is idle, prints every row', async () => {
      const el = await firstUpdate();
      expect(rowIds(el)).to.deep.equal([]);
      window.dispatchEvent(new Event('beforeprint'));
      try {
        expect(rowIds(el), 'built in the beforeprint event').to.have.length(places.length);
      } finally {
        window.dispatchEvent(new Event('afterprint'));
      }
    });

    it("follows a filter change in idle time: the new filter's rows once idle; shown, in the same update", async () => {
      const el = await render();
      await idle();
      el.pillar = '3';
      await el.updateComplete;
      const three = mapPlaces(bundledIndex, [3]).map((p) => p.iso3);
      expect(three.length, 'a filter that leaves some out').to.be.below(places.length);
      await idle();
      expect(rowIds(el).sort()).to.deep.equal([...three].sort());
      button(el, 'Show as table').click();
      await el.updateComplete;
      el.pillar = '';
      await el.updateComplete;
      expect(rowIds(el), 'the table in sight changes with the map').to.have.length(places.length);
    });

    it("the summary describes the map in both languages, out of all the document's initiatives", async () => {
      const [n, m, total] = summaryCounts();
      expect(m, 'some initiatives cover a region or name no country or region').to.be.below(total);
      const en = await render();
      // Not read on every focus of the map: the listbox is described by its keys only.
      expect(svgOf(en).getAttribute('aria-describedby')).to.equal('keys');
      expect(text($(en, 'p#summary'))).to.contain(
        `This document sets out ${total} initiatives by Japan, ${m} of them for specific countries or territories; the rest cover a region as a whole or name no country or region. Together with the other map entries, they concern ${n} countries and territories.`,
      );
      const ja = await render({}, 'ja');
      expect(text($(ja, 'p#summary'))).to.contain(
        `この資料では、日本の取組${total}件のうち${m}件が特定の国・地域を対象としています。その他は地域全体を対象とするもの又は対象国・地域が明記されていないものです。これらの取組は、地図上のその他の記載とあわせ、${n}か国・地域を対象としています。`,
      );
      // A partner's edition in which every initiative names a country: all of them, no "others".
      const edited = structuredClone(dataset) as unknown as {initiatives: {countries: string[]}[]};
      for (const initiative of edited.initiatives) if (!initiative.countries.length) initiative.countries = ['PHL'];
      en.data = edited;
      ja.data = edited;
      await Promise.all([settled(en), settled(ja)]);
      expect(text($(en, 'p#summary'))).to.match(
        new RegExp(
          `^This document sets out ${total} initiatives by Japan, all of them for specific countries or territories\\. Together with the other map entries, they concern \\d+ countries and territories\\. A further \\d+ countries and territories are covered only as members of ASEAN or the Pacific Island countries \\(region-wide items\\)\\. The most`,
          'u',
        ),
      );
      expect(text($(ja, 'p#summary'))).to.match(
        new RegExp(
          `^この資料では、日本の取組${total}件のすべてが特定の国・地域を対象としています。これらの取組は`,
          'u',
        ),
      );
    });
  });

  describe('print', () => {
    it('prints the map, its names, legend, summary and table, without controls or tooltip; the summary closes again after', async () => {
      const el = await render();
      svgOf(el).focus();
      await settled(el);
      expect(tooltip(el), 'a tooltip is open when printing starts').to.exist;
      const about = $<HTMLDetailsElement>(el, 'details.about')!;
      const summary = $(el, '#summary')!;
      expect(summary.checkVisibility(), 'summary closed on screen').to.be.false;
      const root = shadow(el);
      const print = mediaRules(root, 'print');
      expect(print.found).to.be.at.least(1);
      const restore = print.apply();
      window.dispatchEvent(new Event('beforeprint'));
      try {
        expect(about.open, 'opened for print').to.be.true;
        expect(summary.checkVisibility(), 'summary printed').to.be.true;
        expect(text(summary)).to.contain('countries and territories');
        for (const hidden of ['[part=controls]', '.tooltip', '.about summary']) {
          expect(getComputedStyle($(el, hidden)!).display, hidden).to.equal('none');
        }
        const table = $(el, '#table')!.getBoundingClientRect();
        expect(table.height, 'table printed').to.be.above(100);
        expect(table.top, 'table in the flow, not off the page').to.be.above(svgOf(el).getBoundingClientRect().bottom);
        expect($(el, '.legend')!.getBoundingClientRect().height).to.be.above(0);
        expect(root.querySelectorAll('.labels text').length, 'country names printed').to.be.above(10);
      } finally {
        window.dispatchEvent(new Event('afterprint'));
        restore();
      }
      expect(about.open, 'closed again after printing').to.be.false;
    });
  });
});
