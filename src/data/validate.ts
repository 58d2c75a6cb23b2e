/**
 * Validation of a dataset in the published shape. One piece of code serves the build
 * (`scripts/build-data.ts`), `npm test` and the `data` property of every element, so a partner's
 * own edition is held to the same rules as ours. Pure: no DOM, no lit.
 */
import {GEO_REGIONS, PILLAR_IDS} from './types.js';
import type {Dataset} from './types.js';
import {Checker, isObject} from './validate-checker.js';
import type {Json} from './validate-checker.js';

export interface ValidationIssue {
  /** Where: `initiatives[3] "pacific-submarine-cables".category`. */
  readonly path: string;
  readonly message: string;
}

export class DatasetError extends Error {
  constructor(readonly issues: readonly ValidationIssue[]) {
    super(
      `Invalid FOIP dataset (${issues.length} problem${issues.length === 1 ? '' : 's'}):\n` +
        issues.map((i) => `  ${i.path}: ${i.message}`).join('\n'),
    );
    this.name = 'DatasetError';
  }
}

const ISO3 = /^[A-Z]{3}$/;
const ISO_NUMERIC = /^\d{3}$/;
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const SHA256 = /^[0-9a-f]{64}$/;

function describe(collection: string, index: number, record: unknown, key: string): string {
  const id = isObject(record) ? record[key] : undefined;
  return `${collection}[${index}]${id === undefined ? '' : ` ${JSON.stringify(id)}`}`;
}

/**
 * Checks every rule of the published shape and returns the issues found (empty when valid):
 * unique ids, every reference resolves, every text has `ja` and `en`, points are coordinates.
 * Provenance is checked where given: a partner's records need cite no document, and its edition
 * need name no publisher, file or hash (the build requires them of the bundled edition: `citesDocument`).
 */
