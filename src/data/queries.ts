/**
 * Pure queries over a dataset. `DatasetIndex` is built once per dataset (the bundled one or a
 * partner's override) so every widget answers "which initiatives for the Philippines?" the same way.
 * No DOM, no lit: it runs in Node too.
 */
import type {
  Category,
  Country,
  Dataset,
  Initiative,
  Instrument,
  Locale,
  Localized,
  MapEntry,
  MapItem,
  Organisation,
  Pillar,
  PillarId,
  Region,
} from './types.js';

/** What a list or map can be narrowed to. Every field is optional; all given fields must match. */
export interface InitiativeFilter {
  readonly pillars?: readonly PillarId[];
  /** Alpha-3: initiatives that happen in or with the country, on the detail pages or on the map page. */
  readonly country?: string;
  /** Alpha-3 or organisation id. */
  readonly partner?: string;
  readonly instrument?: string;
  /** Free text, matched in both languages; full-width and half-width forms alike. */
  readonly query?: string;
}

/**
 * Folds text for search: NFKC turns full-width ＡＩ and ２０２６ into AI and 2026 and half-width
 * katakana into full-width; case and whitespace are ignored.
 */
export function normalizeForSearch(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/gu, ' ').trim();
}

/** A country, region or organisation: what has a name that sentences and pickers use. */
type Named = Pick<Country, 'name' | 'nameInSentence' | 'reading'>;

/**
 * A name as it stands inside a running sentence: "the Philippines", "the Republic of Korea" in
 * English (a label or a list item keeps `name.en`); Japanese names take no article.
 */
export function nameInSentence(named: Named, locale: Locale): string {
  return locale === 'en' ? (named.nameInSentence ?? named.name.en) : named.name.ja;
}

let japaneseOrder: Intl.Collator | undefined;
let englishOrder: Intl.Collator | undefined;

/**
 * Compares two names for a picker: English alphabetically, Japanese in 五十音順 by `reading` (a
 * collator alone puts every kanji name, 米国 and 豪州, after all katakana ones). Collators are made on
 * first use: pickers, not first draws, pay for them.
 */
export function compareNames(locale: Locale): (a: Named, b: Named) => number {
  if (locale === 'ja') {
    japaneseOrder ??= new Intl.Collator('ja');
    const key = (n: Named) => n.reading ?? n.name.ja;
    return (a, b) => japaneseOrder!.compare(key(a), key(b));
  }
  englishOrder ??= new Intl.Collator('en');
  return (a, b) => englishOrder!.compare(a.name.en, b.name.en);
}

/** The priority areas a map item spans: its `pillars` where it joins two, else its one `pillar`. */
export function itemPillars(item: MapItem): readonly PillarId[] {
  return item.pillars ?? [item.pillar];
}

/**
 * The countries a map item is placed in: those its label names, less those it prints as partners
 * (the US in its own box's （日米韓）, Australia in its box on Malaysia's rare earths). A country
 * that is a format's member is a partner of the item, not a place it reaches.
 */
export function itemPlaces(entry: MapEntry, item: MapItem): readonly string[] {
  return item.partners.length ? entry.countries.filter((c) => !item.partners.includes(c)) : entry.countries;
}

/** Deep-freezes a value so no widget can change data another widget shares. */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

function byKey<T, K>(items: readonly T[], key: (t: T) => K): ReadonlyMap<K, T> {
  return new Map(items.map((t) => [key(t), t]));
}

/** `lists`' entry for `key` as a set, kept in `sets`. */
function setOf(
  sets: Map<string, ReadonlySet<string>>,
  lists: ReadonlyMap<string, readonly string[]>,
  key: string,
): ReadonlySet<string> {
  let set = sets.get(key);
  if (!set) sets.set(key, (set = new Set(lists.get(key))));
  return set;
}

export class DatasetIndex {
  readonly pillars: ReadonlyMap<PillarId, Pillar>;
  readonly categories: ReadonlyMap<string, Category>;
  readonly initiatives: ReadonlyMap<string, Initiative>;
  readonly countries: ReadonlyMap<string, Country>;
  readonly regions: ReadonlyMap<string, Region>;
  readonly organisations: ReadonlyMap<string, Organisation>;
  readonly instruments: ReadonlyMap<string, Instrument>;
  /** Alpha-3 → ids of the initiatives that name it, in document order (detail pages and map page). */
  readonly initiativesByCountry: ReadonlyMap<string, readonly string[]>;
  /** Partner id → ids of the initiatives it works on with Japan (detail pages and map items). */
  readonly initiativesByPartner: ReadonlyMap<string, readonly string[]>;
  #haystacks = new Map<string, string>();
  /** Alpha-3 or partner id → the same ids as a set, made on first ask: `matches` tests membership per record. */
  #countrySets = new Map<string, ReadonlySet<string>>();
  #partnerSets = new Map<string, ReadonlySet<string>>();
  #byRegion?: ReadonlyMap<string, readonly string[]>;

