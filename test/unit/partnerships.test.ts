// Partners and formats (src/data/partnerships.ts) and their words (src/components/partners/partners-text.ts).
// The expected sets are derived here from the raw data/*.json (a record's partners: an initiative's own
// and its map items'; a map item of its own), not with the module's own queries.
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {before, describe, it} from 'node:test';

import {coreIndex} from '../../src/data/core-dataset.js';
import {namedOnce, partnerships} from '../../src/data/partnerships.js';
import {DatasetIndex} from '../../src/data/queries.js';
import type {Dataset, Initiative, MapEntry, Organisation, PillarId} from '../../src/data/types.js';
import {japaneseReady, withLocale} from '../../src/i18n/msg.js';
import {formatLabel, partnerFacts, partnersSummary} from '../../src/components/partners/partners-text.js';

before(async () => {
  await japaneseReady();
});

const index = coreIndex();
const readJson = (file: string) => JSON.parse(readFileSync(new URL(`../../data/${file}`, import.meta.url), 'utf8'));
const {initiatives} = readJson('document.json') as {initiatives: Initiative[]};
const {mapEntries} = readJson('map.json') as {mapEntries: MapEntry[]};
const {organisations} = readJson('places.json') as {organisations: Organisation[]};
const key = (ids: Iterable<string>) => [...new Set(ids)].sort().join('+');

/** Every record with partners: an initiative with its map items' partners, or a map item of no initiative with partners. */
function expectedRecords(pillar?: PillarId) {
  const records: {kind: 'initiative' | 'item'; id: string; partners: string}[] = [];
  for (const i of initiatives) {
    if (pillar && i.pillar !== pillar) continue;
    const items = mapEntries.flatMap((e) => e.items).filter((item) => item.initiative === i.id);
    const set = key([...i.partners, ...items.flatMap((item) => item.partners)]);
    if (set) records.push({kind: 'initiative', id: i.id, partners: set});
  }
  for (const entry of mapEntries)
    entry.items.forEach((item, n) => {
      if (!item.partners.length || (pillar && !(item.pillars ?? [item.pillar]).includes(pillar))) return;
      const own = records.find((r) => r.kind === 'initiative' && r.id === item.initiative);
      if (own && own.partners === key(item.partners)) return; // that initiative on the map
      records.push({kind: 'item', id: `${entry.id}#${n}`, partners: key(item.partners)});
    });
  return records;
}

describe('partnerships of the bundled edition', () => {
  const p = partnerships(index);
  const records = expectedRecords();

  it('has one format per distinct set of partners a record names, and every record in it', () => {
    assert.deepEqual(p.formats.map((f) => key(f.partners)).sort(), [...new Set(records.map((r) => r.partners))].sort());
    for (const f of p.formats) {
      const mine = records.filter((r) => r.partners === key(f.partners));
      assert.deepEqual(
        f.initiatives,
        mine.filter((r) => r.kind === 'initiative').map((r) => r.id),
        f.id,
      );
      assert.equal(f.items.length, mine.filter((r) => r.kind === 'item').length, f.id);
      for (const {item} of f.items) assert.equal(key(item.partners), key(f.partners));
    }
  });

  it('has every partner a record names, once, with the formats and records that name it', () => {
    const named = new Set(records.flatMap((r) => r.partners.split('+')));
    assert.deepEqual(p.partners.map((x) => x.id).sort(), [...named].sort());
    for (const partner of p.partners) {
      const mine = records.filter((r) => r.partners.split('+').includes(partner.id));
      assert.equal(partner.initiatives.length + partner.items.length, mine.length, partner.id);
      assert.equal(partner.formats.length, new Set(mine.map((r) => r.partners)).size, partner.id);
    }
  });

  it('counts a Japanese implementer never as a partner, and an organisation never as a country', () => {
    const japanese = organisations.filter((o) => o.country === 'JPN').map((o) => o.id);
    assert.ok(japanese.length > 0, 'the document names Japanese implementers');
    for (const id of japanese) assert.ok(!p.partners.some((x) => x.id === id), id);
    assert.ok(!p.partners.some((x) => x.id === 'JPN'), 'Japan is in every format, not a partner');
    const implementing = new Set(initiatives.flatMap((i) => i.implementers ?? []));
    assert.deepEqual([...p.implementers].sort(), [...implementing].sort());
    for (const partner of p.partners) {
      const isOrganisation = organisations.some((o) => o.id === partner.id);
      assert.equal(partner.kind === 'organisation', isOrganisation, partner.id);
    }
    // Countries and territories come before organisations.
    const kinds = p.partners.map((x) => (x.kind === 'organisation' ? 1 : 0));
    assert.deepEqual(kinds, [...kinds].sort());
  });

  it('takes a format’s name from the map item that prints it, in both languages', () => {
    const printed = mapEntries
      .flatMap((e) => e.items)
      .filter((item) => /^（/u.test(item.text.ja) && item.partners.length);
    assert.ok(printed.length >= 4, 'the map prints （日米）, （日米韓）, （日米豪印）, （日米豪比）');
    for (const item of printed) {
      const format = p.formats.find((f) => key(f.partners) === key(item.partners))!;
      assert.ok(item.text.ja.startsWith(format.name!.ja), item.text.ja);
      assert.ok(item.text.en.startsWith(format.name!.en), item.text.en);
    }
    const quad = p.formats.find((f) => f.name?.ja === '（日米豪印）');
    assert.equal(quad && key(quad.partners), key(['USA', 'AUS', 'IND']));
  });

  it('is the same for the same data, whatever the order of calls', () => {
    assert.deepEqual(partnerships(new DatasetIndex(index.data)), partnerships(index));
  });

  it('narrows to one priority area', () => {
    for (const pillar of [1, 2, 3] as const) {
      const area = partnerships(index, pillar);
      assert.deepEqual(
        area.formats.map((f) => key(f.partners)).sort(),
        [...new Set(expectedRecords(pillar).map((r) => r.partners))].sort(),
        `area ${pillar}`,
      );
      for (const f of area.formats) assert.deepEqual(f.pillars, [pillar]);
    }
  });
});

