/** The source and edition line every visual carries: which source, which pages, which edition. */
import {html} from 'lit';
import type {TemplateResult} from 'lit';

import type {Pages} from '../data/provenance.js';
import type {Dataset, Locale} from '../data/types.js';
import {formatDate} from '../i18n/format.js';
import {msg, str} from '../i18n/msg.js';

/**
 * One translatable sentence, so each language orders and punctuates it its own way. It names the
 * source as the dataset's edition does: the document for the bundled edition, a partner's own
 * source for theirs, with no publisher when the edition names none. `pages`: one page, a range
 * [first, last], or none; give them from what the records shown cite (`citedPages`), never as
 * constants, as a partner's records cite no page of the document.
 */
export function sourceLine(data: Dataset, locale: Locale, pages?: Pages): TemplateResult {
  const {source, date} = data.edition;
  const title = source.title[locale];
  const publisher = source.publisher?.[locale];
  const edition = formatDate(locale, date);
  const [first, last] = typeof pages === 'number' ? [pages, pages] : (pages ?? []);
  // Without a publisher, sentences that name none: nobody is named, least of all the document's.
  const text =
    first === undefined
      ? publisher
        ? msg(str`Source: ${title} (${publisher}). Dataset edition of ${edition}.`)
        : msg(str`Source: ${title}. Dataset edition of ${edition}.`)
      : first === last
        ? publisher
          ? msg(str`Source: ${title}, page ${first} (${publisher}). Dataset edition of ${edition}.`)
          : msg(str`Source: ${title}, page ${first}. Dataset edition of ${edition}.`)
        : publisher
          ? msg(str`Source: ${title}, pages ${first}–${last} (${publisher}). Dataset edition of ${edition}.`)
          : msg(str`Source: ${title}, pages ${first}–${last}. Dataset edition of ${edition}.`);
  return html`<p class="source" part="source">${text}</p>`;
}
