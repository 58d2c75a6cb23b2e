import assert from 'node:assert/strict';
import {describe, it} from 'node:test';

import {
  DatasetIndex,
  dataset,
  filterInitiatives,
  initiatives,
  initiativesByInstrument,
  initiativesByPartner,
  initiativesByPillar,
  initiativesForCountry,
  normalizeForSearch,
  searchInitiatives,
  validateDataset,
} from '../../src/data/index.js';

describe('the bundled dataset', () => {
  it('is frozen all the way down', () => {
    assert.ok(Object.isFrozen(dataset));
    assert.ok(Object.isFrozen(initiatives[0].countries));
    assert.throws(() => {
      (initiatives as unknown as unknown[]).push({});
    }, TypeError);
  });
});

describe('queries', () => {
  it('by pillar', () => {
    assert.equal(
      initiativesByPillar(1).length + initiativesByPillar(2).length + initiativesByPillar(3).length,
      initiatives.length,
    );
    assert.ok(initiativesByPillar(3).every((i) => i.pillar === 3));
  });

  it('by country includes initiatives that name it only on the map page', () => {
    for (const entry of dataset.mapEntries) {
      for (const item of entry.items) {
        if (!item.initiative) continue;
        // A country the item prints as its partner is not where it happens (the next test).
        for (const iso3 of entry.countries.filter((c) => !item.partners.includes(c))) {
          assert.ok(
            initiativesForCountry(iso3).some((i) => i.id === item.initiative),
            `${iso3} should list ${item.initiative} (map entry ${entry.id})`,
          );
        }
      }
    }
    const philippines = initiativesForCountry('PHL');
    assert.ok(philippines.length > 0);
    const direct = initiatives.filter((i) => i.countries.includes('PHL'));
    assert.ok(direct.every((i) => philippines.includes(i)));
  });

  it('by country counts the country of a box whose item prints it as a partner as that partner: the US in （日米）', () => {
    const pharma = 'pharmaceutical-supply-chains';
    assert.ok(dataset.mapEntries.find((e) => e.id === 'map-united-states')!.countries.includes('USA'));
    assert.ok(!initiativesForCountry('USA').some((i) => i.id === pharma));
    assert.ok(initiativesByPartner('USA').some((i) => i.id === pharma));
    // Australia's box: rare earths refined in Malaysia with Australian companies.
    assert.ok(!initiativesForCountry('AUS').some((i) => i.id === 'malaysia-rare-earths'));
    assert.ok(initiativesForCountry('MYS').some((i) => i.id === 'malaysia-rare-earths'));
  });

  it('by country counts a partner printed with a linked map item as its partner, not a place it reaches', () => {
    // A dataset where the US box's (日米) item also printed New Zealand: it becomes a partner of
    // the pharmaceutical initiative, not a country where it happens.
    const edited = structuredClone(dataset) as unknown as {
      mapEntries: {id: string; items: {initiative: string | null; partners: string[]}[]}[];
    };
    const item = edited.mapEntries
      .find((e) => e.id === 'map-united-states')!
      .items.find((i) => i.initiative === 'pharmaceutical-supply-chains')!;
    item.partners.push('NZL');
    const index = new DatasetIndex(edited as unknown as typeof dataset);
    assert.ok(index.initiativesByPartner.get('NZL')!.includes('pharmaceutical-supply-chains'));
    assert.ok(!(index.initiativesByCountry.get('NZL') ?? []).includes('pharmaceutical-supply-chains'));
  });

  it('by country and partner claim no initiative through a partnership the document does not link to it (（日米豪比） in the US box)', () => {
    const item = dataset.mapEntries.flatMap((e) => e.items).find((i) => i.text.ja.includes('日米豪比'))!;
    assert.equal(item.initiative, null, 'the item illustrates no initiative');
    const cyber = 'cyber-exercises-and-training';
    for (const partner of ['USA', 'AUS']) {
      assert.ok(!initiativesByPartner(partner).some((i) => i.id === cyber), partner);
      assert.ok(!initiativesForCountry(partner).some((i) => i.id === cyber), partner);
    }
  });

  it('keeps document order', () => {
    const order = initiativesForCountry('IDN').map((i) => initiatives.indexOf(i));
    assert.deepEqual(
      order,
      [...order].sort((a, b) => a - b),
    );
  });

  it('by partner and instrument', () => {
    const printedWithUsa = new Set(
      dataset.mapEntries
        .flatMap((e) => e.items)
        .filter((i) => i.partners.includes('USA'))
        .map((i) => i.initiative),
    );
    assert.ok(initiativesByPartner('USA').every((i) => i.partners.includes('USA') || printedWithUsa.has(i.id)));
    assert.ok(initiativesByPartner('USA').length >= 2);
    assert.ok(initiativesByInstrument('osa').length >= 1);
    assert.deepEqual(initiativesByPartner('nobody'), []);
  });

  it('combines filters with AND', () => {
    const some = filterInitiatives({pillars: [3], country: 'PHL'});
    assert.ok(some.length > 0);
    assert.ok(some.every((i) => i.pillar === 3 && initiativesForCountry('PHL').includes(i)));
    assert.deepEqual(filterInitiatives({}), [...initiatives]);
  });
});

