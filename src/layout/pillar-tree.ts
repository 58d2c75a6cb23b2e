/**
 * The tree of `<foip-pillars>` as a reader moves through it (WAI-ARIA APG tree view) and chooses
 * in it: which items are expanded, which can be reached, what a key does, what activating an item
 * selects, what a selection opens, and how the `pillar` and `category` attributes stay in step. The
 * tree shows what the drawing shows: every category and initiative is drawn, so every item starts
 * expanded; collapsing an item hides its children from the drawing and from the tree alike (`shown`
 * in `layoutPillars`). Pure: no lit, no DOM (`test/unit/pillar-tree.test.ts`).
 */
import type {PillarId} from '../data/types.js';

import {categoryKey, initiativeKey, pillarKey} from './pillars-structure.js';
import type {Structure} from './pillars-structure.js';

/** What is open: a priority area, or a category (with its priority area). */
export interface Selection {
  readonly pillar?: PillarId | null;
  readonly category?: string | null;
}

/** What a key does on a tree item; `null` when the tree leaves the key alone. */
export type TreeAction =
  | {readonly focus: string}
  | {readonly expand: string}
  | {readonly collapse: string}
  | {readonly activate: string}
  | {readonly none: true};

/** Every item with children: the drawing shows all of them at first. */
export const allExpanded = (structure: Structure): Set<string> =>
  new Set(structure.nodes.filter((n) => n.children.length > 0).map((n) => n.key));

/**
 * `expanded` and what a selection opens on top of it: the selected category and its priority area,
 * or the selected priority area and its categories. Nothing closes: what the reader collapsed elsewhere stays so.
 */
export function expandFor(structure: Structure, expanded: ReadonlySet<string>, selection: Selection): Set<string> {
  const next = new Set(expanded);
  if (!selection.pillar) return next;
  const pKey = pillarKey(selection.pillar);
  next.add(pKey);
  const opened = selection.category ? [categoryKey(selection.category)] : (structure.byKey.get(pKey)?.children ?? []);
  for (const key of opened) if (structure.byKey.get(key)?.children.length) next.add(key);
  return next;
}

/** The items a reader can reach, in reading order: depth first, the children of expanded items only. */
export function visibleKeys(structure: Structure, expanded: ReadonlySet<string>): string[] {
  const out: string[] = [];
  const walk = (keys: readonly string[]) => {
    for (const key of keys) {
      out.push(key);
      if (expanded.has(key)) walk(structure.byKey.get(key)!.children);
    }
  };
  walk(structure.pillars);
  return out;
}

/** The deepest selected item (`aria-selected`): the current initiative, else the category, else the priority area. */
export function selectedKey(selection: Selection, current: string | null): string | null {
  if (current) return initiativeKey(current);
  if (selection.category) return categoryKey(selection.category);
  return selection.pillar ? pillarKey(selection.pillar) : null;
}

/** The item that takes Tab (roving tabindex): the focused one, else the selected one, else the first, whichever is reachable. */
export function tabKey(
  structure: Structure,
  expanded: ReadonlySet<string>,
  focused: string | null,
  selected: string | null,
): string {
  const visible = visibleKeys(structure, expanded);
  if (focused && visible.includes(focused)) return focused;
  if (selected && visible.includes(selected)) return selected;
  return structure.pillars[0];
}

/** What `keyName` (a `KeyboardEvent.key`) does on item `key`, as the APG tree view has it. */
export function treeKeyAction(
  structure: Structure,
  expanded: ReadonlySet<string>,
  key: string,
  keyName: string,
): TreeAction | null {
  const node = structure.byKey.get(key);
  if (!node) return null;
  const visible = visibleKeys(structure, expanded);
  const at = visible.indexOf(key);
  const none = {none: true} as const;
  const focus = (to: string | undefined): TreeAction => (to && to !== key ? {focus: to} : none);
  const open = expanded.has(key);
  switch (keyName) {
    case 'ArrowDown':
      return focus(visible[at + 1]);
    case 'ArrowUp':
      return focus(at > 0 ? visible[at - 1] : undefined);
    case 'ArrowRight':
      if (!node.children.length) return none;
      return open ? focus(node.children[0]) : {expand: key};
    case 'ArrowLeft':
      if (node.children.length && open) return {collapse: key};
      return focus(node.parent ?? undefined);
    case 'Home':
      return focus(visible[0]);
    case 'End':
      return focus(visible.at(-1));
    case 'Enter':
    case ' ':
      return {activate: key};
    default:
      return null;
  }
}

