/**
 * The published shape of the FOIP dataset (`foip-widgets/data/foip.json`).
 *
 * Partner organisations and other tools rely on these names: fields may be added,
 * none may be renamed or removed without a new `edition.schemaVersion`.
 * Pure types: no DOM, no lit.
 */

export const LOCALES = ['ja', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

/** A text in both languages. Japanese is the document's own wording; English a translation. */
export interface Localized {
  readonly ja: string;
  readonly en: string;
}

export const PILLAR_IDS = [1, 2, 3] as const;
export type PillarId = (typeof PILLAR_IDS)[number];

/**
 * Where a record comes from in its edition's source (`edition.source`): for the bundled edition, the
 * document's text (`data/source/`). `page` counts the deck's pages as the text marks them (see
 * data/README.md); `lines` is the inclusive 1-based line range in the source text; `section` the
 * heading it sits under, as printed.
 */
export interface SourceRef {
  readonly page: number;
  readonly lines: readonly [number, number];
  readonly section: string;
}

/**
 * What the dataset was made from, as the widgets name it in their source line. Only `title` is
 * required: a partner's own records need not come from a document (no file, no publisher, no date).
 * The bundled edition has every field (`DocumentEdition`).
 */
export interface EditionSource {
  readonly title: Localized;
  readonly subtitle?: Localized;
  /** Who published the source; without it the source line names none. */
  readonly publisher?: Localized;
  /** Publication date of the source if it states one, else null or absent (the document does not). */
  readonly published?: string | null;
  /** File name of the source text and its SHA-256, so a reviewer can tell which text was used. */
  readonly file?: string;
  readonly sha256?: string;
}

export interface Edition {
  /** Stable id of this edition of the dataset, e.g. `2025-foip-evolved`. */
  readonly id: string;
  /** ISO date (YYYY-MM-DD) this edition of the dataset was made from the source. */
  readonly date: string;
  readonly schemaVersion: number;
  readonly source: EditionSource;
  /** SHA-256 of the dataset content (everything but this field), written by the build; a partner's data may leave it out. */
  readonly checksum?: string;
}

/** A bullet of the basic concepts or of the features of the evolved vision. */
export interface Statement {
  readonly id: string;
  readonly text: Localized;
  /** Where it stands in the edition's source; absent for a record that cites none (a partner's own). */
  readonly source?: SourceRef;
}

/** One of the five principles of the international order the document names. */
export interface Principle {
  readonly id: string;
  readonly label: Localized;
  /** Where it stands in the edition's source; absent for a record that cites none (a partner's own). */
  readonly source?: SourceRef;
}

export interface Pillar {
  readonly id: PillarId;
  /** The circled number as printed: ①, ② or ③. */
  readonly glyph: string;
  readonly title: Localized;
  readonly summary: Localized;
  /** Where it stands in the edition's source; absent for a record that cites none (a partner's own). */
  readonly source?: SourceRef;
}

export interface Category {
  readonly id: string;
  readonly pillar: PillarId;
  readonly title: Localized;
  /** Where it stands in the edition's source; absent for a record that cites none (a partner's own). */
  readonly source?: SourceRef;
}

export interface Initiative {
  readonly id: string;
  readonly pillar: PillarId;
  readonly category: string;
  /** Short title for cards and tooltips; says nothing the text does not. */
  readonly title: Localized;
  readonly text: Localized;
  /** ISO 3166-1 alpha-3 of the countries where or for which it happens. */
  readonly countries: readonly string[];
  /** Ids of `regions` it covers as a whole (ASEAN, Pacific Island countries, …). */
  readonly regions: readonly string[];
  /** Alpha-3 of countries and territories named as working with Japan, or ids of `organisations`; never a Japanese body. */
  readonly partners: readonly string[];
  /** Ids of the Japanese `organisations` that carry it out (産総研, ラピダス): Japan's side, not partners. */
  readonly implementers?: readonly string[];
  /** Ids of `instruments`. */
  readonly instruments: readonly string[];
  /** Where it stands in the edition's source; absent for a record that cites none (a partner's own). */
  readonly source?: SourceRef;
}

/** Japan: the actor of every initiative, drawn as home, never a country an initiative is for. */
export const HOME = 'JPN';

export type CountryKind = 'country' | 'territory';

export interface Country {
  /** ISO 3166-1 alpha-3 (Taiwan: `TWN`). */
  readonly iso3: string;
  /** ISO 3166-1 numeric, three digits, as the ids of Natural Earth / world-atlas. */
  readonly isoNumeric: string;
  readonly kind: CountryKind;
  /** Japanese as the Ministry of Foreign Affairs writes it; English as the government concerned does. */
  readonly name: Localized;
  /** English name as it stands inside a sentence, where that differs from `name.en`: "the Philippines". */
  readonly nameInSentence?: string;
  /** Reading of `name.ja` in hiragana, where it is not kana already (米国: べいこく): Japanese lists sort by it (五十音順). */
  readonly reading?: string;
  /** A representative point [longitude, latitude] for markers and labels. */
  readonly point: readonly [number, number];
  /** Geographic region id, one of `GEO_REGIONS`. */
  readonly region: GeoRegion;
  /** False for countries that are not named in the document but listed as members of a region it names. */
  readonly named: boolean;
  /** Other forms the document prints the name in, where not `name.ja`: ミクロネシア, ＮＺ. */
  readonly writtenAs?: readonly string[];
  /** The one kanji that stands for the country in a format's name: 米 in （日米豪印）. */
  readonly formatMark?: string;
  /** Where the document calls the country Japan's ally (同盟国: 「同盟国である米国」), the lines that say so. */
  readonly ally?: SourceRef;
}

export const GEO_REGIONS = [
  'east-asia',
  'southeast-asia',
  'south-asia',
  'oceania',
  'africa',
  'europe',
  'north-america',
  'south-america',
] as const;
export type GeoRegion = (typeof GEO_REGIONS)[number];

/** A region the document speaks of as a whole (ASEAN, Pacific Island countries, Africa, Europe). */
export interface Region {
  readonly id: string;
  readonly name: Localized;
  /** As on `Country`: the English name inside a sentence, where it differs. */
  readonly nameInSentence?: string;
  /** As on `Country`: the reading of `name.ja` where it is not kana. */
  readonly reading?: string;
  /** Alpha-3 of its members as the dataset knows them. */
  readonly members: readonly string[];
  /** Why these members: the membership rule, in both languages. */
  readonly membership: Localized;
}

export type OrganisationKind = 'international' | 'government' | 'research' | 'company';

export interface Organisation {
  readonly id: string;
  readonly kind: OrganisationKind;
  /** Alpha-3 of the country it belongs to, where one: `JPN` makes it a Japanese implementer, never a partner. */
  readonly country?: string;
  readonly name: Localized;
  /** As on `Country`: the English name inside a sentence, where it differs ("the World Bank"). */
  readonly nameInSentence?: string;
  /** As on `Country`: the reading of `name.ja` where it is not kana. */
  readonly reading?: string;
}

export interface Instrument {
  readonly id: string;
  readonly name: Localized;
}

export interface MapItem {
  readonly text: Localized;
  readonly pillar: PillarId;
  /**
   * Every priority area an item spans, where its label joins subjects of two (Singapore's ammonia
   * bunkering, ②, with floating LNG, ①), in the order the label names them; `pillar` is one of them,
   * that of its initiative. Absent for the usual item of one area: read it with `itemPillars()`.
   */
  readonly pillars?: readonly PillarId[];
  /** True when the document does not state the pillar and it was decided by matching the item to the detail pages. */
  readonly pillarInferred: boolean;
  /** The initiative this item illustrates, where the document makes that link (same subject and places), or null. */
  readonly initiative: string | null;
  /**
   * The category of an item that illustrates no initiative, where one is given: its priority area's
   * category of the same subject, always inferred (`categoryInferred`), as the map prints none.
   */
  readonly category?: string;
  readonly categoryInferred?: boolean;
  /** Partners printed with the item, e.g. （日米豪印） → USA, AUS, IND. */
  readonly partners: readonly string[];
}

export type MapEntryKind = 'country' | 'group' | 'region';

/** A place label of the document's world map, with the items printed under it. */
export interface MapEntry {
  readonly id: string;
  readonly kind: MapEntryKind;
  readonly label: Localized;
  /** True when the map prints no separate label and `label` was taken from the item text. */
  readonly labelInferred: boolean;
  readonly countries: readonly string[];
  readonly regions: readonly string[];
  readonly partners: readonly string[];
  readonly items: readonly MapItem[];
  /** Where it stands in the edition's source; absent for a record that cites none (a partner's own). */
  readonly source?: SourceRef;
}

export interface GlossaryEntry {
  readonly ja: string;
  readonly en: string;
  /** Other accepted English forms (plural, adjective) when the sentence needs them. */
  readonly variants: readonly string[];
  readonly note: string;
}

export interface Dataset {
  readonly edition: Edition;
  readonly title: Localized;
  readonly subtitle: Localized;
  readonly concepts: readonly Statement[];
  readonly features: readonly Statement[];
  readonly principles: readonly Principle[];
  readonly pillars: readonly Pillar[];
  readonly categories: readonly Category[];
  readonly initiatives: readonly Initiative[];
  readonly countries: readonly Country[];
  readonly regions: readonly Region[];
  readonly organisations: readonly Organisation[];
  readonly instruments: readonly Instrument[];
  readonly mapEntries: readonly MapEntry[];
}

/** The bundled edition's source: every field given. */
export interface DocumentEdition extends Edition {
  readonly source: Required<EditionSource>;
  readonly checksum: string;
}

/** A record of the bundled edition: it cites the document. */
export type Cited<T extends {readonly source?: SourceRef}> = T & {readonly source: SourceRef};

/**
 * The bundled edition, made from the document: every record cites it and the edition names its file,
 * hash and publisher (the build checks it: `citesDocument` in `validate-source.ts`).
 * A `data` override need only be a `Dataset`.
 */
export interface DocumentDataset extends Dataset {
  readonly edition: DocumentEdition;
  readonly concepts: readonly Cited<Statement>[];
  readonly features: readonly Cited<Statement>[];
  readonly principles: readonly Cited<Principle>[];
  readonly pillars: readonly Cited<Pillar>[];
  readonly categories: readonly Cited<Category>[];
  readonly initiatives: readonly Cited<Initiative>[];
  readonly mapEntries: readonly Cited<MapEntry>[];
}
