/**
 * `<foip-partners>`'s matrix and its key, as templates: partners in rows, formats in columns, Japan's
 * row on top (src/layout/partners-grid.ts says why this form and where everything goes). The matrix
 * is a table with the grid role and one tab stop: the keyboard moves an active cell
 * (`aria-activedescendant`) along the picture; every name, head and dot says in words what it shows.
 */
import {html, nothing} from 'lit';
import type {TemplateResult} from 'lit';
import {classMap} from 'lit/directives/class-map.js';

import type {Format, Partner, Partnerships} from '../../data/partnerships.js';
import type {DatasetIndex} from '../../data/queries.js';
import {msg, str} from '../../i18n/msg.js';
import {styleProps} from '../../internal/style-props.js';
import {isMember, lineAt, targetId} from '../../layout/partners-grid.js';
import type {PartnersGrid, Target} from '../../layout/partners-grid.js';
import {formatFacts, formatLabel, isAlly, partnerFacts, partnerLabel, shortLabel} from './partners-text.js';

/** What is chosen: a partner, a format, or a partner within a format. */
export interface Selection {
  readonly partner?: string;
  readonly format?: string;
}

/** What the matrix is drawn from and how it answers. */
export interface MatrixView {
  readonly index: DatasetIndex;
  readonly partnerships: Partnerships;
  readonly grid: PartnersGrid;
  readonly selection: Selection;
  /** Where the keyboard is. */
  readonly active: Target;
  readonly label: string;
  pick(target: Target): void;
  key(event: KeyboardEvent): void;
}

/** What a target chooses: a name its partner, a head its format, a dot both. */
export function targetSelection(grid: PartnersGrid, {row, column}: Target): Selection {
  return {
    ...(row >= 0 ? {partner: grid.rows[row]} : {}),
    ...(column >= 0 ? {format: grid.columns[column]} : {}),
  };
}

const same = (a: Selection, b: Selection) => a.partner === b.partner && a.format === b.format;

const kindText = (partner: Partner): string =>
  partner.kind === 'organisation'
    ? msg('organisation')
    : partner.kind === 'territory'
      ? msg('territory')
      : msg('country');

/** A format's priority areas as coloured segments of its bar, its height the share of the most records. */
function bar(format: Format, height: number): TemplateResult {
  return html`<span class="bar" ${styleProps({'--_bar': String(height)})} aria-hidden="true"
    >${format.pillars.map((p) => html`<span data-pillar=${p}></span>`)}</span
  >`;
}

