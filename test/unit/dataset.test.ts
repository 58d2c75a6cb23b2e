// The dataset against the document: counts, verbatim Japanese, references, and facts that a
// careless extraction gets wrong. The facts were picked from the source text by hand.
import assert from 'node:assert/strict';
import {describe, it} from 'node:test';

import {compareNames, DatasetIndex, HOME, itemPillars, nameInSentence, validateDataset} from '../../src/data/index.js';
import {printsCountry, validateAgainstSource} from '../../src/data/validate-source.js';
import {mapPlaces} from '../../src/layout/map-places.js';
import type {Initiative, Localized, PillarId} from '../../src/data/index.js';
import {loadSourceDataset, sourceText} from '../../scripts/dataset-source.js';
import glossaryFile from '../../data/glossary.json' with {type: 'json'};

const data = loadSourceDataset();
const index = new DatasetIndex(data);
const lines = sourceText(data.edition.source.file).split('\n');

/** The one initiative whose Japanese text contains every fragment. */
function initiativeWith(...fragments: string[]): Initiative {
  const found = data.initiatives.filter((i) => fragments.every((f) => i.text.ja.includes(f)));
  assert.equal(found.length, 1, `exactly one initiative mentions ${fragments.join(' + ')}`);
  return found[0];
}
const sorted = (xs: readonly string[]) => [...xs].sort();

/**
 * Every bilingual record in reading order (the deck's order: title page, concepts, features, principles,
 * priority areas, categories, initiatives, then the map), each with its labelled texts.
 */
const records: [string, [string, Localized][]][] = [
  [
    'edition',
    [
      ['source title', data.edition.source.title],
      ['source subtitle', data.edition.source.subtitle],
      ['publisher', data.edition.source.publisher],
    ],
  ],
  [
    'title page',
    [
      ['title', data.title],
      ['subtitle', data.subtitle],
    ],
  ],
  ...data.concepts.map((c): [string, [string, Localized][]] => [c.id, [['text', c.text]]]),
  ...data.features.map((f): [string, [string, Localized][]] => [f.id, [['text', f.text]]]),
  ...data.principles.map((p): [string, [string, Localized][]] => [p.id, [['label', p.label]]]),
  ...data.pillars.map((p): [string, [string, Localized][]] => [
    `pillar ${p.id}`,
    [
      ['title', p.title],
      ['summary', p.summary],
    ],
  ]),
  ...data.categories.map((c): [string, [string, Localized][]] => [c.id, [['title', c.title]]]),
  ...data.initiatives.map((i): [string, [string, Localized][]] => [
    i.id,
    [
      ['title', i.title],
      ['text', i.text],
    ],
  ]),
  ...data.mapEntries.map((e): [string, [string, Localized][]] => [
    e.id,
    [
      ['label', e.label] as [string, Localized],
      ...e.items.map((item, n): [string, Localized] => [`item ${n}`, item.text]),
    ],
  ]),
];
/** Every text of the dataset, named "record field". */
const everyText = records.flatMap(([id, texts]) => texts.map(([field, text]) => [`${id} ${field}`, text] as const));
/** The texts written as sentences: concepts, features, priority area summaries and initiative texts. */
const runningTexts = everyText.filter(([id]) => / (text|summary)$/u.test(id));

describe('dataset structure', () => {
  it('validates', () => {
    assert.deepEqual(validateDataset(data), []);
  });

  it('has every concept, feature, principle, pillar and category of the document', () => {
    assert.equal(data.concepts.length, 3);
    assert.equal(data.features.length, 3);
    assert.deepEqual(
      data.principles.map((p) => p.label.ja),
      ['自由', '開放性', '多様性', '包摂性', '法の支配'],
    );
    assert.deepEqual(
      data.pillars.map((p) => [p.id, p.glyph]),
      [
        [1, '①'],
        [2, '②'],
        [3, '③'],
      ],
    );
    const categoriesPer = (p: PillarId) => data.categories.filter((c) => c.pillar === p).length;
    assert.deepEqual([categoriesPer(1), categoriesPer(2), categoriesPer(3)], [3, 3, 3]);
  });

  it('has one initiative per bullet of the detail pages: 10, 7 and 7, per category as printed', () => {
    const perPillar = [1, 2, 3].map((p) => data.initiatives.filter((i) => i.pillar === p).length);
    assert.deepEqual(perPillar, [10, 7, 7]);
    const perCategory = data.categories.map((c) => data.initiatives.filter((i) => i.category === c.id).length);
    assert.deepEqual(perCategory, [4, 4, 2, 3, 3, 1, 3, 3, 1]);
    const bullets = lines.slice(104, 227).filter((l) => l.startsWith('• ')).length;
    assert.equal(data.initiatives.length, bullets);
  });

  it('has every place label and item of the world map', () => {
    assert.equal(data.mapEntries.length, 26);
    assert.equal(
      data.mapEntries.reduce((n, e) => n + e.items.length, 0),
      40,
    );
    const items = (label: string) => data.mapEntries.find((e) => e.label.ja.includes(label))?.items.length;
    assert.equal(items('ASEAN'), 11);
    assert.equal(items('大洋州（広域）'), 2);
    assert.equal(data.mapEntries.filter((e) => e.countries.includes('SGP')).length, 2);
  });
});

