/**
 * The tree of `<foip-pillars>` as a reader moves through it (WAI-ARIA APG tree view): which items
 * are expanded, which can be reached, what a key does. The tree shows what the drawing shows: every
 * category and initiative is drawn, so every item starts expanded; collapsing an item hides its
 * children from the drawing and from the tree alike (`shown` in `layoutPillars`). Pure: no lit, no DOM
 * (`test/unit/pillar-tree.test.ts`).
 */
import type {PillarId} from '../data/types.js';

import {categoryKey, initiativeKey, pillarKey} from './pillars.js';
import type {Structure} from './pillars.js';

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
export function expandFor(
  structure: Structure,
  expanded: ReadonlySet<string>,
  selection: {readonly pillar: PillarId | null; readonly category: string | null},
): Set<string> {
  const next = new Set(expanded);
  if (selection.pillar === null) return next;
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
export function selectedKey(
  selection: {readonly pillar: PillarId | null; readonly category: string | null},
  current: string | null,
): string | null {
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
