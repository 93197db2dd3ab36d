/**
 * Walks over a parsed tree, in document order. unist-util-visit's generality (parent lists, SKIP, a test built per
 * call) was about two and a half seconds of a thousand-topic build; these plain loops do the same work.
 */
import type { Nodes, Parent } from 'mdast';

type NodeOfType<K extends Nodes['type']> = Extract<Nodes, { type: K }>;

/** Calls `onNode` for the node and each of its descendants, in document order. */
export function eachNode(node: Nodes, onNode: (node: Nodes) => void): void {
  onNode(node);
  if ('children' in node) for (const child of node.children as Nodes[]) eachNode(child, onNode);
}

/** Every node of one type in the tree, in document order. */
export function nodesOfType<K extends Nodes['type']>(root: Nodes, type: K): NodeOfType<K>[] {
  const found: NodeOfType<K>[] = [];
  eachNode(root, (node) => {
    if (node.type === type) found.push(node as NodeOfType<K>);
  });
  return found;
}

/**
 * Replaces each node for which `replace` returns nodes (in document order, a node before its children); the
 * replacements themselves are not walked. Only for trees still being built: cached trees are frozen.
 */
export function replaceNodes(parent: Parent, replace: (node: Nodes) => Nodes[] | undefined): void {
  const children = parent.children as Nodes[];
  for (let i = 0; i < children.length; i++) {
    const child = children[i] as Nodes;
    const replacement = replace(child);
    if (replacement) {
      children.splice(i, 1, ...replacement);
      i += replacement.length - 1;
    } else if ('children' in child) {
      replaceNodes(child, replace);
    }
  }
}
