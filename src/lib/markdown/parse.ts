/**
 * Parsing topic Markdown: CommonMark with GFM tables, container directives, and the atlas's transforms, which turn
 * citations and disclosures into typed nodes. One ParseCache per build serves the content check and the pages;
 * its trees are frozen, so nothing can change a shared tree in place.
 */
import type { Root } from 'mdast';
import remarkDirective from 'remark-directive';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { citations } from './transforms/citations.ts';
import { disclosures } from './transforms/disclosures.ts';
import './nodes.ts';

/** The transforms every tree goes through, in order (glossary terms will join them). */
export const TRANSFORMS: ReadonlyArray<(tree: Root) => void> = [disclosures, citations];

const parser = unified().use(remarkParse).use(remarkGfm).use(remarkDirective);

export function parseFresh(markdown: string): Root {
  const tree = parser.runSync(parser.parse(markdown)) as Root;
  for (const transform of TRANSFORMS) transform(tree);
  return tree;
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/** Parsed trees by their Markdown text, frozen. Make one per build (or per dev request) and pass it along. */
export class ParseCache {
  readonly #trees = new Map<string, Root>();

  parse(markdown: string): Root {
    let tree = this.#trees.get(markdown);
    if (!tree) {
      tree = deepFreeze(parseFresh(markdown));
      this.#trees.set(markdown, tree);
    }
    return tree;
  }

  get size(): number {
    return this.#trees.size;
  }
}
