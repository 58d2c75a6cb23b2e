/**
 * The accessibility tree as Chromium builds it for a screen reader: roles, names and states as
 * exposed, which attributes alone do not show (an `option` exposed as a `group`, a row named from its
 * whole subtree, an `aria-selected` the browser drops). Read through the runner's `accessibility-tree`
 * command (web-test-runner.config.mjs); tests that use it live in test/a11y/, run in Chromium only.
 */
import {executeServerCommand} from '@web/test-runner-commands';

/** A node of the tree, as Puppeteer's snapshot gives it. */
export interface AXNode {
  role: string;
  name?: string;
  description?: string;
  value?: string | number;
  selected?: boolean;
  pressed?: boolean | 'mixed';
  expanded?: boolean;
  checked?: boolean | 'mixed';
  level?: number;
  focused?: boolean;
  disabled?: boolean;
  children?: AXNode[];
}

/**
 * The tree under the element `selector` names (`>>>` pierces shadow roots: `foip-map >>> svg.map`),
 * generic containers included (Puppeteer's pruned "interesting only" form loses the subtree of a
 * root given this way). Search it with `axNodes` and `axByRole`.
 */
export async function accessibilityTree(selector: string, interestingOnly = false): Promise<AXNode> {
  const tree = await executeServerCommand<AXNode | null, {selector: string; interestingOnly: boolean}>(
    'accessibility-tree',
    {selector, interestingOnly},
  );
  if (!tree) throw new Error('accessibility-tree: this browser exposes no accessibility tree to the runner');
  return tree;
}

/** Every node of `tree` (itself included), depth first. */
export function axNodes(tree: AXNode): AXNode[] {
  return [tree, ...(tree.children ?? []).flatMap(axNodes)];
}

/** The nodes of `tree` with `role`. */
export const axByRole = (tree: AXNode, role: string): AXNode[] => axNodes(tree).filter((n) => n.role === role);
