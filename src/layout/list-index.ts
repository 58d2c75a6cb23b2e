/**
 * The list's filter and grouping over precomputed indexes, built once per dataset (issue 19): a
 * partner's 10,000 records are narrowed by looking up the records of a priority area, a country, a
 * partner or an instrument, and by search text folded once per record, instead of asking
 * `DatasetIndex.matches` of every record (whose country and partner tests scan an array each).
 * It selects exactly what `DatasetIndex.filter` selects, in document order; grouping puts each
 * record in its (priority area, category) slot found once. Pure: tested in Node
 * (test/unit/list-index.test.ts).
 */
import {normalizeForSearch} from '../data/queries.js';
import type {DatasetIndex, InitiativeFilter} from '../data/queries.js';
import type {Initiative, Localized} from '../data/types.js';
import type {PillarGroup} from './list-view.js';

/** A record's slot: its priority area and category. */
interface Slot {
  readonly pillar: number;
  readonly category: string;
}

export class ListIndex {
  readonly #index: DatasetIndex;
  readonly #records: readonly Initiative[];
  /** Per key (`p:1`, `c:PHL`, `r:asean`, `i:oda`), the records' positions, in document order. */
  readonly #lists = new Map<string, readonly number[]>();
  /** Per key, whether each record is in it: made when first asked. */
  readonly #masks = new Map<string, Uint8Array>();
  /** The search text of each record, folded (`normalizeForSearch`): made when first searched. */
  #hay?: string[];
  /** The last search: the next one that extends its text looks only in what it found. */
  #last?: {readonly rest: string; readonly needle: string; readonly found: readonly number[]};

