/** Turns ":::more-detail[label]" container directives into "More detail" disclosure nodes. */
import type { Paragraph, Root, RootContent } from 'mdast';
import type { ContainerDirective } from 'mdast-util-directive';
import { SKIP, visit } from 'unist-util-visit';
import type { MoreDetail } from '../nodes.ts';

export const MORE_DETAIL = 'more-detail';

const isLabel = (node: RootContent): node is Paragraph =>
  node.type === 'paragraph' && (node.data as { directiveLabel?: boolean } | undefined)?.directiveLabel === true;

export function disclosures(tree: Root): void {
  visit(tree, 'containerDirective', (node: ContainerDirective, index, parent) => {
    if (node.name !== MORE_DETAIL || !parent || index === undefined) return;
    const label = node.children.find(isLabel);
    const replacement: MoreDetail = {
      type: 'moreDetail',
      label: label ? label.children : [],
      hasAttributes: Object.keys(node.attributes ?? {}).length > 0,
      children: node.children.filter((child) => !isLabel(child)),
      ...(node.position ? { position: node.position } : {}),
    };
    (parent.children as RootContent[]).splice(index, 1, replacement);
    return [SKIP, index + 1];
  });
}
