/**
 * Read-only walks over a parsed tree, in document order. unist-util-visit's generality (parent lists, SKIP, a test
 * built per call) was about two seconds of a thousand-topic build in these walks alone; plain loops do the same
 * reading. Transforms that replace nodes in place keep unist-util-visit.
 */
import type { Nodes } from 'mdast';

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
