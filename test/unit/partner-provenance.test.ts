// A partner's own records are not the document's (issue 19): provenance optional in a `data`
// override and checked when given; the bundled edition cites the document throughout.
import assert from 'node:assert/strict';
import {describe, it} from 'node:test';

import {DatasetIndex, initiativesCsv, mapItemsCsv, validateDataset} from '../../src/data/index.js';
import type {Dataset} from '../../src/data/index.js';
import {citedPages} from '../../src/data/provenance.js';
import {citesDocument} from '../../src/data/validate-source.js';
import {mapPlaces, placesCsv} from '../../src/layout/map-places.js';
import {loadSourceDataset} from '../../scripts/dataset-source.js';
import {partnerDataset} from '../fixtures/partner-dataset.js';
import {partnerEdition} from '../fixtures/partner-provenance.js';

const bundled = loadSourceDataset();
/** A deep copy to break: JSON, as a partner's file would arrive. */
const copy = (data: Dataset) => JSON.parse(JSON.stringify(data));
const messages = (data: unknown) => validateDataset(data).map((i) => `${i.path}: ${i.message}`);
const uncited = (data: Dataset) => citesDocument(data).map((i) => `${i.path}: ${i.message}`);

describe('the bundled edition cites the document', () => {
  it('every record cites a page, lines and a section of the document', () => {
    const kinds = ['concepts', 'features', 'principles', 'pillars', 'categories', 'initiatives', 'mapEntries'] as const;
    for (const kind of kinds) {
      assert.ok(bundled[kind].length > 0, kind);
      for (const record of bundled[kind]) {
        const {source} = record;
        assert.ok(source, `${kind} ${String(record.id)} has a source`);
        assert.ok(Number.isInteger(source.page) && source.page >= 1, `${kind} ${String(record.id)} cites a page`);
        assert.ok(
          source.lines[0] >= 1 && source.lines[0] <= source.lines[1],
          `${kind} ${String(record.id)} cites lines`,
        );
        assert.notEqual(source.section, '', `${kind} ${String(record.id)} names its section`);
      }
    }
  });

  it('names the document: title, subtitle, publisher, its date (none stated), file and hash; and a checksum', () => {
    const {source, checksum} = bundled.edition;
    assert.equal(source.publisher.en, 'Government of Japan');
    assert.equal(source.published, null);
    assert.match(source.file, /\.txt$/u);
    assert.match(source.sha256, /^[0-9a-f]{64}$/u);
    assert.match(checksum, /^[0-9a-f]{64}$/u);
    assert.ok(source.subtitle.ja && source.subtitle.en);
  });

  it('passes the check that requires every field of provenance (the build runs it)', () => {
    assert.deepEqual(messages(bundled), []);
    assert.deepEqual(uncited(bundled), []);
  });
});

/** How many records of each kind that cites. */
const kindsOf = (data: Dataset) => ({
  concepts: data.concepts.length,
  features: data.features.length,
  principles: data.principles.length,
  pillars: data.pillars.length,
  categories: data.categories.length,
  initiatives: data.initiatives.length,
  mapEntries: data.mapEntries.length,
});

describe("a partner's data may leave provenance out", () => {
  const partner = partnerEdition(bundled);

  it('an edition with only its title and no record citing a source is valid', () => {
    assert.deepEqual(messages(partner), []);
    assert.deepEqual(messages(partnerEdition(bundled, {publisher: false})), []);
  });

  it('published may be null, or left out', () => {
    const data = copy(partner);
    data.edition.source.published = null;
    assert.deepEqual(messages(data), []);
  });

  it('the same data would not do as the bundled edition: each missing field is named', () => {
    const found = uncited(partner);
    const id = bundled.initiatives[0].id;
    for (const expected of [
      'edition.checksum: is needed',
      'edition.source.subtitle: is needed: the bundled edition names the document',
      'edition.source.published: is needed: the bundled edition names the document',
      'edition.source.file: is needed: the bundled edition names the document',
      'edition.source.sha256: is needed: the bundled edition names the document',
      `initiatives[0] "${id}".source: is needed: the bundled edition cites the document`,
      'pillars[0] 1.source: is needed: the bundled edition cites the document',
    ]) {
      assert.ok(found.includes(expected), `${expected}\nin\n${found.slice(0, 12).join('\n')}`);
    }
    assert.equal(found.length, 5 + Object.values(kindsOf(partner)).reduce((n, k) => n + k, 0));
  });

  it('the source title is never optional', () => {
    const data = copy(partner);
    delete data.edition.source.title;
    assert.deepEqual(messages(data), ['edition.source.title: must be an object {ja, en}']);
  });
});

