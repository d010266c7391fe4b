export interface TreeNode<T> {
  item: T;
  children: TreeNode<T>[];
}

/**
 * Rebuilds the tree from the server's depth-first list, where each item carries its depth
 * (0 for a goal with no parent). An item deeper than its predecessor allows hangs from the
 * nearest shallower one, so a gap in depths cannot lose an item.
 */
export function nestByDepth<T extends { depth: number }>(items: readonly T[]): TreeNode<T>[] {
  const roots: TreeNode<T>[] = [];
  const path: TreeNode<T>[] = [];
  for (const item of items) {
    const node = { item, children: [] };
    while (path.length > 0 && path[path.length - 1].item.depth >= item.depth) path.pop();
    (path.length ? path[path.length - 1].children : roots).push(node);
    path.push(node);
  }
  return roots;
}