describe('text', () => {
  const strip = (s: string) => s.replace(/\s+/gu, '');
  const cited: [string, Localized, readonly [number, number]][] = [
    ...data.concepts.map((s) => [s.id, s.text, s.source.lines] as [string, Localized, readonly [number, number]]),
    ...data.features.map((s) => [s.id, s.text, s.source.lines] as [string, Localized, readonly [number, number]]),
    ...data.pillars.flatMap((p) => [
      [`pillar ${p.id} title`, p.title, p.source.lines] as [string, Localized, readonly [number, number]],
      [`pillar ${p.id} summary`, p.summary, p.source.lines] as [string, Localized, readonly [number, number]],
    ]),
    ...data.categories.map((c) => [c.id, c.title, c.source.lines] as [string, Localized, readonly [number, number]]),
    ...data.initiatives.map((i) => [i.id, i.text, i.source.lines] as [string, Localized, readonly [number, number]]),
    ...data.mapEntries.flatMap((e) =>
      e.items.map(
        (item, n) => [`${e.id} item ${n}`, item.text, e.source.lines] as [string, Localized, readonly [number, number]],
      ),
    ),
  ];

  it('keeps the Japanese verbatim: each text occurs in the lines it cites', () => {
    for (const [id, text, [first, last]] of cited) {
      const source = strip(lines.slice(first - 1, last).join(''));
      assert.ok(source.includes(strip(text.ja)), `${id}: ja text not found in lines ${first}-${last}`);
    }
  });

  it('leaves no line-break artefacts in Japanese', () => {
    for (const [id, text] of cited) assert.doesNotMatch(text.ja, /\n/u, id);
  });

  it('uses the glossary consistently in English', () => {
    for (const entry of glossaryFile.glossary) {
      const accepted = [entry.en, ...entry.variants].map((v) => v.toLowerCase());
      for (const [id, text] of everyText) {
        if (!text.ja.includes(entry.ja)) continue;
        const en = text.en.toLowerCase();
        assert.ok(
          accepted.some((v) => en.includes(v)),
          `${id}: "${entry.ja}" should be rendered as "${entry.en}"`,
        );
      }
    }
  });
});

