/** The source and edition line every visual carries: which document, which page, which edition. */
import {html} from 'lit';
import type {TemplateResult} from 'lit';

import type {Dataset, Locale} from '../data/types.js';
import {formatDate} from '../i18n/format.js';
import {msg, str} from '../i18n/msg.js';

export function sourceLine(data: Dataset, locale: Locale, page?: number): TemplateResult {
  const {source, date} = data.edition;
  const edition = formatDate(locale, date);
  return html`<p class="source" part="source">
    ${msg('Source:')} <cite>${source.title[locale]}</cite>${page === undefined ? '' : msg(str`, page ${page}`)}
    (${source.publisher[locale]}) · ${msg(str`dataset edition of ${edition}`)}
  </p>`;
}