export function validateDataset(input: unknown): ValidationIssue[] {
  if (!isObject(input)) return [{path: '(dataset)', message: 'must be an object'}];
  const issues: ValidationIssue[] = [];

  const arrays = [
    'concepts',
    'features',
    'principles',
    'pillars',
    'categories',
    'initiatives',
    'countries',
    'regions',
    'organisations',
    'instruments',
    'mapEntries',
  ] as const;
  for (const name of arrays) {
    if (!Array.isArray(input[name])) issues.push({path: name, message: 'must be an array'});
  }
  if (issues.length) return issues;
  const list = (name: (typeof arrays)[number]) => input[name] as unknown[];

  /** Runs `check` on every record, reports duplicate keys, returns the set of keys. */
  function each<K extends string | number>(
    name: (typeof arrays)[number],
    key: string,
    check: (c: Checker, r: Json, i: number) => void,
  ): Set<K> {
    const seen = new Set<K>();
    list(name).forEach((record, i) => {
      const c = new Checker(() => describe(name, i, record, key));
      if (!isObject(record)) {
        c.fail('', 'must be an object');
      } else {
        const k = record[key] as K;
        if (seen.has(k)) c.fail(key, `duplicate ${key} ${JSON.stringify(k)}`);
        seen.add(k);
        check(c, record, i);
      }
      issues.push(...c.issues);
    });
    return seen;
  }

  const edition = input.edition;
  const e = new Checker('edition');
  if (!isObject(edition)) {
    e.fail('', 'must be an object');
  } else {
    e.string(edition, 'id', ID);
    e.string(edition, 'date', DATE);
    if (!Number.isInteger(edition.schemaVersion)) e.fail('schemaVersion', 'must be an integer');
    // Only the title is needed to name a source: a partner's data may leave out what a document has.
    if (edition.checksum !== undefined) e.string(edition, 'checksum', SHA256);
    const s = edition.source;
    if (!isObject(s)) {
      e.fail('source', 'must be an object');
    } else {
      const c = new Checker('edition.source');
      c.localized(s, 'title');
      if (s.subtitle !== undefined) c.localized(s, 'subtitle');
      if (s.publisher !== undefined) c.localized(s, 'publisher');
      if (s.published != null && !(typeof s.published === 'string' && DATE.test(s.published))) {
        c.fail('published', 'must be an ISO date or null');
      }
      if (s.file !== undefined) c.string(s, 'file');
      if (s.sha256 !== undefined) c.string(s, 'sha256', SHA256);
      e.issues.push(...c.issues);
    }
  }
  const top = new Checker('(dataset)');
  top.localized(input, 'title');
  top.localized(input, 'subtitle');
  issues.push(...e.issues, ...top.issues);

  const statement = (c: Checker, r: Json) => {
    c.string(r, 'id', ID);
    c.localized(r, 'text');
    c.source(r);
  };
  each('concepts', 'id', statement);
  each('features', 'id', statement);
  each('principles', 'id', (c, r) => {
    c.string(r, 'id', ID);
    c.localized(r, 'label');
    c.source(r);
  });

  const pillars = each<number>('pillars', 'id', (c, r) => {
    c.pillar(r, 'id');
    c.string(r, 'glyph');
    c.localized(r, 'title');
    c.localized(r, 'summary');
    c.source(r);
  });
  for (const id of PILLAR_IDS) {
    if (!pillars.has(id)) issues.push({path: 'pillars', message: `pillar ${id} is missing`});
  }

  const categories = each<string>('categories', 'id', (c, r) => {
    c.string(r, 'id', ID);
    c.ref(r, 'pillar', pillars, 'pillar');
    c.localized(r, 'title');
    c.source(r);
  });

  const countries = each<string>('countries', 'iso3', (c, r) => {
    c.string(r, 'iso3', ISO3);
    c.string(r, 'isoNumeric', ISO_NUMERIC);
    if (r.kind !== 'country' && r.kind !== 'territory') c.fail('kind', 'must be "country" or "territory"');
    c.localized(r, 'name');
    c.nameForms(r);
    const p = r.point;
    if (
      !Array.isArray(p) ||
      p.length !== 2 ||
      typeof p[0] !== 'number' ||
      typeof p[1] !== 'number' ||
      Math.abs(p[0]) > 180 ||
      Math.abs(p[1]) > 90
    ) {
      c.fail('point', `${JSON.stringify(p)} is not [longitude (-180…180), latitude (-90…90)]`);
    }
    if (!(GEO_REGIONS as readonly unknown[]).includes(r.region)) {
      c.fail('region', `${JSON.stringify(r.region)} is not one of ${GEO_REGIONS.join(', ')}`);
    }
    c.boolean(r, 'named');
    if (
      r.writtenAs !== undefined &&
      !(Array.isArray(r.writtenAs) && r.writtenAs.every((w) => typeof w === 'string' && w))
    ) {
      c.fail('writtenAs', 'must be an array of non-empty strings');
    }
    if (r.formatMark !== undefined && !(typeof r.formatMark === 'string' && /^\p{sc=Han}$/u.test(r.formatMark))) {
      c.fail('formatMark', 'must be one kanji');
    }
    c.source(r, 'ally');
  });
  const numeric = new Map<unknown, string>();
  list('countries').forEach((r, i) => {
    if (!isObject(r)) return;
    const other = numeric.get(r.isoNumeric);
    if (other) issues.push({path: `${describe('countries', i, r, 'iso3')}.isoNumeric`, message: `same as ${other}`});
    numeric.set(r.isoNumeric, String(r.iso3));
  });

  const regions = each<string>('regions', 'id', (c, r) => {
    c.string(r, 'id', ID);
    c.localized(r, 'name');
    c.nameForms(r);
    c.refs(r, 'members', countries, 'country');
    c.localized(r, 'membership');
  });
  const organisations = each<string>('organisations', 'id', (c, r) => {
    c.string(r, 'id', ID);
    if (!['international', 'government', 'research', 'company'].includes(r.kind as string)) {
      c.fail('kind', `${JSON.stringify(r.kind)} is not international, government, research or company`);
    }
    if (r.country !== undefined) c.ref(r, 'country', countries, 'country');
    c.localized(r, 'name');
    c.nameForms(r);
  });
  /** Japanese bodies: Japan's side of an initiative, its implementers, never its partners. */
  const japanese = new Set(
    list('organisations')
      .filter((r) => isObject(r) && r.country === 'JPN')
      .map((r) => (r as Json).id as string),
  );
  const instruments = each<string>('instruments', 'id', (c, r) => {
    c.string(r, 'id', ID);
    c.localized(r, 'name');
  });
  const partners = new Set<string>([...countries, ...organisations]);

  const categoryPillar = new Map(
    list('categories')
      .filter(isObject)
      .map((r) => [r.id, r.pillar]),
  );
  const initiatives = each<string>('initiatives', 'id', (c, r) => {
    c.string(r, 'id', ID);
    c.ref(r, 'pillar', pillars, 'pillar');
    c.ref(r, 'category', categories, 'category');
    if (categories.has(r.category as string) && categoryPillar.get(r.category) !== r.pillar) {
      c.fail(
        'pillar',
        `is ${r.pillar} but category "${r.category}" belongs to pillar ${categoryPillar.get(r.category)}`,
      );
    }
    c.localized(r, 'title');
    c.localized(r, 'text');
    c.refs(r, 'countries', countries, 'country');
    c.notHome(r, 'countries');
    c.refs(r, 'regions', regions, 'region');
    c.refs(r, 'partners', partners, 'partner (country or organisation)');
    c.notJapanese(r, 'partners', japanese);
    if (r.implementers !== undefined) {
      c.refs(r, 'implementers', organisations, 'organisation');
      if (Array.isArray(r.implementers)) {
        for (const id of r.implementers)
          if (!japanese.has(id)) c.fail('implementers', `"${String(id)}" is not a Japanese organisation`);
      }
    }
    c.refs(r, 'instruments', instruments, 'instrument');
    c.source(r);
  });
  const initiativePillar = new Map(
    list('initiatives')
      .filter(isObject)
      .map((r) => [r.id, r.pillar]),
  );

  each('mapEntries', 'id', (c, r, n) => {
    c.string(r, 'id', ID);
    if (!['country', 'group', 'region'].includes(r.kind as string)) {
      c.fail('kind', `${JSON.stringify(r.kind)} is not country, group or region`);
    }
    c.localized(r, 'label');
    c.boolean(r, 'labelInferred');
    c.refs(r, 'countries', countries, 'country');
    c.notHome(r, 'countries');
    c.refs(r, 'regions', regions, 'region');
    c.refs(r, 'partners', partners, 'partner (country or organisation)');
    c.source(r);
    if (!Array.isArray(r.items) || r.items.length === 0) return c.fail('items', 'must be a non-empty array');
    r.items.forEach((item: unknown, i: number) => {
      if (!isObject(item)) return c.fail(`items[${i}]`, 'must be an object');
      const at = `items[${i}]`;
      const ic = new Checker(() => `${describe('mapEntries', n, r, 'id')}.${at}`);
      ic.localized(item, 'text');
      ic.pillar(item, 'pillar');
      ic.itemPillars(item);
      ic.boolean(item, 'pillarInferred');
      if (item.initiative !== null) ic.ref(item, 'initiative', initiatives, 'initiative');
      // An item illustrates an initiative of its own priority area, or none.
      const linked = initiativePillar.get(item.initiative);
      if (linked !== undefined && linked !== item.pillar) {
        ic.fail('initiative', `"${String(item.initiative)}" is in priority area ${linked}, the item in ${item.pillar}`);
      }
      if (item.category !== undefined) {
        ic.ref(item, 'category', categories, 'category');
        if (categoryPillar.has(item.category) && categoryPillar.get(item.category) !== item.pillar) {
          ic.fail('category', `"${String(item.category)}" is not in priority area ${item.pillar}`);
        }
        ic.boolean(item, 'categoryInferred');
      }
      ic.refs(item, 'partners', partners, 'partner (country or organisation)');
      ic.notJapanese(item, 'partners', japanese);
      c.issues.push(...ic.issues);
    });
    // The entry's partners are those its items print, no other.
    const printed = new Set(
      r.items.flatMap((item: unknown) => (isObject(item) && Array.isArray(item.partners) ? item.partners : [])),
    );
    if (Array.isArray(r.partners)) {
      for (const p of r.partners)
        if (!printed.has(p)) c.fail('partners', `${JSON.stringify(p)} is named by none of its items`);
    }
  });

  return issues;
}

/** Throws a `DatasetError` listing every problem, or returns the input typed as a dataset. */
export function assertDataset(input: unknown): Dataset {
  const issues = validateDataset(input);
  if (issues.length) throw new DatasetError(issues);
  return input as Dataset;
}
