/**
 * CSV views of the dataset for spreadsheets, shared by the build (`dist/data/*.csv`) and any widget
 * that offers a download. RFC 4180 with CRLF, UTF-8 with a byte-order mark so Excel opens Japanese correctly.
 */
import {itemPillars} from './queries.js';
import type {Dataset} from './types.js';

type Cell = string | number | boolean | null | readonly string[];

const BOM = '\uFEFF';

function cell(value: Cell): string {
  const text = value === null ? '' : Array.isArray(value) ? value.join(';') : String(value);
  return /[",\r\n]/u.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Serialises rows under a header line; every row must have a value for every column. */
export function toCsv<C extends string>(columns: readonly C[], rows: readonly Record<C, Cell>[]): string {
  const lines = [columns.join(','), ...rows.map((row) => columns.map((c) => cell(row[c])).join(','))];
  return BOM + lines.join('\r\n') + '\r\n';
}

const INITIATIVE_COLUMNS = [
  'id',
  'pillar',
  'category',
  'title_ja',
  'title_en',
  'text_ja',
  'text_en',
  'countries',
  'regions',
  'partners',
  'implementers',
  'instruments',
  'source_page',
  'source_lines',
] as const;

export function initiativesCsv(data: Dataset): string {
  return toCsv(
    INITIATIVE_COLUMNS,
    data.initiatives.map((i) => ({
      id: i.id,
      pillar: i.pillar,
      category: i.category,
      title_ja: i.title.ja,
      title_en: i.title.en,
      text_ja: i.text.ja,
      text_en: i.text.en,
      countries: i.countries,
      regions: i.regions,
      partners: i.partners,
      implementers: i.implementers ?? [],
      instruments: i.instruments,
      source_page: i.source?.page ?? null,
      source_lines: i.source?.lines.join('-') ?? null,
    })),
  );
}

const MAP_ITEM_COLUMNS = [
  'entry_id',
  'entry_kind',
  'label_ja',
  'label_en',
  'countries',
  'regions',
  'item',
  'text_ja',
  'text_en',
  'pillar',
  'pillars',
  'pillar_inferred',
  'initiative',
  'category',
  'category_inferred',
  'partners',
  'source_page',
  'source_lines',
] as const;

export function mapItemsCsv(data: Dataset): string {
  return toCsv(
    MAP_ITEM_COLUMNS,
    data.mapEntries.flatMap((e) =>
      e.items.map((item, n) => ({
        entry_id: e.id,
        entry_kind: e.kind,
        label_ja: e.label.ja,
        label_en: e.label.en,
        countries: e.countries,
        regions: e.regions,
        item: n + 1,
        text_ja: item.text.ja,
        text_en: item.text.en,
        pillar: item.pillar,
        // Every area, "1;2" for an item that spans two; one column added, `pillar` kept for old readers.
        pillars: itemPillars(item).map(String),
        pillar_inferred: item.pillarInferred,
        initiative: item.initiative,
        category: item.category ?? null,
        category_inferred: item.categoryInferred ?? null,
        partners: item.partners,
        source_page: e.source?.page ?? null,
        source_lines: e.source?.lines.join('-') ?? null,
      })),
    ),
  );
}

const COUNTRY_COLUMNS = ['iso3', 'iso_numeric', 'kind', 'name_ja', 'name_en', 'lon', 'lat', 'region', 'named'] as const;

export function countriesCsv(data: Dataset): string {
  return toCsv(
    COUNTRY_COLUMNS,
    data.countries.map((c) => ({
      iso3: c.iso3,
      iso_numeric: c.isoNumeric,
      kind: c.kind,
      name_ja: c.name.ja,
      name_en: c.name.en,
      lon: c.point[0],
      lat: c.point[1],
      region: c.region,
      named: c.named,
    })),
  );
}
