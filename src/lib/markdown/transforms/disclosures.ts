/** Turns ":::more-detail[label]" container directives into "More detail" disclosure nodes. */
import type { Paragraph, Root, RootContent } from 'mdast';
import type { MoreDetail } from '../nodes.ts';
import { replaceNodes } from '../walk.ts';

export const MORE_DETAIL = 'more-detail';

const isLabel = (node: RootContent): node is Paragraph =>
  node.type === 'paragraph' && (node.data as { directiveLabel?: boolean } | undefined)?.directiveLabel === true;

/** A closing fence: three or more colons, then anything the author left on the line. */
const FENCE = /^\s*:{3,}([^\n]*)$/;

/**
 * How a block ended, read from the last line of its source (the parser keeps no record of a missing fence, and drops
 * words after one).
 */
function closingOf(end: number | undefined, markdown: string): MoreDetail['closing'] {
  const lastLine = end === undefined ? '' : markdown.slice(markdown.lastIndexOf('\n', end - 1) + 1, end);
  const fence = FENCE.exec(lastLine);
  if (!fence) return { kind: 'missing' };
  const after = (fence[1] ?? '').trim();
  return after === '' ? { kind: 'fence' } : { kind: 'fence-with-text', text: after };
}

export function disclosures(tree: Root, markdown: string): void {
  replaceNodes(tree, (node) => {
    if (node.type !== 'containerDirective' || node.name !== MORE_DETAIL) return undefined;
    const label = node.children.find(isLabel);
    const replacement: MoreDetail = {
      type: 'moreDetail',
      label: label ? label.children : [],
      hasAttributes: Object.keys(node.attributes ?? {}).length > 0,
      closing: closingOf(node.position?.end.offset, markdown),
      children: node.children.filter((child) => !isLabel(child)),
      ...(node.position ? { position: node.position } : {}),
    };
    return [replacement];
  });
}
