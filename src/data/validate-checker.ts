/**
 * The record checker `validate.ts` walks a dataset with: one method per kind of field, each adding
 * an issue that names the record and the field. Pure: no DOM, no lit.
 */
import {HOME, LOCALES, PILLAR_IDS} from './types.js';
import type {ValidationIssue} from './validate.js';

export type Json = Record<string, unknown>;
export const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const JAPANESE = /[\u3000-\u30ff\u3400-\u9fff\uff00-\uffef]/u;

/**
 * Collects issues while walking one record; `at` names the record for every message. It may be a
 * function, called at the first issue only: a dataset of 10,000 valid records spells no names.
 */
export class Checker {
  readonly issues: ValidationIssue[] = [];
  #at: string | (() => string);
  constructor(at: string | (() => string)) {
    this.#at = at;
  }

  fail(field: string, message: string): void {
    if (typeof this.#at !== 'string') this.#at = this.#at();
    this.issues.push({path: field ? `${this.#at}.${field}` : this.#at, message});
  }

  string(record: Json, field: string, pattern?: RegExp): string | undefined {
    const v = record[field];
    if (typeof v !== 'string' || v.trim() === '') {
      this.fail(field, 'must be a non-empty string');
      return undefined;
    }
    if (pattern && !pattern.test(v)) this.fail(field, `"${v}" does not match ${pattern}`);
    return v;
  }

  localized(record: Json, field: string): void {
    const v = record[field];
    if (!isObject(v)) return this.fail(field, 'must be an object {ja, en}');
    for (const locale of LOCALES) {
      if (typeof v[locale] !== 'string' || (v[locale] as string).trim() === '') {
        this.fail(`${field}.${locale}`, 'must be a non-empty string');
      }
    }
    if (typeof v.en === 'string' && JAPANESE.test(v.en)) {
      this.fail(`${field}.en`, `contains Japanese characters: "${v.en.match(JAPANESE)![0]}"`);
    }
  }

  /**
   * A place's or organisation's optional name forms: `nameInSentence` must contain `name.en`
   * ("the Philippines"); `reading` is hiragana, and a Japanese name that is not all kana needs one,
   * or it would sort apart from the others (漢字 after every katakana name).
   */
  nameForms(record: Json): void {
    const name = isObject(record.name) ? record.name : {};
    const inSentence = record.nameInSentence;
    if (inSentence !== undefined && (typeof inSentence !== 'string' || !inSentence.includes(String(name.en)))) {
      this.fail('nameInSentence', `must contain the English name "${String(name.en)}"`);
    }
    const reading = record.reading;
    if (reading !== undefined && (typeof reading !== 'string' || !/^[\u3041-\u309f\u30fc]+$/u.test(reading))) {
      this.fail('reading', 'must be hiragana');
    }
    if (reading === undefined && typeof name.ja === 'string' && !/^[\u30a0-\u30ff・]+$/u.test(name.ja)) {
      this.fail('reading', `is needed: "${name.ja}" is not all katakana`);
    }
  }

  /** Japan and Japanese bodies are the actor: never among a record's partners. */
  notJapanese(record: Json, field: string, japanese: ReadonlySet<string>): void {
    const v = record[field];
    if (!Array.isArray(v)) return;
    for (const id of v) {
      if (id === HOME || japanese.has(id))
        this.fail(field, `"${String(id)}" is Japanese: an implementer, not a partner`);
    }
  }

  /** Japan is the actor: never a country an initiative or a map label is for (it is drawn as home). */
  notHome(record: Json, field: string): void {
    const v = record[field];
    if (Array.isArray(v) && v.includes(HOME)) {
      this.fail(field, `"${HOME}" is Japan, the actor: a Japan–US initiative names the US as its partner, not Japan`);
    }
  }

  /** A two-area item's `pillars`: two or three distinct areas, its `pillar` among them. */
  itemPillars(item: Json): void {
    const v = item.pillars;
    if (v === undefined) return;
    if (
      !Array.isArray(v) ||
      v.length < 2 ||
      new Set(v).size !== v.length ||
      !v.every((p) => (PILLAR_IDS as readonly unknown[]).includes(p))
    ) {
      return this.fail('pillars', 'must list two or three distinct pillars (1, 2, 3), or be left out');
    }
    if (!v.includes(item.pillar)) this.fail('pillars', `must include the item's pillar ${JSON.stringify(item.pillar)}`);
  }

  pillar(record: Json, field: string): void {
    if (!(PILLAR_IDS as readonly unknown[]).includes(record[field])) {
      this.fail(field, `${JSON.stringify(record[field])} is not a pillar (1, 2 or 3)`);
    }
  }

  boolean(record: Json, field: string): void {
    if (typeof record[field] !== 'boolean') this.fail(field, 'must be true or false');
  }

  /** An array of strings, each of which must be one of `known` (the ids it refers to). */
  refs(record: Json, field: string, known: ReadonlySet<string>, what: string): void {
    const v = record[field];
    if (!Array.isArray(v)) return this.fail(field, `must be an array of ${what} ids`);
    let twice = false;
    for (let i = 0; i < v.length; i++) {
      const ref: unknown = v[i];
      if (typeof ref !== 'string' || !known.has(ref)) {
        this.fail(`${field}[${i}]`, `${JSON.stringify(ref)} is not a known ${what}`);
      }
      // A record's lists are short: a scan costs less than a set built for each of 10,000 records.
      twice ||= v.indexOf(ref) !== i;
    }
    if (twice) this.fail(field, 'lists an id twice');
  }

  ref(record: Json, field: string, known: ReadonlySet<string | number>, what: string): void {
    if (!known.has(record[field] as string)) {
      this.fail(field, `${JSON.stringify(record[field])} is not a known ${what}`);
    }
  }

  /**
   * Where the record stands in the edition's source, if it says: a partner's own record may cite none.
   * `field` another citation than the record's own (a country's `ally`).
   */
  source(record: Json, field = 'source'): void {
    const s = record[field];
    if (s === undefined) return;
    if (!isObject(s)) return this.fail(field, 'must be an object {page, lines, section}');
    if (!Number.isInteger(s.page) || (s.page as number) < 1) this.fail(`${field}.page`, 'must be a page number ≥ 1');
    const lines = s.lines;
    if (
      !Array.isArray(lines) ||
      lines.length !== 2 ||
      !lines.every((n) => Number.isInteger(n) && n >= 1) ||
      lines[0] > lines[1]
    ) {
      this.fail(`${field}.lines`, 'must be [first, last] line numbers, first ≤ last');
    }
    if (typeof s.section !== 'string' || s.section === '') this.fail(`${field}.section`, 'must be a non-empty string');
  }
}