export function matrix(view: MatrixView): TemplateResult {
  const {index, partnerships, grid, selection, active} = view;
  const formats = new Map(partnerships.formats.map((f) => [f.id, f]));
  const partners = new Map(partnerships.partners.map((p) => [p.id, p]));
  const cell = (target: Target) => {
    const chosen = targetSelection(grid, target);
    return {
      id: targetId(target),
      'aria-selected': (same(chosen, selection) ? 'true' : 'false') as 'true' | 'false',
      active: target.row === active.row && target.column === active.column,
    };
  };
  const columns = grid.columns.map((_, c) => c);
  const inColumn = (c: number) => selection.format === grid.columns[c];
  const heads = columns.map((c) => {
    const format = formats.get(grid.columns[c])!;
    const at = cell({row: -1, column: c});
    return html`<th
      role="columnheader"
      scope="col"
      id=${at.id}
      aria-selected=${at['aria-selected']}
      aria-label=${msg(str`Format ${c + 1}: ${formatLabel(index, format)}. ${formatFacts(format)}`)}
      class=${classMap({head: true, active: at.active, chosen: inColumn(c)})}
      @click=${() => view.pick({row: -1, column: c})}
    >
      ${bar(format, grid.bars[c])}<span class="number">${c + 1}</span>
    </th>`;
  });
  const home = html`<tr class="home">
    <th
      role="rowheader"
      scope="row"
      class="name"
      aria-label=${msg(str`${partnerLabel(index, 'JPN')}, in every format`)}
    >
      ${partnerLabel(index, 'JPN')}
    </th>
    ${columns.map(
      (c) =>
        html`<td role="gridcell" class=${classMap({line: grid.members[c].length > 0, chosen: inColumn(c)})}>
          <span class="dot home-dot" aria-hidden="true"></span>
        </td>`,
    )}
  </tr>`;
  const rows = grid.rows.map((id, r) => {
    const partner = partners.get(id)!;
    const name = cell({row: r, column: -1});
    // The organisations start under a label, so none is read as a country (the label is for the eye:
    // each name says its kind to a screen reader).
    const first = r === grid.organisationsFrom;
    const short = shortLabel(index, id);
    return html`<tr
      class=${classMap({chosen: selection.partner === id})}
      data-kind=${partner.kind}
      ?data-first-organisation=${first}
    >
      <th
        role="rowheader"
        scope="row"
        id=${name.id}
        aria-selected=${name['aria-selected']}
        aria-label=${msg(str`${partnerLabel(index, id)}, ${kindText(partner)}. ${partnerFacts(index, partner)}`)}
        class=${classMap({name: true, active: name.active})}
        @click=${() => view.pick({row: r, column: -1})}
      >
        ${first ? html`<span class="group-label" aria-hidden="true">${msg('Organisations')}</span>` : nothing}<span
          class=${classMap({label: true, shortened: !!short})}
          >${partnerLabel(index, id)}</span
        >${short ? html`<span class="short">${short}</span>` : nothing}${
          isAlly(index, id) ? html` <span class="ally" aria-hidden="true">${msg('Ally')}</span>` : nothing
        }
      </th>
      ${columns.map((c) => {
        const line = lineAt(grid, r, c);
        const classes = {line: line !== null, end: line === 'end', chosen: inColumn(c)};
        if (!isMember(grid, r, c)) return html`<td role="gridcell" class=${classMap(classes)}></td>`;
        const at = cell({row: r, column: c});
        const format = formats.get(grid.columns[c])!;
        return html`<td
          role="gridcell"
          id=${at.id}
          aria-selected=${at['aria-selected']}
          aria-label=${msg(str`${partnerLabel(index, id)} in ${formatLabel(index, format)}`)}
          class=${classMap({...classes, member: true, active: at.active})}
          @click=${() => view.pick({row: r, column: c})}
        >
          <span class="dot"></span>
        </td>`;
      })}
    </tr>`;
  });
  return html`<div class="matrix-frame">
    <table
      part="matrix"
      class="matrix"
      role="grid"
      tabindex="0"
      aria-label=${view.label}
      aria-describedby="keys"
      aria-activedescendant=${targetId(active)}
      @keydown=${view.key}
    >
      <thead>
        <tr>
          <th role="columnheader" scope="col" class="corner"><span class="visually-hidden">${msg('Partner')}</span></th>
          ${heads}
        </tr>
      </thead>
      <tbody>
        ${home}${rows}
      </tbody>
    </table>
    <p id="keys" class="visually-hidden">
      ${msg('Arrow keys move along the partners’ rows and the formats’ lines; Enter selects; Escape clears.')}
    </p>
  </div>`;
}

/** The key to the columns: each format's number, name, areas and records; a click selects it. */
export function legend(view: MatrixView, headingId: string): TemplateResult {
  const {index, partnerships, selection} = view;
  return html`<ol class="legend" part="legend" aria-labelledby=${headingId}>
    ${partnerships.formats.map(
      (format, c) =>
        html`<li
          class=${classMap({chosen: selection.format === format.id && !selection.partner})}
          @click=${() => view.pick({row: -1, column: c})}
        >
          <span class="number" aria-hidden="true">${c + 1}</span>
          <span class="format-name">${formatLabel(index, format)}</span>
          <span class="facts">${formatFacts(format)}</span>
        </li>`,
    )}
  </ol>`;
}