/** Which nodes a selection shows open: the selected priority area or category, what it holds, and its priority area. */
export function openKeys(structure: Structure, selection: Selection = {}): Set<string> {
  const open = new Set<string>();
  const target = selection.category
    ? structure.byKey.get(categoryKey(selection.category))
    : selection.pillar
      ? structure.byKey.get(pillarKey(selection.pillar))
      : undefined;
  if (!target) return open;
  const mark = (key: string) => {
    const node = structure.byKey.get(key)!;
    open.add(key);
    for (const child of node.children) mark(child);
  };
  mark(target.key);
  for (let up = target.parent; up; up = structure.byKey.get(up)!.parent) open.add(up);
  return open;
}

/** What activating an item selects. */
export interface Activation {
  readonly pillar: PillarId | null;
  readonly category: string | null;
  /** The initiative activated (the element fires `foip-initiative-select` for it), else null. */
  readonly current: string | null;
}

/**
 * What a click, a tap, Enter or Space on item `key` selects. An initiative opens its category and
 * becomes current; a category or a priority area opens, or, when it is the deepest item selected,
 * closes back to its priority area or to nothing (and no initiative is current).
 */
export function activate(
  structure: Structure,
  selection: Selection,
  current: string | null,
  key: string,
): Activation | null {
  const node = structure.byKey.get(key);
  if (!node) return null;
  const deepest = selectedKey(selection, current) === key;
  // The cell of initiatives too many to draw: opens their category, which lists them all.
  if (node.kind === 'more') return {pillar: node.pillar, category: node.id, current: null};
  if (node.kind === 'initiative') {
    const category = structure.byKey.get(node.parent!)!;
    return {pillar: node.pillar, category: category.id, current: node.id};
  }
  if (node.kind === 'category') return {pillar: node.pillar, category: deepest ? null : node.id, current: null};
  return {pillar: deepest ? null : node.pillar, category: null, current: null};
}

/** The `pillar` and `category` attributes as given (unparsed). */
export interface Attributes {
  readonly pillar?: string;
  readonly category?: string;
}

/**
 * What keeps the attributes in step when a script changes one of them (`changed` holds the names of
 * those it changed): a new `pillar` drops a category of another priority area; a new `category`
 * sets its priority area. Unknown values are left for validation to report. `null`: nothing to change.
 */
export function inStep(
  structure: Structure,
  {pillar, category}: Attributes,
  changed: {has(name: 'pillar' | 'category'): boolean},
): Attributes | null {
  const node = category ? structure.byKey.get(categoryKey(category.trim())) : undefined;
  if (node?.kind !== 'category' || changed.has('pillar') === changed.has('category')) return null;
  if (changed.has('category')) return {pillar: String(node.pillar)};
  return String(node.pillar) === (pillar ?? '').trim().normalize('NFKC') ? null : {category: undefined};
}

/** The reader's state of the tree, apart from the selection. */
export interface TreeState {
  /** Items whose children are drawn and in the tree. */
  readonly expanded: ReadonlySet<string>;
  /** The initiative the reader activated last (an id). */
  readonly current: string | null;
  /** The item the reader focused last, which takes Tab. */
  readonly focusKey: string | null;
}

/**
 * The tree's state for a new input. A new structure (a dataset) starts with everything expanded; a
 * new selection opens its path, closing nothing, and keeps the current initiative only if it is in
 * the selected category; focus leaves an item that is no longer reachable.
 */
export function nextTreeState(
  structure: Structure,
  state: TreeState,
  selection: Selection,
  change: 'structure' | 'selection' | null,
): TreeState {
  let {expanded, current, focusKey} = state;
  if (change) {
    expanded = expandFor(structure, change === 'structure' ? allExpanded(structure) : expanded, selection);
    const node = current ? structure.byKey.get(initiativeKey(current)) : undefined;
    if (!node || !selection.category || node.parent !== categoryKey(selection.category)) current = null;
  }
  if (focusKey && !visibleKeys(structure, expanded).includes(focusKey)) focusKey = null;
  return {expanded, current, focusKey};
}

/** `expanded` with item `key` expanded or collapsed. */
export function withExpanded(expanded: ReadonlySet<string>, key: string, open: boolean): Set<string> {
  const next = new Set(expanded);
  if (open) next.add(key);
  else next.delete(key);
  return next;
}