describe('search', () => {
  it('folds full-width and half-width forms, and case', () => {
    assert.equal(normalizeForSearch('ＡＩ　２０２６'), 'ai 2026');
    assert.equal(normalizeForSearch('ｶﾞｽ'), 'ガス');
  });

  it('finds 「ＡＩ」 when asked for "AI" or "ai", in either language', () => {
    const fullWidth = initiatives.filter((i) => i.text.ja.includes('ＡＩ'));
    assert.ok(fullWidth.length > 0, 'the document writes ＡＩ in full width somewhere');
    for (const q of ['AI', 'ai', 'ＡＩ']) {
      const found = searchInitiatives(q);
      for (const i of fullWidth) assert.ok(found.includes(i), `${q} finds ${i.id}`);
    }
  });

  it('searches English and Japanese text', () => {
    const cableJa = searchInitiatives('海底ケーブル');
    const cableEn = searchInitiatives('submarine cable');
    assert.ok(cableJa.length > 0);
    assert.deepEqual(cableEn, cableJa);
    assert.deepEqual(searchInitiatives('zzzz-no-such-text'), []);
  });
});

describe('validation names the record and the field', () => {
  const clone = () => JSON.parse(JSON.stringify(dataset));

  it('a dangling category', () => {
    const broken = clone();
    broken.initiatives[2].category = 'no-such-category';
    const id = broken.initiatives[2].id;
    const issues = validateDataset(broken);
    assert.ok(issues.some((i) => i.path === `initiatives[2] "${id}".category` && /no-such-category/u.test(i.message)));
  });

  it('a duplicate id, a missing translation, a bad point and an unknown country', () => {
    const broken = clone();
    broken.initiatives[1].id = broken.initiatives[0].id;
    broken.pillars[0].title.en = '';
    broken.countries[0].point = [200, 0];
    broken.mapEntries[0].countries = ['XXX'];
    const paths = validateDataset(broken).map((i) => i.path);
    assert.ok(
      paths.some((p) => p.startsWith('initiatives[1]') && p.endsWith('.id')),
      paths.join(),
    );
    assert.ok(paths.includes('pillars[0] 1.title.en'), paths.join());
    assert.ok(
      paths.some((p) => p.startsWith('countries[0]') && p.endsWith('.point')),
      paths.join(),
    );
    assert.ok(
      paths.some((p) => p.startsWith('mapEntries[0]') && p.endsWith('.countries[0]')),
      paths.join(),
    );
  });

  it('Japanese characters in English', () => {
    const broken = clone();
    broken.initiatives[0].title.en = 'Cables（ＡＩ）';
    assert.ok(validateDataset(broken).some((i) => i.path.endsWith('.title.en') && /Japanese/u.test(i.message)));
  });
});

describe('the bundled dataset in two modules', () => {
  it('core and texts merge back into the published dataset', async () => {
    const {splitText, withText} = await import('../../src/data/text-split.js');
    const {core, text} = splitText(dataset);
    assert.ok(core.initiatives.every((i) => i.text.ja === '' && i.text.en === ''));
    assert.deepEqual(withText(core, text), JSON.parse(JSON.stringify(dataset)));
  });
});