  constructor(index: DatasetIndex) {
    this.#index = index;
    this.#records = index.data.initiatives;
    const position = new Map(this.#records.map((r, n) => [r.id, n]));
    const add = (key: string, n: number) => {
      const list = this.#lists.get(key) as number[] | undefined;
      if (list) list.push(n);
      else this.#lists.set(key, [n]);
    };
    this.#records.forEach((r, n) => {
      add(`p:${r.pillar}`, n);
      for (const i of r.instruments) add(`i:${i}`, n);
    });
    // Countries and partners as the dataset index has them: map items count too. Already in document order.
    const from = (prefix: string, map: ReadonlyMap<string, readonly string[]>) => {
      for (const [key, ids] of map)
        this.#lists.set(
          prefix + key,
          ids.map((id) => position.get(id)!),
        );
    };
    from('c:', index.initiativesByCountry);
    from('r:', index.initiativesByPartner);
  }

  #mask(key: string): Uint8Array {
    let mask = this.#masks.get(key);
    if (!mask) {
      mask = new Uint8Array(this.#records.length);
      for (const n of this.#lists.get(key) ?? []) mask[n] = 1;
      this.#masks.set(key, mask);
    }
    return mask;
  }

  /** Texts folded so far, and the search texts of records made of the same texts (a partner's copies). */
  readonly #folded = new Map<string, string>();
  readonly #made = new WeakMap<Localized, WeakMap<Localized, Map<string, string>>>();

  #fold(text: string): string {
    let f = this.#folded.get(text);
    if (f === undefined) this.#folded.set(text, (f = normalizeForSearch(text)));
    return f;
  }

  /** A record's search text: as `DatasetIndex` folds it, each distinct text once. */
  #hayOf(r: Initiative): string {
    const {categories, countries} = this.#index;
    const texts: (Localized | undefined)[] = [r.title, r.text, categories.get(r.category)?.title];
    for (const c of r.countries) texts.push(countries.get(c)?.name);

    // Records that share their title and text objects (copies) and their category and countries share their search text.
    let byText = this.#made.get(r.title);
    if (!byText) this.#made.set(r.title, (byText = new WeakMap()));
    let byRest = byText.get(r.text);
    if (!byRest) byText.set(r.text, (byRest = new Map()));
    const rest = `${r.category}\u0000${r.countries.join(' ')}`;
    let hay = byRest.get(rest);
    if (hay === undefined) {
      // Folding the texts apart and joining them with a space gives what folding them joined by line breaks does.
      hay = texts
        .flatMap((t) => (t ? [this.#fold(t.ja), this.#fold(t.en)] : []))
        .filter((t) => t !== '')
        .join(' ');
      byRest.set(rest, hay);
    }
    return hay;
  }

  /**
   * Folds records' search texts while `more()` allows (an idle callback's time), so the first search
   * does not pay for them all; true once every record's is made.
   */
  prepareSearch(more: () => boolean): boolean {
    const hay = (this.#hay ??= []);
    while (hay.length < this.#records.length && more()) {
      for (const end = Math.min(this.#records.length, hay.length + 100); hay.length < end;) {
        hay.push(this.#hayOf(this.#records[hay.length]));
      }
    }
    return hay.length === this.#records.length;
  }

  /** The folded search text of every record: what is left to fold, folded now. */
  #haystacks(): string[] {
    this.prepareSearch(() => true);
    return this.#hay!;
  }

  /** Positions (document order) of the records that pass `filter`: as `DatasetIndex.filter` selects. */
  positions(filter: InitiativeFilter = {}): readonly number[] {
    const {pillars, country, partner, instrument, query} = filter;
    // Each given field: the records that have it; a record passes when it is in every one.
    const keys: string[][] = [];
    if (pillars?.length) keys.push(pillars.map((p) => `p:${p}`));
    if (country) keys.push([`c:${country}`]);
    if (partner) keys.push([`r:${partner}`]);
    if (instrument) keys.push([`i:${instrument}`]);
    let found = this.#narrow(keys);
    const needle = query ? normalizeForSearch(query) : '';
    if (!needle) return found;
    const rest = JSON.stringify(keys);
    const last = this.#last;
    // Typing on: "quan" → "quant" can only narrow what "quan" found.
    if (last && last.rest === rest && needle.includes(last.needle)) found = last.found;
    const hay = this.#haystacks();
    found = found.filter((n) => hay[n].includes(needle));
    this.#last = {rest, needle, found};
    return found;
  }

  /** The records in every one of `keys`' unions (a union: priority areas); all when none. */
  #narrow(keys: readonly string[][]): readonly number[] {
    if (!keys.length) return this.#records.map((_, n) => n);
    const union = (any: readonly string[]) =>
      any.length === 1
        ? (this.#lists.get(any[0]) ?? [])
        : any.flatMap((k) => this.#lists.get(k) ?? []).sort((a, b) => a - b);
    const lists = keys.map(union);
    // The shortest list, tested against the others' masks.
    const shortest = lists.reduce((a, b) => (b.length < a.length ? b : a));
    const masks = keys
      .filter((_, n) => lists[n] !== shortest)
      .map((any) => (any.length === 1 ? this.#mask(any[0]) : this.#unionMask(any)));
    return masks.length ? shortest.filter((n) => masks.every((m) => m[n] === 1)) : shortest;
  }

  #unionMask(keys: readonly string[]): Uint8Array {
    const mask = new Uint8Array(this.#records.length);
    for (const k of keys) for (const n of this.#lists.get(k) ?? []) mask[n] = 1;
    return mask;
  }

  /** The records that pass `filter`, in document order. */
  filter(filter: InitiativeFilter = {}): Initiative[] {
    return this.positions(filter).map((n) => this.#records[n]);
  }

  /**
   * `initiatives` (in document order) by priority area (the edition's order), then by category (the
   * edition's order; one it does not list last, in order of first record); as `groupInitiatives` does.
   */
  group(initiatives: readonly Initiative[]): PillarGroup[] {
    const {pillars, categories} = this.#index;
    const rank = new Map(this.#index.data.categories.map((c, n) => [c.id, n]));
    const slots = new Map<string, {slot: Slot; list: Initiative[]}>();
    for (const i of initiatives) {
      const key = `${i.pillar}\u0000${i.category}`;
      const found = slots.get(key);
      if (found) found.list.push(i);
      else slots.set(key, {slot: {pillar: i.pillar, category: i.category}, list: [i]});
    }
    const order = (c: string) => rank.get(c) ?? Infinity;
    return [...pillars.values()]
      .map((pillar) => ({
        pillar,
        categories: [...slots.values()]
          .filter((s) => s.slot.pillar === pillar.id)
          // Stable: categories the edition does not list stay in order of their first record.
          .sort((a, b) => order(a.slot.category) - order(b.slot.category))
          .map((s) => ({category: categories.get(s.slot.category), initiatives: s.list})),
      }))
      .filter((g) => g.categories.length > 0);
  }
}

const built = new WeakMap<DatasetIndex, ListIndex>();

/** The list's indexes over a dataset: built on first use, once per dataset. */
export function listIndex(index: DatasetIndex): ListIndex {
  let list = built.get(index);
  if (!list) built.set(index, (list = new ListIndex(index)));
  return list;
}
