/** The source and edition line every visual carries: which document, which pages, which edition. */
import {html} from 'lit';
import type {TemplateResult} from 'lit';

import type {Dataset, Locale} from '../data/types.js';
import {formatDate} from '../i18n/format.js';
import {msg, str} from '../i18n/msg.js';

/**
 * One translatable sentence, so each language orders and punctuates it its own way.
 * `pages`: one page, a range [first, last], or none.
 */
export function sourceLine(data: Dataset, locale: Locale, pages?: number | readonly [number, number]): TemplateResult {
  const {source, date} = data.edition;
  const title = source.title[locale];
  const publisher = source.publisher[locale];
  const edition = formatDate(locale, date);
  const [first, last] = typeof pages === 'number' ? [pages, pages] : (pages ?? []);
  const text =
    first === undefined
      ? msg(str`Source: ${title} (${publisher}). Dataset edition of ${edition}.`)
      : first === last
        ? msg(str`Source: ${title}, page ${first} (${publisher}). Dataset edition of ${edition}.`)
        : msg(str`Source: ${title}, pages ${first}–${last} (${publisher}). Dataset edition of ${edition}.`);
  return html`<p class="source" part="source">${text}</p>`;
}
