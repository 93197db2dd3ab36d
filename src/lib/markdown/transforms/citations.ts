/** Turns "[@key]" and "[@a; @b]" in text into citation nodes; a mark hugs the word before it ("CIDP¹"). */
import type { PhrasingContent, Root, Text } from 'mdast';
import { visit } from 'unist-util-visit';
import { CITATION_PATTERN, splitGroup } from '../citations.ts';

export function citations(tree: Root): void {
  visit(tree, 'text', (node: Text, index, parent) => {
    if (!parent || index === undefined) return;
    const pieces: PhrasingContent[] = [];
    let last = 0;
    for (const match of node.value.matchAll(CITATION_PATTERN)) {
      const start = match.index;
      if (start > last) pieces.push({ type: 'text', value: node.value.slice(last, start).replace(/\s+$/, '') });
      pieces.push({
        type: 'citationGroup',
        keys: splitGroup(match[1] ?? ''),
        value: match[0],
        ...(node.position ? { position: node.position } : {}),
      });
      last = start + match[0].length;
    }
    if (pieces.length === 0) return;
    if (last < node.value.length) pieces.push({ type: 'text', value: node.value.slice(last) });
    (parent.children as PhrasingContent[]).splice(index, 1, ...pieces);
    return index + pieces.length;
  });
}
