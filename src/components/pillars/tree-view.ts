/**
 * The tree of `<foip-pillars>` (WAI-ARIA APG tree view): priority areas, their categories and
 * initiatives as one accessible tree that is also the drawing (columns: headers over plots of
 * blocks and cells; radial: the legend beside the wheel). The element places each box and handles
 * the keys, pointer and focus (`pillar-tree.ts`); this renders what is there.
 */
import {html, nothing} from 'lit';
import type {TemplateResult} from 'lit';
import {ifDefined} from 'lit/directives/if-defined.js';
import {repeat} from 'lit/directives/repeat.js';

import {formatNumber, isSingular} from '../../i18n/format.js';
import {msg} from '../../i18n/msg.js';
import {pillarName} from '../../internal/pillar-label.js';
import type {StructureNode} from '../../layout/pillars-structure.js';
import {initiativesText, nodeTitle, pillarSentence} from './pillars-text.js';
import type {PillarsView} from './pillars-view.js';

export interface TreeView extends PillarsView {
  /** Items whose children are drawn and in the tree. */
  readonly expanded: ReadonlySet<string>;
  /** The item that takes Tab (roving tabindex). */
  readonly tabKey: string;
}

/** The tree, and the descriptions its items point to (outside them: aria-describedby reads hidden elements). */
export function treeView(view: TreeView): TemplateResult {
  const {index, structure, counts} = view;
  const pillars = structure.pillars.map((key) => structure.byKey.get(key)!);
  return html`<ul role="tree" part="tree" class="tree" aria-label=${msg('Priority areas, categories and initiatives')}>
      ${pillars.map((node, n) => treeItem(view, node, n, pillars.length))}
    </ul>
    <div class="descriptions" hidden>
      ${pillars.map(
        (node) =>
          html`<p id=${`${node.key}-sentence`}>
            ${pillarSentence(index.pillars.get(node.pillar)!, counts.get(node.pillar)!)}
          </p>`,
      )}
      ${structure.nodes
        .filter((node) => node.kind === 'category')
        .map((node) => html`<span id=${`${node.key}-count`}>${initiativesText(node.initiatives)}</span>`)}
    </div>`;
}

/**
 * One item of the tree at any level, in a box that holds it and its children's group side by side.
 * The item holds its title (and, hidden from readers, glyph and counts), and is named from it: with
 * the group inside it, Chromium named each row from every title below it (a collapsed priority area
 * was read as 908 characters), and an `aria-labelledby` title would not match the text drawn inside
 * it (WCAG 2.5.3, axe). Levels, positions and expansion say where it sits. A collapsed item's group
 * is `hidden`, as it is drawn: out of the drawing, the tree and the focus order. Boxes and plots are
 * `role="none"`, so that the tree holds only items and groups.
 */
function treeItem(view: TreeView, node: StructureNode, n: number, of: number): TemplateResult {
  const {structure} = view;
  const geometry = view.geometry.get(node.key);
  const parent = node.children.length > 0;
  const expanded = view.expanded.has(node.key);
  const look = LOOKS[node.kind];
  const group = parent
    ? html`<ul role="group" class="group" ?hidden=${!expanded}>
        ${repeat(
          node.children,
          (k) => k,
          (k, i) => treeItem(view, structure.byKey.get(k)!, i, node.children.length),
        )}
      </ul>`
    : nothing;
  return html`<li role="none" id=${`box-${node.key}`} class="node ${node.kind}" data-pillar=${node.pillar}>
    <div
      role="treeitem"
      id=${node.key}
      data-key=${node.key}
      part=${node.kind}
      class="item ${look.class}"
      aria-level=${node.depth}
      aria-setsize=${of}
      aria-posinset=${n + 1}
      aria-expanded=${ifDefined(parent ? (expanded ? 'true' : 'false') : undefined)}
      aria-selected=${view.selectedKey === node.key ? 'true' : 'false'}
      aria-describedby=${ifDefined(look.describedBy && `${node.key}${look.describedBy}`)}
      tabindex=${view.tabKey === node.key ? 0 : -1}
      ?data-open=${geometry?.open ?? false}
      ?data-labelled=${node.kind !== 'pillar' && (geometry?.labelled ?? false)}
    >
      ${look.content(view, node)}
    </div>
    ${node.kind === 'pillar' && view.layout !== 'radial' ? html`<div role="none" class="plot" id=${`plot-${node.key}`}>${group}</div>` : group}
  </li>`;
}

/** What each kind of item looks like: its class, its description's id suffix and its content. */
const LOOKS: Record<
  StructureNode['kind'],
  {class: string; describedBy?: string; content: (view: TreeView, node: StructureNode) => TemplateResult}
> = {
  pillar: {class: 'head', describedBy: '-sentence', content: pillarHeader},
  category: {
    class: 'block',
    describedBy: '-count',
    content: (view, node) =>
      html`<span class="label"
        ><span class="chevron" aria-hidden="true"></span>${nodeTitle(view.index, view.locale, node)}</span
      >`,
  },
  initiative: {
    class: 'cell',
    content: (view, node) => html`<span class="label">${nodeTitle(view.index, view.locale, node)}</span>`,
  },
  // The initiatives too many to be targets of their own: Enter or a click opens the category, which
  // lists them all (its rows, and the cards below).
  more: {
    class: 'cell more',
    content: (view, node) => html`<span class="label">${nodeTitle(view.index, view.locale, node)}</span>`,
  },
};

/** A priority area's header: glyph, title, and its counts (hidden from readers, who get the sentence). */
function pillarHeader(view: TreeView, node: StructureNode): TemplateResult {
  const {locale} = view;
  const pillar = view.index.pillars.get(node.pillar)!;
  const c = view.counts.get(node.pillar)!;
  const stat = (v: number, one: string, many: string) =>
    html`<div class="stat">
      <dt>${isSingular(locale, v) ? one : many}</dt>
      <dd>${formatNumber(locale, v)}</dd>
    </div>`;
  return html`<span part="glyph" class="glyph" aria-hidden="true">${pillar.glyph}</span>
    <span class="title"><span class="visually-hidden">${pillarName(pillar)} </span>${pillar.title[locale]}</span>
    <span class="chevron" aria-hidden="true"></span>
    <dl part="counts" class="counts" aria-hidden="true">
      ${stat(c.categories, msg('category'), msg('categories'))}
      ${stat(c.initiatives, msg('initiative'), msg('initiatives'))}
      ${stat(c.countries, msg('target country'), msg('target countries'))}
      ${stat(c.partners, msg('partner'), msg('partners'))}
    </dl>`;
}
