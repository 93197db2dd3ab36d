/** A body's level-2 sections, and the citations and words in a tree. */
import type { Root, RootContent } from 'mdast';
import { toString as mdastToString } from 'mdast-util-to-string';
import { nodesOfType } from './walk.ts';

export interface MarkdownSection {
  heading: string;
  /** Line of the heading in the body. */
  line: number | undefined;
  nodes: readonly RootContent[];
}

/** Split a body into its level-2 sections. Content before the first heading is returned as `preamble`. */
export function splitSections(root: Root): { preamble: RootContent[]; sections: MarkdownSection[] } {
  const preamble: RootContent[] = [];
  const sections: Array<MarkdownSection & { nodes: RootContent[] }> = [];
  for (const node of root.children) {
    if (node.type === 'heading' && node.depth === 2) {
      sections.push({ heading: mdastToString(node), line: node.position?.start.line, nodes: [] });
    } else if (sections.length === 0) {
      preamble.push(node);
    } else {
      sections.at(-1)?.nodes.push(node);
    }
  }
  return { preamble, sections };
}

/** Citation keys used in a tree, in order, with the line of each. */
export function citationsIn(root: Root): Array<{ key: string; line: number | undefined }> {
  const found: Array<{ key: string; line: number | undefined }> = [];
  for (const node of nodesOfType(root, 'citationGroup')) {
    for (const key of node.keys) found.push({ key, line: node.position?.start.line });
  }
  return found;
}

export function countWords(text: string): number {
  const trimmed = text.trim();
  return trimmed === '' ? 0 : trimmed.split(/\s+/).length;
}
