/**
 * The map with a partner's 10,000 records (issue 19): its counts, its table and its CSV agree with
 * the records, counted here from the raw data (not from src/layout), for all priority areas and for one.
 */
import {expect, fixture, html} from '@open-wc/testing';

import '../../src/foip-map.js';
import type {FoipMap} from '../../src/foip-map.js';
import {dataset} from '../../src/data/index.js';
import type {Dataset, Initiative, MapItem, PillarId} from '../../src/data/index.js';
import {partnerDataset} from '../fixtures/partner-dataset.js';
import {shadow, text} from '../helpers.js';
import {$, button, desktopViewport, downloads, settled} from './map-fixtures.js';

const data: Dataset = partnerDataset(dataset, 10_000);
const inFilter = (pillars: readonly PillarId[], p: PillarId) => pillars.length === 0 || pillars.includes(p);
const areas = (item: MapItem) => item.pillars ?? [item.pillar];

/** Where map items place the initiatives they illustrate: the label's countries, less those printed as partners. */
const placedBy = new Map<string, Set<string>>();
for (const entry of data.mapEntries)
  for (const item of entry.items) {
    if (!item.initiative) continue;
    const set = placedBy.get(item.initiative) ?? new Set<string>();
    for (const c of entry.countries) if (!item.partners.includes(c)) set.add(c);
    placedBy.set(item.initiative, set);
  }

/** A country's own initiatives in a filter, in the records' order. */
const own = (iso3: string, pillars: readonly PillarId[]): Initiative[] =>
  data.initiatives.filter(
    (i) => inFilter(pillars, i.pillar) && (i.countries.includes(iso3) || placedBy.get(i.id)?.has(iso3)),
  );

/** Map items placed in a country that illustrate none of its own initiatives in the filter. */
function ownItems(iso3: string, pillars: readonly PillarId[], ids: ReadonlySet<string>): MapItem[] {
  return data.mapEntries.flatMap((entry) =>
    entry.items.filter(
      (item) =>
        entry.countries.includes(iso3) &&
        !item.partners.includes(iso3) &&
        areas(item).some((p) => inFilter(pillars, p)) &&
        (item.initiative === null || !ids.has(item.initiative)),
    ),
  );
}

/** Countries with initiatives or items of their own in the filter, and how many each. */
function counts(pillars: readonly PillarId[]): Map<string, {initiatives: Initiative[]; items: MapItem[]}> {
  const result = new Map<string, {initiatives: Initiative[]; items: MapItem[]}>();
  for (const {iso3} of data.countries) {
    if (iso3 === 'JPN') continue;
    const initiatives = own(iso3, pillars);
    const items = ownItems(iso3, pillars, new Set(initiatives.map((i) => i.id)));
    if (initiatives.length + items.length) result.set(iso3, {initiatives, items});
  }
  return result;
}

/** RFC 4180 rows (quoted fields may hold commas, quotes and line breaks). */
function parseCsv(csv: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let n = 0; n < csv.length; n++) {
    const c = csv[n];
    if (quoted) {
      if (c === '"' && csv[n + 1] === '"') ((field += '"'), n++);
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') (row.push(field), (field = ''));
    else if (c === '\r') continue;
    else if (c === '\n') (row.push(field), rows.push(row), (row = []), (field = ''));
    else field += c;
  }
  return rows;
}

async function partnerMap(pillar: string): Promise<FoipMap> {
  const wrapper = await fixture<HTMLElement>(
    html`<div lang="en" style="inline-size: 1000px"><foip-map pillar=${pillar} .data=${data}></foip-map></div>`,
  );
  const el = wrapper.querySelector<FoipMap>('foip-map')!;
  await settled(el);
  return el;
}

describe('<foip-map> with a partner’s 10,000 initiatives', () => {
  desktopViewport();

  for (const pillar of ['', '2'] as const) {
    const pillars = pillar ? [Number(pillar) as PillarId] : [];
    const expected = counts(pillars);

    it(`names each country with its count and areas, and the legend counts its countries (${pillar || 'all'})`, async () => {
      const el = await partnerMap(pillar);
      expect(data.initiatives).to.have.length(10_000);
      expect(expected.size, 'countries to check').to.be.above(10);
      const options = new Map(
        [...shadow(el).querySelectorAll('svg [role=option]')].map((o) => [o.getAttribute('data-country')!, o]),
      );
      for (const [iso3, {initiatives, items}] of expected) {
        const name = data.countries.find((c) => c.iso3 === iso3)!.name.en;
        const label = options.get(iso3)?.getAttribute('aria-label');
        const n = (initiatives.length + items.length).toLocaleString('en');
        expect(label, iso3).to.match(new RegExp(`^${name}, ${n} (initiative|map entr)`, 'u'));
      }
      const withOwn = [...options.values()].filter((o) =>
        /, [\d,]+ (initiative|map entr)/u.test(o.getAttribute('aria-label')!),
      );
      expect(withOwn.length, 'countries with something of their own').to.equal(expected.size);
      for (const p of data.pillars.filter((p) => inFilter(pillars, p.id))) {
        const countries = [...expected].filter(
          ([, {initiatives, items}]) =>
            initiatives.some((i) => i.pillar === p.id) || items.some((item) => areas(item).includes(p.id)),
        ).length;
        const legend = text($(el, `.legend-list li[data-pillar="${p.id}"]`));
        expect(legend, `legend of area ${p.id}`).to.contain(`(${countries.toLocaleString('en')} countr`);
      }
    });

    it(`lists every country's own initiatives in the table and the CSV, in the records' order (${pillar || 'all'})`, async () => {
      const el = await partnerMap(pillar);
      button(el, 'Show as table').click();
      await settled(el);
      const rows = new Map(
        [...shadow(el).querySelectorAll<HTMLTableRowElement>('#table tbody tr')].map((r) => [r.dataset.country!, r]),
      );
      for (const [iso3, {initiatives, items}] of expected) {
        const entries = [...rows.get(iso3)!.querySelectorAll('td > ul > li')].map((li) => text(li));
        const titles = initiatives.map((i) => i.title.en);
        expect(entries.slice(0, titles.length), iso3).to.deep.equal(titles);
        expect(entries.slice(titles.length, titles.length + items.length), iso3).to.deep.equal(
          items.map((item) => item.text.en),
        );
      }
      const [file] = downloads(() => $<HTMLButtonElement>(el, 'button.download')!.click());
      const [header, ...records] = parseCsv(await file.blob.text());
      const col = (name: string) => header.indexOf(name);
      for (const [iso3, {initiatives, items}] of expected) {
        const mine = records.filter((r) => r[col('iso3')] === iso3);
        expect(
          mine.filter((r) => r[col('relation')] === 'initiative').map((r) => r[col('id')]),
          iso3,
        ).to.deep.equal(initiatives.map((i) => i.id));
        expect(mine.filter((r) => r[col('relation')] === 'map item').length, iso3).to.equal(items.length);
      }
      // Copies carry their original's pillar and title: every initiative row says so.
      const byId = new Map(data.initiatives.map((i) => [i.id, i]));
      for (const r of records.filter((r) => r[col('relation')].endsWith('initiative'))) {
        const i = byId.get(r[col('id')])!;
        expect([r[col('pillar')], r[col('text_en')]]).to.deep.equal([String(i.pillar), i.title.en]);
      }
    });
  }
});
