/**
 * Myanmar, which the document never names, in every widget that lists a country's initiatives: covered
 * as a member of ASEAN, the region's items grouped under ASEAN, never counted or listed as its own;
 * the Philippines, a named member, keeps its own and sees ASEAN's apart. Both languages.
 */
import {expect, fixture, html} from '@open-wc/testing';
import {ifDefined} from 'lit/directives/if-defined.js';

import '../../src/foip-initiative-list.js';
import type {FoipInitiativeList} from '../../src/foip-initiative-list.js';
import type {FoipMap} from '../../src/foip-map.js';
import {coverage} from '../../src/data/coverage.js';
import {bundledIndex, dataset} from '../../src/data/index.js';
import type {Locale} from '../../src/data/index.js';
import {FoipFilterChangeEvent} from '../../src/events/events.js';
import {mapPlaces} from '../../src/layout/map-places.js';
import {parseCsv} from '../csv-rows.js';
import {inLang, readAloud, shadow, text} from '../helpers.js';
import {$, button, downloads, idle, nameOf, render as renderMap, settled as mapSettled} from './map-fixtures.js';

const HEADING = {
  en: 'Covered as a member of ASEAN (region-wide items)',
  ja: 'ASEANの一員として対象（広域の取組）',
} as const;
const total = dataset.initiatives.length;
const place = (iso3: string) => mapPlaces(bundledIndex).find((p) => p.iso3 === iso3)!;
/** What ASEAN covers a member with, as the widgets must show it, in a language: initiative titles, then item texts. */
function aseanEntries(iso3: string, lang: Locale): string[] {
  const asean = coverage(bundledIndex, iso3).regions.find((r) => r.region === 'asean')!;
  return [
    ...asean.initiatives.map((id) => bundledIndex.initiatives.get(id)!.title[lang]),
    ...asean.items.map(({item}) => item.text[lang]),
  ];
}
/** A region's group: named by its heading (`aria-labelledby`), its entries after. */
function groupOf(scope: ParentNode) {
  const groups = [...scope.querySelectorAll<HTMLElement>('[role=group].region-wide')];
  return groups.map((g) => {
    const label = (g.getRootNode() as ShadowRoot).getElementById(g.getAttribute('aria-labelledby')!);
    return {
      region: g.dataset.region,
      name: text(label),
      labelInside: Boolean(label && g.contains(label)),
      entries: [...g.querySelectorAll('li')].map(readAloud),
    };
  });
}

async function hover(el: FoipMap, iso3: string): Promise<HTMLElement> {
  $(el, `#place-${iso3}`)!.firstElementChild!.dispatchEvent(
    new PointerEvent('pointerover', {bubbles: true, composed: true}),
  );
  await mapSettled(el);
  return $<HTMLElement>(el, '.tooltip[role=tooltip]')!;
}