describe('partnerships in words', () => {
  const p = partnerships(index);
  const records = expectedRecords();
  const count = (kind: string) => p.partners.filter((x) => x.kind === kind).length;

  it('says how many partners of each kind, formats and records, in English', () => {
    const text = withLocale('en', () => partnersSummary(index, p).join(' '));
    const initiativeCount = records.filter((r) => r.kind === 'initiative').length;
    const itemCount = records.filter((r) => r.kind === 'item').length;
    assert.match(text, new RegExp(`names ${p.partners.length} partners of Japan: ${count('country')} countries, `));
    assert.match(text, new RegExp(`${count('territory')} territory and ${count('organisation')} organisations\\.`));
    assert.match(
      text,
      new RegExp(`in ${p.formats.length} formats, on ${initiativeCount} initiatives and ${itemCount} map items\\.`),
    );
    assert.match(text, /^The document/u);
    assert.match(
      text,
      /\. The United States takes part in the most formats \(\d+\)\./u,
      'a sentence opens with a capital',
    );
    assert.match(
      text,
      new RegExp(`${p.partners.filter(namedOnce).length} partners are named in only one initiative or map item`),
    );
    assert.match(text, /and Rapidus carry out initiatives on Japan's side and are not counted as partners\./u);
  });

  it('says the same in Japanese, with counters and no English left', () => {
    const text = withLocale('ja', () => partnersSummary(index, p).join(''));
    assert.match(
      text,
      new RegExp(
        `日本の連携先として${p.partners.length}の国・地域・機関（${count('country')}か国、${count('territory')}地域及び${count('organisation')}機関）`,
      ),
    );
    assert.match(text, new RegExp(`${p.formats.length}の枠組み`));
    assert.match(text, /（産総研）及びラピダスは日本側の実施主体であり、連携先には数えていません。/u);
    assert.doesNotMatch(text, /[A-Za-z]{4,}/u, 'no English word (names such as ADB in parentheses aside)');
  });

  it('calls the partners the document calls Japan’s ally so, in the summary and in their own facts, in both languages', () => {
    const allies = p.partners.filter((x) => index.countries.get(x.id)?.ally);
    assert.deepEqual(
      allies.map((x) => x.id),
      ['USA'],
    );
    const en = withLocale('en', () => partnersSummary(index, p));
    assert.equal(en[2], "The document calls the United States Japan's ally.");
    const ja = withLocale('ja', () => partnersSummary(index, p));
    assert.equal(ja[2], '資料は、米国を日本の同盟国としています。');
    const usa = withLocale('en', () => partnerFacts(index, allies[0]));
    assert.match(usa, /^Japan's ally\. In \d+ formats; /u);
    assert.match(
      withLocale('ja', () => partnerFacts(index, allies[0])),
      /^日本の同盟国。\d+の枠組みに参加/u,
    );
    for (const other of p.partners.filter((x) => !allies.includes(x))) {
      assert.doesNotMatch(
        withLocale('en', () => partnerFacts(index, other)),
        /ally/u,
        other.id,
      );
    }
    // Where the United States is no partner, nobody is called an ally.
    for (const pillar of [1, 2, 3] as PillarId[]) {
      const inArea = partnerships(index, pillar);
      const said = withLocale('en', () => partnersSummary(index, inArea)).some((s) => s.includes('ally'));
      assert.equal(
        said,
        inArea.partners.some((x) => x.id === 'USA'),
        `priority area ${pillar}`,
      );
    }
  });

  it('says "allies" of two, from a page’s own data', () => {
    const two: Dataset = {
      ...index.data,
      countries: index.data.countries.map((c) =>
        c.iso3 === 'AUS' ? {...c, ally: index.countries.get('USA')!.ally} : c,
      ),
    };
    const twoIndex = new DatasetIndex(two);
    const text = withLocale('en', () => partnersSummary(twoIndex, partnerships(twoIndex)));
    assert.equal(text[2], "The document calls the United States and Australia Japan's allies.");
  });

  it('names a format without a printed name by its members, never by a name the document does not give', () => {
    const unnamed = p.formats.find((f) => !f.name && f.partners.length > 2)!;
    const en = withLocale('en', () => formatLabel(index, unnamed));
    assert.match(en, /^Japan, the United States, Australia, New Zealand and /u);
    const ja = withLocale('ja', () => formatLabel(index, unnamed));
    assert.match(ja, /^日本、米国、豪州、/u);
  });

  it('says so when the data names no partner', () => {
    const none: Dataset = {
      ...index.data,
      initiatives: index.data.initiatives.map((i) => ({...i, partners: []})),
      mapEntries: [],
    };
    const empty = partnerships(new DatasetIndex(none));
    assert.equal(empty.partners.length, 0);
    assert.deepEqual(
      withLocale('en', () => partnersSummary(new DatasetIndex(none), empty)),
      ['The data names no partner of Japan.'],
    );
  });
});
