/**
 * Who Japan works with, on what: the partners the dataset records (countries, territories and
 * organisations, never a Japanese implementer) and the formats that join them with Japan. A format
 * is the set of partners one record names together (an initiative with its map items, or a map item
 * of its own): （日米豪印） is one format of three partners, not three pairs. Two records that name the
 * same set share a format. Pure: no DOM, no lit, no words (src/components/partners/ puts it into words).
 */
import type {MapItemRef} from './coverage.js';
import {itemPillars} from './queries.js';
import type {DatasetIndex} from './queries.js';
import type {Localized, PillarId} from './types.js';

/** A partner as the dataset records it: a country or a territory, or an organisation. */
export type PartnerKind = 'country' | 'territory' | 'organisation';

export interface Format {
  /** Its partners' ids joined by `+`, in the order of `Partnerships.partners`: stable for the same data. */
  readonly id: string;
  /** Ids of its partners (Japan is in every format and not listed), in the order of `Partnerships.partners`. */
  readonly partners: readonly string[];
  /** The name the document prints with it, （日米豪印） / (Japan-U.S.-Australia-India), where it prints one. */
  readonly name?: Localized;
  /** Ids of the initiatives that name exactly these partners, in document order. */
  readonly initiatives: readonly string[];
  /** Map items that print exactly these partners and illustrate none of `initiatives`, in map order. */
  readonly items: readonly MapItemRef[];
  /** The priority areas of its initiatives and items, in order. */
  readonly pillars: readonly PillarId[];
}

export interface Partner {
  readonly id: string;
  readonly kind: PartnerKind;
  /** Ids of the formats it is in, in the order of `Partnerships.formats`. */
  readonly formats: readonly string[];
  /** Ids of the initiatives that name it as a partner, in document order. */
  readonly initiatives: readonly string[];
  /** Map items that print it as a partner and illustrate none of `initiatives`, in map order. */
  readonly items: readonly MapItemRef[];
}

export interface Partnerships {
  /** Countries and territories first, then organisations; each by the number of formats, then of records, then first mention. */
  readonly partners: readonly Partner[];
  /** Ordered so each partner's formats sit together, from the first partner's down (a staircase). */
  readonly formats: readonly Format[];
  /** Ids of the Japanese organisations that carry out initiatives: Japan's side, never partners. */
  readonly implementers: readonly string[];
}

/** A format printed at the start of a map item: （日米豪比） in Japanese, (Japan-U.S.-…) in English. */
const PRINTED = /^[（(][^）)]+[）)]/u;

/** The number of records (initiatives and map items) behind a partner or a format. */
export const recordCount = (r: Partner | Format): number => r.initiatives.length + r.items.length;

/** A partner's records, counted once each: the unit of "named in only one item". */
export const namedOnce = (partner: Partner): boolean => recordCount(partner) === 1;

interface Draft {
  partners: string[];
  initiatives: string[];
  items: MapItemRef[];
  name?: Localized;
}

/**
 * The partnerships of a dataset, derived from its initiatives' and map items' `partners`; with
 * `pillar`, only those of initiatives and map items in that priority area.
 */
export function partnerships(index: DatasetIndex, pillar?: PillarId): Partnerships {
  const {data} = index;
  const inArea = (pillars: readonly PillarId[]) => pillar === undefined || pillars.includes(pillar);
  // An initiative's partners: its own and those its map items print (as DatasetIndex counts them).
  const withItems = new Map<string, Set<string>>();
  for (const i of data.initiatives) withItems.set(i.id, new Set(i.partners));
  for (const entry of data.mapEntries)
    for (const item of entry.items) {
      if (item.initiative) for (const p of item.partners) withItems.get(item.initiative)?.add(p);
    }

  const drafts = new Map<string, Draft>();
  const draft = (set: Iterable<string>): Draft => {
    const partners = [...new Set(set)];
    const key = [...partners].sort().join('+');
    let d = drafts.get(key);
    if (!d) drafts.set(key, (d = {partners, initiatives: [], items: []}));
    return d;
  };
  for (const i of data.initiatives) {
    const set = withItems.get(i.id)!;
    if (set.size && inArea([i.pillar])) draft(set).initiatives.push(i.id);
  }
  for (const entry of data.mapEntries)
    for (const item of entry.items) {
      if (!item.partners.length || !inArea(itemPillars(item))) continue;
      const d = draft(item.partners);
      const ja = PRINTED.exec(item.text.ja)?.[0];
      const en = PRINTED.exec(item.text.en)?.[0];
      if (ja && en) d.name ??= {ja, en};
      // An item of an initiative in the same format is that initiative on the map: not a second record.
      if (!(item.initiative && d.initiatives.includes(item.initiative))) d.items.push({entry, item});
    }

  // Partners in order of first mention, then sorted: countries before organisations, the busiest first.
  const mentioned = [...new Set([...drafts.values()].flatMap((d) => d.partners))];
  const kindOf = (id: string): PartnerKind => {
    const country = index.countries.get(id);
    return country ? country.kind : 'organisation';
  };
  const formatsOf = (id: string) => [...drafts.values()].filter((d) => d.partners.includes(id));
  const recordsOf = (id: string) => formatsOf(id).reduce((n, d) => n + d.initiatives.length + d.items.length, 0);
  const order = mentioned
    .map((id, first) => ({
      id,
      first,
      org: kindOf(id) === 'organisation',
      formats: formatsOf(id).length,
      records: recordsOf(id),
    }))
    .sort((a, b) => +a.org - +b.org || b.formats - a.formats || b.records - a.records || a.first - b.first)
    .map((p) => p.id);
  const rank = new Map(order.map((id, i) => [id, i]));

  // Formats as a staircase: by their partners' ranks, compared in turn (a subset before its supersets).
  const ranks = (d: Draft) => d.partners.map((p) => rank.get(p)!).sort((a, b) => a - b);
  const byStair = (a: number[], b: number[]) => {
    for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i] - b[i];
    return a.length - b.length;
  };
  const formats = [...drafts.values()]
    .map((d) => ({d, r: ranks(d)}))
    .sort((a, b) => byStair(a.r, b.r))
    .map(({d, r}): Format => {
      const pillars = new Set<PillarId>();
      for (const id of d.initiatives) pillars.add(index.initiatives.get(id)!.pillar);
      for (const {item} of d.items) for (const p of itemPillars(item)) pillars.add(p);
      const partners = r.map((i) => order[i]);
      return {
        id: partners.join('+'),
        partners,
        ...(d.name ? {name: d.name} : {}),
        initiatives: d.initiatives,
        items: d.items,
        pillars: [...pillars].sort((a, b) => a - b),
      };
    });

  const partners = order.map((id): Partner => {
    const own = formats.filter((f) => f.partners.includes(id));
    const initiatives = new Set(own.flatMap((f) => f.initiatives));
    return {
      id,
      kind: kindOf(id),
      formats: own.map((f) => f.id),
      initiatives: data.initiatives.filter((i) => initiatives.has(i.id)).map((i) => i.id),
      items: own.flatMap((f) => f.items).sort((a, b) => itemOrder(index, a) - itemOrder(index, b)),
    };
  });

  const implementers = [
    ...new Set(data.initiatives.filter((i) => inArea([i.pillar])).flatMap((i) => i.implementers ?? [])),
  ].filter((id) => !rank.has(id));
  return {partners, formats, implementers};
}

/** A map item's place in map order, for lists merged from several formats. */
function itemOrder(index: DatasetIndex, {entry, item}: MapItemRef): number {
  const e = index.data.mapEntries.indexOf(entry);
  return e * 1000 + entry.items.indexOf(item);
}
