/** Turns ":::more-detail[label]" container directives into "More detail" disclosure nodes. */
import type { Paragraph, Root, RootContent } from 'mdast';
import type { MoreDetail } from '../nodes.ts';
import { replaceNodes } from '../walk.ts';

export const MORE_DETAIL = 'more-detail';

const isLabel = (node: RootContent): node is Paragraph =>
  node.type === 'paragraph' && (node.data as { directiveLabel?: boolean } | undefined)?.directiveLabel === true;

export function disclosures(tree: Root): void {
  replaceNodes(tree, (node) => {
    if (node.type !== 'containerDirective' || node.name !== MORE_DETAIL) return undefined;
    const label = node.children.find(isLabel);
    const replacement: MoreDetail = {
      type: 'moreDetail',
      label: label ? label.children : [],
      hasAttributes: Object.keys(node.attributes ?? {}).length > 0,
      children: node.children.filter((child) => !isLabel(child)),
      ...(node.position ? { position: node.position } : {}),
    };
    return [replacement];
  });
}