describe("a partner's provenance, where given, is well-formed", () => {
  const partner = partnerEdition(bundled);
  const id = bundled.initiatives[3].id;

  const cases: [string, (d: ReturnType<typeof copy>) => void, string[]][] = [
    [
      'a record whose source is not an object',
      (d) => (d.initiatives[3].source = 'p. 4'),
      [`initiatives[3] "${id}".source: must be an object {page, lines, section}`],
    ],
    [
      'a page that is not a page, lines out of order, an empty section',
      (d) => (d.initiatives[3].source = {page: 0, lines: [9, 3], section: ''}),
      [
        `initiatives[3] "${id}".source.page: must be a page number ≥ 1`,
        `initiatives[3] "${id}".source.lines: must be [first, last] line numbers, first ≤ last`,
        `initiatives[3] "${id}".source.section: must be a non-empty string`,
      ],
    ],
    [
      "a country's ally citation that is not one",
      (d) => (d.countries[1].ally = {page: 2, lines: [49]}),
      [
        `countries[1] "${bundled.countries[1].iso3}".ally.lines: must be [first, last] line numbers, first ≤ last`,
        `countries[1] "${bundled.countries[1].iso3}".ally.section: must be a non-empty string`,
      ],
    ],
    [
      "a map entry's source without its lines",
      (d) => (d.mapEntries[1].source = {page: 2, section: 'Asia'}),
      [`mapEntries[1] "${bundled.mapEntries[1].id}".source.lines: must be [first, last] line numbers, first ≤ last`],
    ],
    [
      'a publisher without English',
      (d) => (d.edition.source.publisher = {ja: 'サンプル開発機関'}),
      ['edition.source.publisher.en: must be a non-empty string'],
    ],
    [
      'a subtitle that is a plain string',
      (d) => (d.edition.source.subtitle = 'Projects'),
      ['edition.source.subtitle: must be an object {ja, en}'],
    ],
    [
      'a publication date not in ISO form',
      (d) => (d.edition.source.published = '2026/10/01'),
      ['edition.source.published: must be an ISO date or null'],
    ],
    ['an empty file name', (d) => (d.edition.source.file = ''), ['edition.source.file: must be a non-empty string']],
    [
      'a hash that is not SHA-256',
      (d) => (d.edition.source.sha256 = 'abc123'),
      ['edition.source.sha256: "abc123" does not match /^[0-9a-f]{64}$/'],
    ],
    [
      'a checksum that is not SHA-256',
      (d) => (d.edition.checksum = 'XYZ'),
      ['edition.checksum: "XYZ" does not match /^[0-9a-f]{64}$/'],
    ],
  ];
  for (const [name, breakIt, expected] of cases) {
    it(name, () => {
      const data = copy(partner);
      breakIt(data);
      assert.deepEqual(messages(data), expected);
    });
  }

  it('a well-formed source on some records and none on others is valid', () => {
    const data = copy(partner);
    data.initiatives[0].source = {page: 12, lines: [40, 44], section: 'Ports'};
    assert.deepEqual(messages(data), []);
  });
});

describe("pages cited by a partner's records", () => {
  it('none when no record cites one', () => {
    assert.equal(citedPages(partnerEdition(bundled).initiatives), undefined);
    assert.equal(citedPages([]), undefined);
  });

  it("the pages of those that cite one: the document's for the bundled edition", () => {
    assert.deepEqual(citedPages(bundled.initiatives), [4, 6]);
    assert.deepEqual(citedPages(bundled.mapEntries), [7, 8]);
    assert.deepEqual(citedPages([...bundled.concepts, ...bundled.features, ...bundled.principles]), [1, 2]);
    const [, second] = partnerEdition(bundled).initiatives;
    assert.equal(citedPages([second, {source: {page: 9, lines: [1, 2], section: 'x'}}]), 9);
  });
});

describe("a partner's records in the spreadsheets", () => {
  it('leave the page and lines empty where a record cites none', () => {
    const partner = partnerEdition(bundled);
    const rows = (csv: string) => csv.trim().split('\r\n');
    const [header, ...lines] = rows(initiativesCsv(partner));
    const columns = header.replace('\uFEFF', '').split(',');
    assert.deepEqual(columns.slice(-2), ['source_page', 'source_lines']);
    assert.equal(lines.length, bundled.initiatives.length);
    for (const line of lines) assert.ok(line.endsWith(',,'), line.slice(-40));
    const items = rows(mapItemsCsv(partner)).slice(1);
    assert.ok(items.length > 0);
    for (const line of items) assert.ok(line.endsWith(',,'), line.slice(-40));
  });
});

describe('validating 10,000 records', () => {
  // The published initiatives copied with new ids, as a partner's would arrive (test/fixtures/partner-dataset.ts).
  const large = partnerDataset(bundled, 10_000);

  it('finds them valid in well under a second of CPU (reported: cold, then warm)', (t) => {
    const time = () => {
      const before = process.cpuUsage();
      const issues = validateDataset(large);
      const {user, system} = process.cpuUsage(before);
      return {issues, ms: (user + system) / 1000};
    };
    const cold = time();
    const warm = time();
    t.diagnostic(
      `validateDataset, 10,000 initiatives: ${cold.ms.toFixed(0)} ms CPU cold, ${warm.ms.toFixed(0)} ms warm`,
    );
    assert.deepEqual(cold.issues, []);
    // A quadratic lookup over 10,000 records costs seconds; this one is linear.
    assert.ok(cold.ms < 1000, `${cold.ms} ms`);
  });

  it('names the one duplicate and the one broken source among them', () => {
    const data = copy(large);
    data.initiatives[9_999].id = data.initiatives[5_000].id;
    data.initiatives[7_777].source.page = -1;
    assert.deepEqual(messages(data), [
      `initiatives[7777] "${large.initiatives[7_777].id}".source.page: must be a page number ≥ 1`,
      `initiatives[9999] "${large.initiatives[5_000].id}".id: duplicate id "${large.initiatives[5_000].id}"`,
    ]);
  });
});

describe("a partner's records in the map's spreadsheet", () => {
  it('leave the page and lines empty where a record cites none', () => {
    const index = new DatasetIndex(partnerEdition(bundled));
    const [header, ...lines] = placesCsv(index, mapPlaces(index)).trim().split('\r\n');
    assert.deepEqual(header.replace('\uFEFF', '').split(',').slice(-2), ['source_page', 'source_lines']);
    assert.ok(lines.length > 0);
    for (const line of lines) assert.ok(line.endsWith(',,'), line.slice(-40));
  });
});
