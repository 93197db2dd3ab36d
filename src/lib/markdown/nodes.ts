/**
 * The atlas's own Markdown nodes, made by the transforms at parse time and rendered by ./render.ts.
 * Typed into mdast, so the check and the renderer visit them like any other node.
 */
import type { BlockContent, DefinitionContent, Literal, Parent, PhrasingContent } from 'mdast';

/** "[@a; @b]": one or more citations at one place in the text. */
export interface CitationGroup extends Literal {
  type: 'citationGroup';
  /** The source keys, in the order written. */
  keys: string[];
  value: string;
}

/** ":::more-detail[label]": clinician-level detail, closed on screen and open in print. */
export interface MoreDetail extends Parent {
  type: 'moreDetail';
  /** The label's words, or none for the default label. */
  label: PhrasingContent[];
  /** The author wrote {attributes}, which the block does not take. */
  hasAttributes: boolean;
  /**
   * How the block ended: on a line of ":::", on a ":::" line with words after it (the parser drops them), or not at
   * all (the block ran to the end of the body and took in everything after it).
   */
  closing: { kind: 'fence' } | { kind: 'fence-with-text'; text: string } | { kind: 'missing' };
  children: Array<BlockContent | DefinitionContent>;
}

/** The first use of a glossary term on a page, marked at render time (./transforms/glossary.ts). */
export interface GlossaryMark extends Literal {
  type: 'glossaryMark';
  /** The term's id (its file name in src/content/glossary/). */
  term: string;
  /** The words as the author wrote them. */
  value: string;
  /** Punctuation right after the words ("autoantibodies:"), kept with them so a line never starts with it. */
  trailing: string;
}

declare module 'mdast' {
  interface PhrasingContentMap {
    citationGroup: CitationGroup;
    glossaryMark: GlossaryMark;
  }
  interface RootContentMap {
    citationGroup: CitationGroup;
    glossaryMark: GlossaryMark;
    moreDetail: MoreDetail;
  }
  interface BlockContentMap {
    moreDetail: MoreDetail;
  }
}