describe('a member covered only through its region: Myanmar', () => {
  it('is a member the document never names, with nothing of its own', () => {
    expect(bundledIndex.countries.get('MMR')!.named).to.be.false;
    expect(place('MMR').count).to.equal(0);
    expect(place('MMR').regions).to.deep.equal(['asean']);
    expect(aseanEntries('MMR', 'en').length).to.be.above(6);
  });

  describe('the map', () => {
    for (const lang of ['en', 'ja'] as const) {
      it(`tooltip: Myanmar is covered as a member of ASEAN, ASEAN's items under it, no list of its own (${lang})`, async () => {
        const el = await renderMap({}, lang);
        const tip = await hover(el, 'MMR');
        expect(text(tip.querySelector('.tooltip-title'))).to.equal(nameOf('MMR', lang));
        expect(
          [...tip.querySelectorAll('.tooltip-list')].every((l) => l.closest('.region-wide')),
          'no list of its own',
        ).to.be.true;
        expect(groupOf(tip)).to.deep.equal([
          {region: 'asean', name: HEADING[lang], labelInside: true, entries: aseanEntries('MMR', lang)},
        ]);
        // The option's name says the same, and counts nothing as Myanmar's.
        const label = $(el, '#place-MMR')!.getAttribute('aria-label')!;
        expect(label).to.equal(
          lang === 'en'
            ? 'Myanmar, covered as a member of ASEAN (region-wide items)'
            : 'ミャンマー、ASEANの一員として対象（広域の取組）',
        );
        expect(label).not.to.match(/\d/u);
        await expect(el).to.be.accessible();
      });

      it(`tooltip: the Philippines keeps its own items, ASEAN's grouped apart, none twice (${lang})`, async () => {
        const el = await renderMap({}, lang);
        const tip = await hover(el, 'PHL');
        const own = [...tip.querySelectorAll('.tooltip-list li')]
          .filter((li) => !li.closest('.region-wide'))
          .map(readAloud);
        const phl = place('PHL');
        expect(own.slice(0, phl.initiatives.length)).to.deep.equal(
          phl.initiatives.map((id) => bundledIndex.initiatives.get(id)!.title[lang]),
        );
        const [group] = groupOf(tip);
        expect(group).to.deep.equal({
          region: 'asean',
          name: HEADING[lang],
          labelInside: true,
          entries: aseanEntries('PHL', lang),
        });
        expect(group.entries.filter((e) => own.includes(e))).to.deep.equal([]);
        // Own first, then the region's group.
        const ownList = tip.querySelector('.tooltip-list')!;
        expect(ownList.closest('.region-wide')).to.be.null;
        expect(
          ownList.compareDocumentPosition(tip.querySelector('.region-wide')!) & Node.DOCUMENT_POSITION_FOLLOWING,
        ).to.be.above(0);
      });

      it(`table: Myanmar's row has no entry or priority area of its own, only ASEAN's group (${lang})`, async () => {
        const el = await renderMap({}, lang);
        await idle();
        const row = $<HTMLTableRowElement>(el, '#table tr[data-country=MMR]')!;
        expect(text(row.querySelector('th[scope=row]'))).to.equal(nameOf('MMR', lang));
        const [entries, areas] = row.querySelectorAll('td');
        expect(entries.querySelector(':scope > ul'), 'no list of its own').to.be.null;
        expect(text(areas), 'no priority area of its own').to.equal('');
        expect(groupOf(entries)).to.deep.equal([
          {region: 'asean', name: HEADING[lang], labelInside: true, entries: aseanEntries('MMR', lang)},
        ]);
        // Below every country with something of its own: ordered by its own count, which is none.
        const rows = [...shadow(el).querySelectorAll<HTMLTableRowElement>('#table tbody tr')];
        const firstNone = rows.findIndex((r) => place(r.dataset.country!).count === 0);
        expect(rows.indexOf(row)).to.be.at.least(firstNone);
      });

      it(`table: the Philippines' own list, then ASEAN's group (${lang})`, async () => {
        const el = await renderMap({}, lang);
        await idle();
        const cell = $(el, '#table tr[data-country=PHL] td')!;
        const own = [...cell.querySelectorAll(':scope > ul > li')].map(readAloud);
        expect(own.length).to.be.above(0);
        const [group] = groupOf(cell);
        expect(group.name).to.equal(HEADING[lang]);
        expect(group.entries).to.deep.equal(aseanEntries('PHL', lang));
        expect(group.entries.filter((e) => own.includes(e))).to.deep.equal([]);
      });

      it(`CSV: Myanmar's rows are ASEAN's region-wide rows, naming ASEAN, none its own (${lang})`, async () => {
        const el = await renderMap({}, lang);
        button(el, lang === 'en' ? 'Show as table' : '表で表示')!.click();
        await mapSettled(el);
        const [file] = downloads(() => $<HTMLButtonElement>(el, 'button.download')!.click());
        const [header, ...rows] = parseCsv(await file.blob.text());
        const col = (name: string) => header.indexOf(name);
        const myanmar = rows.filter((r) => r[col('iso3')] === 'MMR');
        expect(myanmar.map((r) => r[col('relation')]).sort()).to.deep.equal(
          [
            ...place('MMR').regionWide[0].initiatives.map(() => 'region-wide initiative'),
            ...place('MMR').regionWide[0].items.map(() => 'region-wide map item'),
          ].sort(),
        );
        for (const r of myanmar) {
          expect([r[col('country_ja')], r[col('country_en')]]).to.deep.equal(['ミャンマー', 'Myanmar']);
          expect([r[col('region')], r[col('region_ja')], r[col('region_en')]]).to.deep.equal([
            'asean',
            'ASEAN',
            'ASEAN',
          ]);
        }
        const texts = myanmar.map((r) => r[col(lang === 'en' ? 'text_en' : 'text_ja')]);
        expect(texts).to.deep.equal(aseanEntries('MMR', lang));
        // The Philippines: its own rows, and ASEAN's apart.
        const philippines = rows.filter((r) => r[col('iso3')] === 'PHL');
        expect(philippines.some((r) => r[col('relation')] === 'initiative')).to.be.true;
        expect(
          philippines
            .filter((r) => r[col('relation')].startsWith('region-wide'))
            .every((r) => r[col('region')] === 'asean'),
        ).to.be.true;
      });
    }
  });

  it('at 360 px, Myanmar’s tooltip stays within the screen and scrolls to ASEAN’s last item', async () => {
    const el = await renderMap({}, 'en', 360);
    const tip = await hover(el, 'MMR');
    expect(tip.getBoundingClientRect().height).to.be.at.most(Math.min(28 * 16, 0.7 * innerHeight) + 1);
    const last = [...tip.querySelectorAll('.region-wide li')].at(-1)!;
    expect(readAloud(last)).to.equal(aseanEntries('MMR', 'en').at(-1));
    last.scrollIntoView({block: 'nearest'});
    const [box, item] = [tip.getBoundingClientRect(), last.getBoundingClientRect()];
    expect(item.bottom, 'the last item scrolled into the tooltip').to.be.at.most(box.bottom + 1);
    expect(item.top).to.be.at.least(box.top - 1);
  });

  describe('the list', () => {
    const list = (a: {country?: string; pillar?: string; query?: string; controls?: boolean} = {}) =>
      html`<foip-initiative-list
        country=${ifDefined(a.country)}
        pillar=${ifDefined(a.pillar)}
        query=${ifDefined(a.query)}
        ?controls=${a.controls ?? false}
      ></foip-initiative-list>`;
    async function render(a: Parameters<typeof list>[0], lang: Locale): Promise<FoipInitiativeList> {
      const el = await inLang<FoipInitiativeList>(lang, list(a));
      await el.updateComplete;
      return el;
    }
    const count = (el: FoipInitiativeList) => text(shadow(el).querySelector('[part=count]'));
    /** The region groups: heading text, the list the heading names, and the cards in it. */
    const groups = (el: FoipInitiativeList) =>
      [...shadow(el).querySelectorAll<HTMLElement>('.region-group')].map((g) => {
        const heading = g.querySelector(':scope > [role=heading]')!;
        const ul = g.querySelector('ul')!;
        return {
          region: g.dataset.region,
          heading: text(heading),
          level: heading.getAttribute('aria-level'),
          labelled: ul.getAttribute('aria-labelledby') === heading.id,
          cards: [...ul.querySelectorAll('foip-initiative-card')].map((c) => c.getAttribute('initiative')),
        };
      });
    const aseanIds = (filter = {}) =>
      coverage(bundledIndex, 'MMR', filter).regions.find((r) => r.region === 'asean')!.initiatives;

    for (const lang of ['en', 'ja'] as const) {
      it(`country="MMR": not empty, not Myanmar's own; ASEAN's initiatives under ASEAN, counted as ASEAN's (${lang})`, async () => {
        const el = await render({country: 'MMR'}, lang);
        const root = shadow(el);
        expect(root.querySelector('[part=empty]'), 'not the empty state').to.be.null;
        expect(root.querySelectorAll('.pillar-group'), 'no group of its own').to.have.length(0);
        const ids = aseanIds();
        expect(groups(el)).to.deep.equal([
          {region: 'asean', heading: HEADING[lang], level: '2', labelled: true, cards: ids},
        ]);
        expect(count(el)).to.equal(
          lang === 'en'
            ? `No initiatives name Myanmar; ${ids.length} region-wide initiatives of ASEAN cover it`
            : `ミャンマーを明記した取組はありません（ASEANの一員として広域の取組${ids.length}件の対象）`,
        );
        // Region-wide cards say where they apply, as the document does: ASEAN, never Myanmar.
        for (const card of root.querySelectorAll('.region-group foip-initiative-card')) {
          await (card as HTMLElement & {updateComplete: Promise<unknown>}).updateComplete;
          expect(text(card.shadowRoot)).not.to.contain(nameOf('MMR', lang));
        }
      });

      it(`country="MMR" with a priority area: one initiative in the singular, said of the other filters (${lang})`, async () => {
        const ids = aseanIds({pillars: [2]});
        expect(ids).to.have.length(1);
        const el = await render({country: 'MMR', pillar: '2'}, lang);
        expect(groups(el).map((g) => g.cards)).to.deep.equal([ids]);
        expect(count(el)).to.equal(
          lang === 'en'
            ? 'No initiatives matching the other filters name Myanmar; 1 region-wide initiative of ASEAN covers it'
            : '条件に合う取組のうちミャンマーを明記したものはありません（ASEANの一員として広域の取組1件の対象）',
        );
      });

      it(`country="PHL": its own initiatives counted as before, ASEAN's apart and not twice (${lang})`, async () => {
        const el = await render({country: 'PHL'}, lang);
        const own = bundledIndex.filter({country: 'PHL'}).map((i) => i.id);
        const [group] = groups(el);
        const wide = coverage(bundledIndex, 'PHL').regions[0].initiatives;
        expect(group).to.deep.equal({region: 'asean', heading: HEADING[lang], level: '2', labelled: true, cards: wide});
        expect(wide.filter((id) => own.includes(id))).to.deep.equal([]);
        expect(count(el)).to.equal(
          lang === 'en'
            ? `Showing ${own.length} of ${total} initiatives; ${wide.length} region-wide initiatives of ASEAN also cover the Philippines`
            : `全${total}件中${own.length}件を表示（このほか、フィリピンはASEANの一員として広域の取組${wide.length}件の対象）`,
        );
      });

      it(`the picker offers Myanmar under ASEAN's wording; choosing it filters and announces (${lang})`, async () => {
        const el = await render({controls: true}, lang);
        const select = shadow(el).querySelector<HTMLSelectElement>('#country')!;
        const group = [...select.querySelectorAll('optgroup')].find((g) => g.label === HEADING[lang])!;
        expect(group, 'an ASEAN group').to.exist;
        const offered = [...group.querySelectorAll('option')].map((o) => o.value);
        expect(offered).to.include.members(['MMR', 'LAO', 'BRN']).and.not.include('PHL');
        expect(
          [...select.querySelectorAll('select > option')].map((o) => (o as HTMLOptionElement).value),
        ).not.to.include('MMR');
        const events: FoipFilterChangeEvent[] = [];
        const listener = (e: Event) => events.push(e as FoipFilterChangeEvent);
        document.addEventListener('foip-filter-change', listener);
        try {
          select.value = 'MMR';
          select.dispatchEvent(new Event('change', {bubbles: true}));
          await el.updateComplete;
        } finally {
          document.removeEventListener('foip-filter-change', listener);
        }
        expect(events.map((e) => e.filter)).to.deep.equal([{country: 'MMR'}]);
        expect(el.getAttribute('country')).to.equal('MMR');
        expect(select.value).to.equal('MMR');
        expect(groups(el).map((g) => g.heading)).to.deep.equal([HEADING[lang]]);
        expect(text(shadow(el).querySelector('[role=status]'))).to.equal(count(el));
        await expect(el).to.be.accessible();
      });
    }

    it('a filter that leaves ASEAN nothing for Myanmar is the empty state, counted as before', async () => {
      const el = await render({country: 'MMR', query: 'Tuvalu'}, 'en');
      expect(shadow(el).querySelector('[part=empty]')).to.exist;
      expect(groups(el)).to.deep.equal([]);
      expect(count(el)).to.equal(`Showing 0 of ${total} initiatives`);
    });
  });

  it('one wording in every widget and language: tooltip, table, list heading and picker', async () => {
    for (const lang of ['en', 'ja'] as const) {
      const map = await renderMap({}, lang);
      await idle();
      const tip = await hover(map, 'LAO');
      const wrapper = await fixture<HTMLElement>(
        html`<div lang=${lang}><foip-initiative-list controls country="LAO"></foip-initiative-list></div>`,
      );
      const el = wrapper.firstElementChild as FoipInitiativeList;
      await el.updateComplete;
      const said = new Set([
        ...groupOf(tip).map((g) => g.name),
        ...groupOf($(map, '#table tr[data-country=LAO] td')!).map((g) => g.name),
        ...[...shadow(el).querySelectorAll('.region-group > [role=heading]')].map((h) => text(h)),
        shadow(el).querySelector<HTMLOptionElement>('option[value=LAO]')!.parentElement!.getAttribute('label'),
      ]);
      expect([...said]).to.deep.equal([HEADING[lang]]);
    }
  });
});