describe('English', () => {
  /** Every English sentence of the running texts (not titles or labels), with where it is. */
  const sentences = runningTexts.flatMap(([id, text]) =>
    text.en.split(/(?<=[.!?])\s+(?=["A-Z])/u).map((sentence) => [id, sentence] as const),
  );

  it('spells out an abbreviation in full in the first record that uses it, in reading order', () => {
    for (const {ja, spelledOut} of glossaryFile.glossary) {
      if (spelledOut === undefined) continue;
      const first = records.find(([, texts]) => texts.some(([, t]) => t.ja.includes(ja)));
      assert.ok(first, `no record uses ${ja}`);
      const [id, texts] = first;
      assert.ok(
        texts.some(([, t]) => t.en.includes(spelledOut)),
        `${id}: first use of ${ja} should read "${spelledOut}"`,
      );
    }
  });

  it('names a country with its article inside a text and without it in a map label, as fully as the Japanese', () => {
    // Countries whose English name takes an article (the Philippines, the United States, the
    // Federated States of Micronesia …): the places file gives both forms.
    const mapLabel = /^map-[a-z-]+ label$/u;
    const withArticle = data.countries.filter((c) => nameInSentence(c, 'en') !== c.name.en);
    assert.ok(withArticle.some((c) => c.iso3 === 'PHL'));
    for (const c of withArticle) {
      const inSentence = nameInSentence(c, 'en').toLowerCase();
      for (const [id, text] of everyText) {
        if (!text.ja.includes(c.name.ja) || mapLabel.test(id)) continue;
        assert.ok(text.en.toLowerCase().includes(inSentence), `${id}: ${c.name.ja} should read "${inSentence}"`);
      }
      for (const e of data.mapEntries) {
        if (!e.label.ja.includes(c.name.ja)) continue;
        assert.ok(e.label.en.includes(c.name.en), `${e.id} label: ${c.name.ja} should read "${c.name.en}"`);
        assert.ok(!e.label.en.toLowerCase().includes(inSentence), `${e.id} label: "${c.name.en}" without the article`);
      }
    }
  });

  it('keeps every sentence to 50 words or fewer', () => {
    for (const [id, sentence] of sentences) {
      const words = sentence.split(/\s+/u).length;
      assert.ok(words <= 50, `${id}: a sentence of ${words} words: "${sentence.slice(0, 60)}…"`);
    }
  });

  it('opens a sentence with a participle only when Japan is the subject of what follows', () => {
    // "Drawing on the knowledge gained, the aim is …" and "Making use also of …, this will lead …"
    // leave the participle without a subject. "According to" and the like are prepositions.
    const prepositions = new Set(['According', 'Concerning', 'During', 'Following', 'Including', 'Regarding']);
    for (const [id, sentence] of sentences) {
      const first = sentence.split(' ')[0];
      if (!/^[A-Z][a-z]+ing$/u.test(first) || prepositions.has(first)) continue;
      assert.match(sentence, /, (Japan|it)\b(?!')/u, `${id}: dangling participle in "${sentence.slice(0, 60)}…"`);
    }
  });

  it('avoids the renderings a reader flagged as unidiomatic or wrong', () => {
    const flagged: [RegExp, string][] = [
      [/mutual capabilities/iu, "each other's capabilities: the capabilities are Japan's and the foreign agencies'"],
      [/\bTaking\b.*\bas an opportunity\b/iu, 'with the commissioning of …'],
      [/\bmaking use\b/iu, 'using, or Japan as the subject'],
      [/as a premise/iu, 'accepting … as a given'],
      [/in the form of exercises/iu, 'tabletop exercises'],
      [/\bexcellent\b/iu, "Japan's advanced technologies"],
      [/Japan aims for Japan/iu, 'the aim is for Japan and the region …'],
      [/\bOceania\b/iu, 'Pacific Islands (region-wide), as the dataset reads 大洋州（広域）'],
    ];
    for (const [id, text] of everyText)
      for (const [pattern, better] of flagged) assert.doesNotMatch(text.en, pattern, `${id}: ${better}`);
  });
});

describe('facts that are easy to get wrong', () => {
  it('Tuvalu: its first international submarine cable, with the US, Australia, New Zealand and Taiwan', () => {
    const cables = initiativeWith('ツバル');
    assert.deepEqual(sorted(cables.countries), ['FSM', 'KIR', 'NRU', 'TUV']);
    for (const p of ['USA', 'AUS', 'NZL', 'TWN']) assert.ok(cables.partners.includes(p), p);
    assert.equal(cables.pillar, 1);
  });

  it('OSA: radar to the Philippines and Djibouti, patrol boats to Bangladesh, Fiji, Indonesia, UAVs to Malaysia, Sri Lanka, Tonga', () => {
    const osa = initiativeWith('沿岸監視レーダー');
    assert.deepEqual(sorted(osa.countries), ['BGD', 'DJI', 'FJI', 'IDN', 'LKA', 'MYS', 'PHL', 'TON']);
    assert.ok(osa.instruments.includes('osa'));
    assert.equal(osa.pillar, 3);
    const mapUav = data.mapEntries.filter((e) => e.items.some((i) => /無人/u.test(i.text.ja)));
    assert.deepEqual(sorted(mapUav.flatMap((e) => e.countries)), ['LKA', 'MYS', 'TON']);
  });

  it('the Japan Coast Guard training ship enters service in December 2026', () => {
    const unit = initiativeWith('練習船');
    assert.match(unit.text.ja, /２０２６年１２月/u);
    assert.match(unit.text.en, /December 2026/u);
  });

  it('rare earths in Malaysia are Australian ore, with Australia', () => {
    const rare = initiativeWith('レアアース');
    assert.deepEqual(rare.countries, ['MYS']);
    assert.deepEqual(rare.partners, ['AUS']);
  });

  it('critical-mineral recycling covers ASEAN and five named members', () => {
    const recycling = initiativeWith('リサイクル');
    assert.deepEqual(sorted(recycling.countries), ['IDN', 'MYS', 'PHL', 'THA', 'VNM']);
    assert.ok(recycling.regions.includes('asean'));
  });

  it('correspondent banking in the Pacific is with the US, Australia, New Zealand, the World Bank and ADB', () => {
    const banks = initiativeWith('コルレス');
    for (const p of ['USA', 'AUS', 'NZL']) assert.ok(banks.partners.includes(p), p);
    assert.equal(banks.partners.length, 5);
    assert.ok(banks.regions.includes('pacific-islands'));
    assert.equal(banks.pillar, 2);
  });

  it('the geothermal loan is in Indonesia and the Chile mining network is a demonstration', () => {
    assert.deepEqual(initiativeWith('地熱').countries, ['IDN']);
    assert.ok(initiativeWith('オール光').countries.includes('CHL'));
  });

  it('CPTPP accession talks name the Philippines and Indonesia; dialogue with the EU and ASEAN', () => {
    const cptpp = initiativeWith('CPTPP');
    assert.deepEqual(sorted(cptpp.countries), ['IDN', 'PHL']);
    assert.equal(cptpp.pillar, 2);
  });

  it('the US box lists its partnerships', () => {
    const us = data.mapEntries.find((e) => e.label.ja === '米国')!;
    assert.deepEqual(
      us.items.map((i) => sorted(i.partners)),
      [['USA'], ['KOR', 'USA'], ['AUS', 'IND', 'USA'], ['AUS', 'PHL', 'USA']],
    );
  });

  it('the Nacala Corridor label names Zambia, Malawi and Mozambique', () => {
    const nacala = data.mapEntries.find((e) => e.items.some((i) => i.text.ja.includes('ナカラ')))!;
    assert.deepEqual(sorted(nacala.countries), ['MOZ', 'MWI', 'ZMB']);
  });

  it('names countries as the Foreign Ministry writes them, with ISO numeric ids', () => {
    const c = (iso3: string) => index.countries.get(iso3)!;
    assert.equal(c('FSM').name.ja, 'ミクロネシア連邦');
    assert.equal(c('FSM').name.en, 'Federated States of Micronesia');
    assert.equal(c('TLS').name.ja, '東ティモール');
    assert.equal(c('USA').name.ja, '米国');
    assert.equal(c('AUS').name.ja, '豪州');
    assert.equal(c('JPN').isoNumeric, '392');
    assert.equal(c('TWN').isoNumeric, '158');
    assert.equal(c('TWN').kind, 'territory');
    assert.equal(c('TUV').isoNumeric, '798');
  });

  it('map pillars are all marked inferred, since the text carries no legend marks', () => {
    for (const e of data.mapEntries) for (const item of e.items) assert.equal(item.pillarInferred, true, e.id);
  });
});

describe('name forms', () => {
  it('gives the countries that take an article their form inside a sentence', () => {
    const inSentence = (iso3: string) => nameInSentence(index.countries.get(iso3)!, 'en');
    assert.deepEqual(['PHL', 'USA', 'KOR', 'FSM', 'MHL', 'SLB', 'IDN', 'JPN'].map(inSentence), [
      'the Philippines',
      'the United States',
      'the Republic of Korea',
      'the Federated States of Micronesia',
      'the Marshall Islands',
      'the Solomon Islands',
      'Indonesia',
      'Japan',
    ]);
    assert.equal(nameInSentence(index.countries.get('PHL')!, 'ja'), 'フィリピン');
  });

  it('sorts Japanese names in 五十音順, kanji names by their reading', () => {
    const names = ['USA', 'AUS', 'TWN', 'JPN', 'IDN', 'KOR', 'SLB', 'VNM'].map((c) => index.countries.get(c)!);
    assert.deepEqual(
      [...names].sort(compareNames('ja')).map((c) => c.name.ja),
      ['インドネシア', '韓国', '豪州', 'ソロモン諸島', '台湾', '日本', '米国', 'ベトナム'],
    );
  });

  it('names organisations in Japanese in full, as the document or the government writes them, Latin letters half-width', () => {
    const ja = (id: string) => index.organisations.get(id)!.name.ja;
    assert.deepEqual(['adb', 'aist', 'eu', 'asean', 'astar'].map(ja), [
      'アジア開発銀行（ADB）',
      '産業技術総合研究所（産総研）',
      '欧州連合（EU）',
      '東南アジア諸国連合（ASEAN）',
      'シンガポール科学技術庁（A*STAR）', // as the document writes it (p. 4)
    ]);
    for (const named of [...data.organisations, ...data.regions, ...data.countries])
      assert.doesNotMatch(named.name.ja, /[Ａ-Ｚａ-ｚ０-９]/u, named.name.ja);
  });

  it('rejects a sentence form without the name, a reading not in hiragana, and a kanji name without one', () => {
    const broken = structuredClone(data) as unknown as {countries: Record<string, unknown>[]};
    const at = (iso3: string) => broken.countries.find((c) => c.iso3 === iso3)!;
    at('PHL').nameInSentence = 'the Republic';
    at('USA').reading = 'ベイコク';
    delete at('AUS').reading;
    assert.deepEqual(
      validateDataset(broken)
        .map((i) => i.path)
        .sort(),
      ['countries[10] "PHL".nameInSentence', 'countries[1] "USA".reading', 'countries[2] "AUS".reading'],
    );
  });
});

describe('attribution: the dataset says only what the document says', () => {
  const text = sourceText(data.edition.source.file);

  it('names no country in a record that its cited lines do not print (by name, another form, or in a format)', () => {
    assert.deepEqual(validateAgainstSource(data, text), []);
    // The forms it accepts are the document's: ミクロネシア, ＮＺ and 米 in （日米…）.
    assert.ok(printsCountry('パラオやミクロネシアへの空港', index.countries.get('FSM')!));
    assert.ok(printsCountry('（日米豪印）重要鉱物', index.countries.get('IND')!));
    assert.ok(!printsCountry('比較', index.countries.get('PHL')!), 'a mark counts only inside a format');
  });

  it('rejects a country its cited lines do not print: Indonesia in the Malacca record, Korea in （日米豪印）', () => {
    const broken = structuredClone(data) as unknown as {
      initiatives: {id: string; countries: string[]}[];
      mapEntries: {id: string; items: {text: Localized; partners: string[]}[]}[];
    };
    broken.initiatives.find((i) => i.id === 'malacca-singapore-straits')!.countries.push('IDN');
    const quad = broken.mapEntries.flatMap((e) => e.items).find((i) => i.text.ja.includes('（日米豪印）'))!;
    quad.partners.push('KOR');
    assert.deepEqual(
      validateAgainstSource(broken as unknown as typeof data, text).map((i) => i.message),
      [
        '"IDN" (インドネシア) is not printed in the lines it cites',
        '"KOR" (韓国) is not printed in the lines it cites',
      ],
    );
  });

  it('calls only the United States Japan’s ally, citing the lines that print 同盟国 and 米国', () => {
    const allies = data.countries.filter((c) => c.ally);
    assert.deepEqual(
      allies.map((c) => c.iso3),
      ['USA'],
    );
    const [first, last] = allies[0].ally!.lines;
    const printed = text
      .split('\n')
      .slice(first - 1, last)
      .join('')
      .replace(/\s/gu, '');
    assert.match(printed, /同盟国である米国/u);
    const broken = structuredClone(data) as unknown as {countries: {iso3: string; ally?: unknown}[]};
    broken.countries.find((c) => c.iso3 === 'AUS')!.ally = allies[0].ally;
    broken.countries.find((c) => c.iso3 === 'USA')!.ally = {...allies[0].ally!, lines: [55, 61]};
    assert.deepEqual(
      validateAgainstSource(broken as unknown as typeof data, text).map((i) => `${i.path}: ${i.message}`),
      [
        'countries[1] "USA".ally: "USA" (米国) is not printed in the lines it cites',
        'countries[1] "USA".ally: the lines it cites do not print 同盟国',
        'countries[2] "AUS".ally: "AUS" (豪州) is not printed in the lines it cites',
      ],
    );
  });

  it('links a map item to an initiative only where the initiative names the item’s places and partners', () => {
    const members = (r: string) => index.regions.get(r)!.members;
    const claims = data.mapEntries.flatMap((e) =>
      e.items
        .filter((item) => item.initiative !== null)
        .flatMap((item) => {
          const i = index.initiatives.get(item.initiative!)!;
          const named = new Set([...i.countries, ...i.partners, ...i.regions.flatMap(members)]);
          return [...e.countries, ...item.partners].filter((c) => !named.has(c)).map((c) => `${e.id} → ${i.id}: ${c}`);
        }),
    );
    assert.deepEqual(claims, []);
  });

  it('keeps （日米豪比） cyber exercises a map item of priority area ③, its category inferred, of no initiative', () => {
    const [item] = data.mapEntries.flatMap((e) => e.items).filter((i) => i.text.ja.includes('（日米豪比）'));
    assert.deepEqual(
      [item.initiative, item.pillar, item.category, item.categoryInferred],
      [null, 3, 'cyber-capacity-building', true],
    );
  });

  it('gives a map entry as partners exactly what its items print', () => {
    for (const e of data.mapEntries) {
      const printed = [...new Set(e.items.flatMap((i) => i.partners))];
      assert.ok(
        e.partners.every((p) => printed.includes(p)),
        `${e.id}: ${e.partners.join(',')} ⊄ ${printed.join(',')}`,
      );
    }
    const us = data.mapEntries.find((e) => e.id === 'map-united-states')!;
    assert.deepEqual([...us.partners].sort(), [...new Set(us.items.flatMap((i) => i.partners))].sort());
  });

  it('rejects an item linked to another priority area’s initiative, a category of another area, and an entry partner no item names', () => {
    const broken = structuredClone(data) as unknown as {
      mapEntries: {id: string; partners: string[]; items: Record<string, unknown>[]}[];
    };
    const us = broken.mapEntries.find((e) => e.id === 'map-united-states')!;
    us.items[0].initiative = 'osa-expansion';
    us.items[1].category = 'cyber-capacity-building';
    us.items[1].categoryInferred = true;
    us.partners.push('NZL');
    const paths = validateDataset(broken).map((i) => i.path.replace(/^mapEntries\[\d+\] "map-united-states"/u, 'us'));
    assert.deepEqual(paths.sort(), ['us.items[0].initiative', 'us.items[1].category', 'us.partners']);
  });
});

describe('attribution: Japan’s side is not a partner', () => {
  const japanese = data.organisations.filter((o) => o.country === 'JPN').map((o) => o.id);

  it('names AIST and Rapidus as Japanese implementers of the Singapore initiative, A*STAR its partner', () => {
    const quantum = data.initiatives.find((i) => i.text.ja.includes('ラピダス'))!;
    assert.deepEqual([...(quantum.implementers ?? [])].sort(), ['aist', 'rapidus']);
    assert.deepEqual(quantum.partners, ['astar']);
    assert.deepEqual([...japanese].sort(), ['aist', 'rapidus']);
  });

  it('lists no Japanese body and not Japan among any record’s partners', () => {
    const partnerLists = [
      ...data.initiatives.map((i) => i.partners),
      ...data.mapEntries.flatMap((e) => e.items.map((i) => i.partners)),
    ];
    for (const list of partnerLists) for (const p of list) assert.ok(p !== 'JPN' && !japanese.includes(p), p);
  });

  it('rejects a Japanese body as a partner and a foreign one as an implementer', () => {
    const broken = structuredClone(data) as unknown as {
      initiatives: {id: string; partners: string[]; implementers?: string[]}[];
    };
    const quantum = broken.initiatives.find((i) => i.id === 'singapore-quantum-semiconductors')!;
    quantum.partners = ['astar', 'aist'];
    quantum.implementers = ['rapidus', 'astar'];
    assert.deepEqual(
      validateDataset(broken).map((i) => `${i.path}: ${i.message}`),
      [
        'initiatives[8] "singapore-quantum-semiconductors".partners: "aist" is Japanese: an implementer, not a partner',
        'initiatives[8] "singapore-quantum-semiconductors".implementers: "astar" is not a Japanese organisation',
      ],
    );
  });
});

describe('attribution: Japan is the actor, and home', () => {
  it('names Japan as no record’s country: the pharmaceutical initiative is Japan’s, with the United States', () => {
    const records = [...data.initiatives, ...data.mapEntries];
    assert.deepEqual(
      records.filter((r) => r.countries.includes(HOME)).map((r) => r.id),
      [],
    );
    const pharma = initiativeWith('医薬品', '米国と連携');
    assert.deepEqual([pharma.countries, pharma.partners], [[], ['USA']]);
    assert.ok(!mapPlaces(index).some((p) => p.iso3 === HOME), 'the map lists no place for Japan');
  });

  it('rejects Japan among an initiative’s or a map entry’s countries', () => {
    const broken = structuredClone(data) as unknown as {
      initiatives: {id: string; countries: string[]}[];
      mapEntries: {id: string; countries: string[]}[];
    };
    broken.initiatives.find((i) => i.id === 'pharmaceutical-supply-chains')!.countries.push('JPN');
    broken.mapEntries.find((e) => e.id === 'map-united-states')!.countries.push('JPN');
    assert.deepEqual(
      validateDataset(broken).map((i) => i.path.replace(/\[\d+\]/u, '[]')),
      ['initiatives[] "pharmaceutical-supply-chains".countries', 'mapEntries[] "map-united-states".countries'],
    );
  });
});

describe('attribution: partners are not recipients', () => {
  const places = new Map(mapPlaces(index).map((p) => [p.iso3, p]));

  it('counts the United States and Australia as partners of what their boxes print with them, not as places', () => {
    for (const iso3 of ['USA', 'AUS']) {
      const place = places.get(iso3)!;
      assert.equal(place.count, 0, `${iso3} has no initiative or item of its own`);
      assert.ok(place.partnerships.length + place.partnerItems.length > 0, `${iso3} is a partner`);
    }
    // Each （日…） item of the US box is a partnership of the United States.
    const usBox = data.mapEntries.find((e) => e.id === 'map-united-states')!;
    const us = places.get('USA')!;
    for (const item of usBox.items)
      assert.ok(
        item.initiative ? us.partnerships.includes(item.initiative) : us.partnerItems.some((r) => r.item === item),
        item.text.ja,
      );
  });

  it('keeps a partner that the document also names as a place: the Philippines of （日米豪比） has its own items', () => {
    const phl = places.get('PHL')!;
    assert.ok(phl.count > 0);
    assert.ok(phl.partnerItems.some((r) => r.item.text.ja.includes('（日米豪比）')));
  });
});

describe('attribution: an item of two priority areas carries both', () => {
  const twoAreas = data.mapEntries.flatMap((e) => e.items.filter((i) => i.pillars).map((i) => [e.id, i] as const));

  it('Singapore’s ammonia bunkering (②) with floating LNG (①); Indonesia’s LNG (①) with geothermal and waste-to-energy (②)', () => {
    assert.deepEqual(
      twoAreas.map(([id, i]) => [id, itemPillars(i)]),
      [
        ['map-singapore-energy', [2, 1]],
        ['map-indonesia', [1, 2]],
      ],
    );
  });

  it('counts it in each of its areas on the map: in priority area ① alone, Indonesia and Singapore show it', () => {
    const first = new Map(mapPlaces(index, [1]).map((p) => [p.iso3, p]));
    for (const [entryId, item] of twoAreas) {
      const iso3 = data.mapEntries.find((e) => e.id === entryId)!.countries[0];
      assert.ok(
        first.get(iso3)!.items.some((r) => r.item === item),
        `${iso3} in ①`,
      );
      assert.ok(
        mapPlaces(index)
          .find((p) => p.iso3 === iso3)!
          .pillars.includes(1),
        `${iso3} coloured for ①`,
      );
    }
  });

  it('rejects areas that leave out the item’s own, repeat one, or list one', () => {
    const broken = structuredClone(data) as unknown as {mapEntries: {items: Record<string, unknown>[]}[]};
    const items = broken.mapEntries.flatMap((e) => e.items);
    items[0].pillars = [2, 3];
    items[1].pillars = [1, 1];
    items[2].pillars = [1];
    assert.deepEqual(
      validateDataset(broken).map((i) => i.message),
      [
        "must include the item's pillar 1",
        'must list two or three distinct pillars (1, 2, 3), or be left out',
        'must list two or three distinct pillars (1, 2, 3), or be left out',
      ],
    );
  });
});
