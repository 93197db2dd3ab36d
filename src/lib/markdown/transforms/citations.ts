/** Turns "[@key]" and "[@a; @b]" in text into citation nodes; a mark hugs the word before it ("CIDP¹"). */
import type { PhrasingContent, Root } from 'mdast';
import { CITATION_PATTERN, splitGroup } from '../citations.ts';
import { replaceNodes } from '../walk.ts';

export function citations(tree: Root): void {
  replaceNodes(tree, (node) => {
    if (node.type !== 'text') return undefined;
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
    if (pieces.length === 0) return undefined;
    if (last < node.value.length) pieces.push({ type: 'text', value: node.value.slice(last) });
    return pieces;
  });
}
