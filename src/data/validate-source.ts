/**
 * Checks the bundled edition against the document: it cites the document throughout
 * (`citesDocument`), and a record names no country that its cited lines do not print. The build
 * runs it (it needs the text, which the browser never loads); the record checks that need no text,
 * which a partner's data passes too, are in `validate.ts`. Pure: no DOM, no file system.
 */
import type {Country, Dataset, DocumentDataset, SourceRef} from './types.js';
import type {ValidationIssue} from './validate.js';

/**
 * What a partner's data may leave out and the bundled edition may not (`DocumentDataset`): every
 * record's `source`, and the edition's subtitle, publisher, publication date (`null`: the document
 * states none), file, hash and checksum. Run after `validateDataset`, which checks their form.
 */
export function citesDocument(data: Dataset): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const {edition} = data;
  if (edition.checksum === undefined) issues.push({path: 'edition.checksum', message: 'is needed'});
  for (const field of ['subtitle', 'publisher', 'published', 'file', 'sha256'] as const) {
    if (edition.source[field] === undefined) {
      issues.push({path: `edition.source.${field}`, message: 'is needed: the bundled edition names the document'});
    }
  }
  const kinds = ['concepts', 'features', 'principles', 'pillars', 'categories', 'initiatives', 'mapEntries'] as const;
  for (const kind of kinds) {
    data[kind].forEach((record, i) => {
      if (!record.source) {
        issues.push({
          path: `${kind}[${i}] ${JSON.stringify(record.id)}.source`,
          message: 'is needed: the bundled edition cites the document',
        });
      }
    });
  }
  return issues;
}

/** The members of each format the text names: （日米豪印） → 米豪印. */
const FORMAT = /（日([\p{sc=Han}]+)）/gu;

/** Whether `text` prints the country: by its name, another form of it, or its mark in a format. */
export function printsCountry(text: string, country: Country): boolean {
  if ([country.name.ja, ...(country.writtenAs ?? [])].some((form) => text.includes(form))) return true;
  const mark = country.formatMark;
  return mark !== undefined && [...text.matchAll(FORMAT)].some(([, members]) => members.includes(mark));
}

/**
 * Every country of an initiative (its places and partners) and of a map entry (its label's places,
 * its items' partners) that the lines it cites do not print. Line breaks are ignored: the deck's
 * text breaks names across lines (インドネ / シア).
 */
export function validateAgainstSource(data: DocumentDataset, text: string): ValidationIssue[] {
  const lines = text.split('\n');
  const cited = (source: SourceRef) =>
    lines
      .slice(source.lines[0] - 1, source.lines[1])
      .join('')
      .replace(/\s/gu, '');
  const countries = new Map(data.countries.map((c) => [c.iso3, c]));
  const issues: ValidationIssue[] = [];
  const check = (path: string, ids: readonly string[], printed: string) => {
    for (const id of ids) {
      const country = countries.get(id);
      if (country && !printsCountry(printed, country)) {
        issues.push({path, message: `"${id}" (${country.name.ja}) is not printed in the lines it cites`});
      }
    }
  };
  data.initiatives.forEach((i, n) => {
    const printed = cited(i.source);
    check(`initiatives[${n}] "${i.id}".countries`, i.countries, printed);
    check(`initiatives[${n}] "${i.id}".partners`, i.partners, printed);
  });
  data.mapEntries.forEach((e, n) => {
    const printed = cited(e.source);
    check(`mapEntries[${n}] "${e.id}".countries`, e.countries, printed);
    // An item's partners are printed with the item itself: （日米韓） names Korea for that item only.
    e.items.forEach((item, k) =>
      check(`mapEntries[${n}] "${e.id}".items[${k}].partners`, item.partners, item.text.ja.replace(/\s/gu, '')),
    );
  });
  // A country called Japan's ally: its lines print the country and 同盟国.
  data.countries.forEach((c, n) => {
    if (!c.ally) return;
    const printed = cited(c.ally);
    check(`countries[${n}] "${c.iso3}".ally`, [c.iso3], printed);
    if (!printed.includes('同盟国')) {
      issues.push({path: `countries[${n}] "${c.iso3}".ally`, message: 'the lines it cites do not print 同盟国'});
    }
  });
  return issues;
}
