/**
 * Where a dataset comes from: its edition's source, and what each record cites of it. A partner's
 * own records need cite no document, so these fields are optional and checked when present; the
 * bundled edition is checked with every one required (`provenance: 'required'`: the build and the
 * tests ask for it). Pure: no DOM, no lit.
 */
import {Checker, isObject} from './validate-checker.js';
import type {Json} from './validate-checker.js';
import type {ValidationIssue} from './validate.js';

/** `optional` (the default): a `data` override; `required`: the bundled edition, made from the document. */
export type Provenance = 'optional' | 'required';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const SHA256 = /^[0-9a-f]{64}$/;
const isDate = (v: unknown) => typeof v === 'string' && DATE.test(v);

/**
 * The edition's provenance: `source.title` always; the source's subtitle, publisher, publication
 * date, file and hash, and the dataset's checksum, when given, or always when `required`.
 */
export function checkEditionSource(edition: Json, provenance: Provenance): ValidationIssue[] {
  const required = provenance === 'required';
  const given = (record: Json, field: string) => required || record[field] !== undefined;
  const e = new Checker('edition');
  if (given(edition, 'checksum')) e.string(edition, 'checksum', SHA256);
  const s = edition.source;
  if (!isObject(s)) {
    e.fail('source', 'must be an object {title, …}');
    return e.issues;
  }
  const c = new Checker('edition.source');
  c.localized(s, 'title');
  if (given(s, 'subtitle')) c.localized(s, 'subtitle');
  if (given(s, 'publisher')) c.localized(s, 'publisher');
  // The document states no date: the bundled edition says so with null, not by leaving it out.
  if (!(s.published === null || isDate(s.published) || (!required && s.published === undefined))) {
    c.fail('published', required ? 'must be an ISO date or null' : 'must be an ISO date, null, or left out');
  }
  if (given(s, 'file')) c.string(s, 'file');
  if (given(s, 'sha256')) c.string(s, 'sha256', SHA256);
  return [...e.issues, ...c.issues];
}