  constructor(readonly data: Dataset) {
    this.pillars = byKey(data.pillars, (p) => p.id);
    this.categories = byKey(data.categories, (c) => c.id);
    this.initiatives = byKey(data.initiatives, (i) => i.id);
    this.countries = byKey(data.countries, (c) => c.iso3);
    this.regions = byKey(data.regions, (r) => r.id);
    this.organisations = byKey(data.organisations, (o) => o.id);
    this.instruments = byKey(data.instruments, (i) => i.id);

    // Where an initiative happens: the countries it names and those a map label places it in. A
    // country printed as a partner with a map item ((日米) in the US box) is that initiative's
    // partner, not a place it reaches: partners are not recipients. Built in document order in one
    // pass (no sort): a partner's 10,000 records spent ~50 ms sorting here.
    const push = (map: Map<string, string[]>, key: string, value: string) => {
      const list = map.get(key);
      if (list) list.push(value);
      else map.set(key, [value]);
    };
    // Keys in order of first mention, initiatives first, then map items, as `countriesWithInitiatives` promises.
    const byCountry = new Map<string, string[]>();
    const byPartner = new Map<string, string[]>();
    const key = (map: Map<string, string[]>, k: string) => map.has(k) || map.set(k, []);
    for (const i of data.initiatives) {
      for (const c of i.countries) key(byCountry, c);
      for (const p of i.partners) key(byPartner, p);
    }
    const placedBy = new Map<string, string[]>();
    const partneredBy = new Map<string, string[]>();
    for (const entry of data.mapEntries) {
      for (const item of entry.items) {
        if (!item.initiative) continue;
        for (const c of itemPlaces(entry, item)) {
          push(placedBy, item.initiative, c);
          key(byCountry, c);
        }
        for (const p of item.partners) {
          push(partneredBy, item.initiative, p);
          key(byPartner, p);
        }
      }
    }
    const add = (map: Map<string, string[]>, keys: Iterable<string>, id: string) => {
      for (const key of new Set(keys)) push(map, key, id);
    };
    const known = new Set<string>();
    for (const i of data.initiatives) {
      if (known.has(i.id)) continue;
      known.add(i.id);
      add(byCountry, [...i.countries, ...(placedBy.get(i.id) ?? [])], i.id);
      add(byPartner, [...i.partners, ...(partneredBy.get(i.id) ?? [])], i.id);
    }
    // A map item of an initiative the dataset lacks (invalid data) still counts, after the others.
    for (const [id, keys] of placedBy) if (!known.has(id)) add(byCountry, keys, id);
    for (const [id, keys] of partneredBy) if (!known.has(id)) add(byPartner, keys, id);
    this.initiativesByCountry = byCountry;
    this.initiativesByPartner = byPartner;
  }

  /**
   * Region id → ids of the initiatives whose `regions` include it, in document order: what covers
   * the region's members as a whole (src/data/coverage.ts), made once, on first ask.
   */
  get initiativesByRegion(): ReadonlyMap<string, readonly string[]> {
    if (!this.#byRegion) {
      const byRegion = new Map<string, string[]>(this.data.regions.map((r) => [r.id, []]));
      for (const i of this.data.initiatives) for (const r of new Set(i.regions)) byRegion.get(r)?.push(i.id);
      this.#byRegion = byRegion;
    }
    return this.#byRegion;
  }

  /** The ids of `initiativesByCountry.get(iso3)` as a set (made once): what a country has as its own. */
  countryInitiatives(iso3: string): ReadonlySet<string> {
    return setOf(this.#countrySets, this.initiativesByCountry, iso3);
  }

  /** The localized name of a partner id: a country or territory, or an organisation. */
  partnerName(id: string, locale: Locale): string {
    const named = this.countries.get(id) ?? this.organisations.get(id);
    return named ? named.name[locale] : id;
  }

  /** Map entries whose label names the country. */
  mapEntriesFor(iso3: string): MapEntry[] {
    return this.data.mapEntries.filter((e) => e.countries.includes(iso3));
  }

  /** Every partner id that occurs on an initiative or a linked map item, in first-seen order. */
  get partnerIds(): string[] {
    return [...this.initiativesByPartner.keys()];
  }

  /** Alpha-3 of every country that has at least one initiative, in document order of first mention. */
  get countriesWithInitiatives(): string[] {
    return [...this.initiativesByCountry.keys()];
  }

  matches(initiative: Initiative, filter: InitiativeFilter): boolean {
    const {pillars, country, partner, instrument, query} = filter;
    if (pillars?.length && !pillars.includes(initiative.pillar)) return false;
    if (country && !setOf(this.#countrySets, this.initiativesByCountry, country).has(initiative.id)) return false;
    if (partner && !setOf(this.#partnerSets, this.initiativesByPartner, partner).has(initiative.id)) return false;
    if (instrument && !initiative.instruments.includes(instrument)) return false;
    if (query) {
      const needle = normalizeForSearch(query);
      if (needle && !this.#haystack(initiative).includes(needle)) return false;
    }
    return true;
  }

  /** The initiatives that pass `filter`, in document order. */
  filter(filter: InitiativeFilter = {}): Initiative[] {
    return this.data.initiatives.filter((i) => this.matches(i, filter));
  }

  /** Everything a reader could search an initiative by, in both languages, folded once. */
  #haystack(initiative: Initiative): string {
    let hay = this.#haystacks.get(initiative.id);
    if (hay === undefined) {
      const texts: Localized[] = [initiative.title, initiative.text];
      const category = this.categories.get(initiative.category);
      if (category) texts.push(category.title);
      for (const c of initiative.countries) {
        const country = this.countries.get(c);
        if (country) texts.push(country.name);
      }
      hay = normalizeForSearch(texts.flatMap((t) => [t.ja, t.en]).join('\n'));
      this.#haystacks.set(initiative.id, hay);
    }
    return hay;
  }
}
