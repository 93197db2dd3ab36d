/**
 * Parsing topic Markdown: CommonMark with GFM tables, container directives, and the atlas's transforms, which turn
 * citations and disclosures into typed nodes. One ParseCache per build serves the content check and the pages;
 * its trees are frozen, so nothing can change a shared tree in place.
 *
 * The parser is satteri, the native one Astro itself uses: it gives the same mdast, positions included, as
 * unified with remark-parse, remark-gfm and remark-directive did on every content file and fixture, at about a
 * tenth of the time, which was most of the build.
 */
import type { Root, Text } from 'mdast';
import type {} from 'mdast-util-directive';
import { markdownToMdast } from 'satteri';
import { citations } from './transforms/citations.ts';
import { disclosures } from './transforms/disclosures.ts';
import { replaceNodes } from './walk.ts';
import './nodes.ts';

/** The transforms every tree goes through, in order, with the Markdown the tree came from. */
export const TRANSFORMS: ReadonlyArray<(tree: Root, markdown: string) => void> = [disclosures, citations];

/** Bodies arrive without their front matter, so a leading "---" is a thematic break, never front matter. */
const FEATURES = { gfm: true, directive: true, frontmatter: false } as const;

/**
 * Authors use only the container form (":::more-detail"). The inline and leaf forms would turn everyday text such as
 * "randomized 1:1" or "at 10:30" into directives, so they go back to the text the author wrote.
 */
function restoreInlineColons(tree: Root, markdown: string): void {
  replaceNodes(tree, (node) => {
    if (node.type !== 'textDirective' && node.type !== 'leafDirective') return undefined;
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    const value = start === undefined || end === undefined ? `:${node.name}` : markdown.slice(start, end);
    const text: Text = { type: 'text', value, ...(node.position ? { position: node.position } : {}) };
    return [node.type === 'leafDirective' ? { type: 'paragraph', children: [text] } : text];
  });
}

export function parseFresh(markdown: string): Root {
  const tree = markdownToMdast(markdown, { features: FEATURES }) as Root;
  restoreInlineColons(tree, markdown);
  for (const transform of TRANSFORMS) transform(tree, markdown);
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

  /** The tree of a text, kept for the next caller: for texts that many pages or rules read. */
  parse(markdown: string): Root {
    let tree = this.#trees.get(markdown);
    if (!tree) {
      tree = deepFreeze(parseFresh(markdown));
      this.#trees.set(markdown, tree);
    }
    return tree;
  }

  /**
   * The tree of a text its caller reads once in this cache's life, such as a topic's body in a build, where only its
   * own page reads it: served from the cache if there, otherwise parsed and not kept. Keeping every body's tree until
   * the end of a build made the heap grow with every page, and garbage collection with it (a tenth of the build at
   * 5,000 topics). A tree not kept is shared with nobody, so it is not frozen.
   */
  parseOnce(markdown: string): Root {
    return this.#trees.get(markdown) ?? parseFresh(markdown);
  }

  get size(): number {
    return this.#trees.size;
  }
}
