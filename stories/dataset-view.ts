/**
 * The whole dataset, Japanese beside English, for reviewers checking it against the document.
 * A plain lit template (light DOM, styled by .storybook/preview.css), not a published widget.
 */
import {html, nothing} from 'lit';
import type {TemplateResult} from 'lit';

import {dataset} from '../src/data/index.js';
import type {Localized, SourceRef} from '../src/data/index.js';

const both = (t: Localized) =>
  html`<td lang="ja">${t.ja}</td>
    <td lang="en">${t.en}</td>`;
const cite = (s: SourceRef) => html`<td class="cite">p. ${s.page}, l. ${s.lines[0]}–${s.lines[1]}</td>`;
const codes = (xs: readonly string[]) => (xs.length ? xs.join(', ') : '—');

function table(caption: string, head: string[], rows: TemplateResult[]): TemplateResult {
  return html`<table class="dataset">
    <caption>
      ${caption} (${rows.length})
    </caption>
    <thead>
      <tr>
        ${head.map((h) => html`<th scope="col">${h}</th>`)}
      </tr>
    </thead>
    <tbody>
      ${rows}
    </tbody>
  </table>`;
}

/** A table of short records: id, Japanese, English, source. */
const statements = (caption: string, rows: [string, Localized, SourceRef][]) =>
  table(
    caption,
    ['id', '日本語', 'English', 'source'],
    rows.map(
      ([id, text, source]) =>
        html`<tr>
          <td>${id}</td>
          ${both(text)}${cite(source)}
        </tr>`,
    ),
  );

export function datasetView(): TemplateResult {
  const d = dataset;
  const e = d.edition;
  return html`<article class="dataset-view">
    <h2 lang="ja">${d.title.ja} ${d.subtitle.ja}</h2>
    <h2 lang="en">${d.title.en}: ${d.subtitle.en}</h2>
    <p>
      Edition <code>${e.id}</code> of ${e.date}, schema ${e.schemaVersion}, checksum <code>${e.checksum}</code>. Source:
      <code>${e.source.file}</code> (SHA-256 <code>${e.source.sha256.slice(0, 16)}…</code>), published date not stated
      in the document.
    </p>
    ${statements(
      'Basic concepts',
      d.concepts.map((c) => [c.id, c.text, c.source]),
    )}
    ${statements(
      'Features of the evolved FOIP',
      d.features.map((f) => [f.id, f.text, f.source]),
    )}
    ${statements(
      'Principles',
      d.principles.map((p) => [p.id, p.label, p.source]),
    )}
    ${table(
      'Priority areas (pillars)',
      ['glyph', 'title 日本語', 'title English', 'summary 日本語', 'summary English', 'source'],
      d.pillars.map(
        (p) =>
          html`<tr>
            <td>${p.glyph}</td>
            ${both(p.title)}${both(p.summary)}${cite(p.source)}
          </tr>`,
      ),
    )}
    ${table(
      'Categories',
      ['id', 'pillar', '日本語', 'English', 'source'],
      d.categories.map(
        (c) =>
          html`<tr>
            <td>${c.id}</td>
            <td>${c.pillar}</td>
            ${both(c.title)}${cite(c.source)}
          </tr>`,
      ),
    )}
    ${table(
      'Initiatives',
      [
        'id / pillar / category',
        'title 日本語',
        'title English',
        'text 日本語',
        'text English',
        'countries · regions · partners · instruments',
        'source',
      ],
      d.initiatives.map(
        (i) =>
          html`<tr>
            <td><code>${i.id}</code><br />${i.pillar} · ${i.category}</td>
            ${both(i.title)}${both(i.text)}
            <td>
              ${codes(i.countries)}<br />${codes(i.regions)}<br />${codes(i.partners)}<br />${codes(i.instruments)}
            </td>
            ${cite(i.source)}
          </tr>`,
      ),
    )}
    ${table(
      'World map entries and items',
      [
        'entry',
        'label 日本語',
        'label English',
        'item 日本語',
        'item English',
        'pillar · initiative · partners',
        'source',
      ],
      d.mapEntries.flatMap((m) =>
        m.items.map(
          (item, n) =>
            html`<tr>
              <td>
                ${
                  n === 0
                    ? html`<code>${m.id}</code><br />${m.kind} · ${codes(m.countries)}
                        ${m.regions.length ? html`· ${codes(m.regions)}` : nothing}
                        ${m.labelInferred ? html`<br /><em>label inferred</em>` : nothing}`
                    : nothing
                }
              </td>
              ${
                n === 0
                  ? both(m.label)
                  : html`<td></td>
                      <td></td>`
              }
              ${both(item.text)}
              <td>
                ${item.pillars?.join(' + ') ?? item.pillar}${item.pillarInferred ? ' (inferred)' : ''} ·
                ${item.initiative ?? '—'}
                ${item.category ? ` · ${item.category}${item.categoryInferred ? ' (category inferred)' : ''}` : ''} ·
                ${codes(item.partners)}
              </td>
              ${cite(m.source)}
            </tr>`,
        ),
      ),
    )}
    ${table(
      'Countries and territories',
      ['iso3', 'numeric', '日本語', 'English', 'point', 'region', 'named in document'],
      d.countries.map(
        (c) =>
          html`<tr>
            <td>${c.iso3}</td>
            <td>${c.isoNumeric}</td>
            ${both(c.name)}
            <td>${c.point.join(', ')}</td>
            <td>${c.region}</td>
            <td>${c.named ? 'yes' : 'no (region member)'}</td>
          </tr>`,
      ),
    )}
    ${table(
      'Regions',
      ['id', '日本語', 'English', 'members'],
      d.regions.map(
        (r) =>
          html`<tr>
            <td>${r.id}</td>
            ${both(r.name)}
            <td>${codes(r.members)}</td>
          </tr>`,
      ),
    )}
    ${table(
      'Organisations and instruments',
      ['id', '日本語', 'English'],
      [...d.organisations, ...d.instruments].map(
        (o) =>
          html`<tr>
            <td>${o.id}</td>
            ${both(o.name)}
          </tr>`,
      ),
    )}
  </article>`;
}
