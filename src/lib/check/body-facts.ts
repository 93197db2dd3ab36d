/**
 * What a topic's body says, as the check's rules read it: taken from its parsed tree once per check, after which the
 * tree is let go. Rules used to read the trees themselves, so the check kept every body's tree until its last rule:
 * at 5,000 topics that held about 900 MB and cost a third of the check's time in garbage collection.
 */
import type { Root } from 'mdast';
import { citationsIn, findUnsafeMarkdown, type Sentence, sentencesOf, splitSections } from '../markdown/index.ts';
import type { BodyFinding } from '../markdown/safety.ts';
import { type TermMatcher, termsUsedIn } from '../markdown/transforms/glossary.ts';
import { nodesOfType } from '../markdown/walk.ts';
import { type BodyGlossary, bodyGlossary } from '../views/glossary-view.ts';

export interface BodyFacts extends BodyGlossary {
  /** Raw HTML, images, unsafe links and stray directives. */
  unsafe: BodyFinding[];
  /** The first text before the first section (link definitions aside), if there is any. */
  preamble: { line: number | undefined } | undefined;
  /** The level-2 sections in order; `empty` when a section has nothing under its heading. */
  sections: Array<{ heading: string; empty: boolean }>;
  /** Every citation key, in reading order, with its line in the body. */
  citations: Array<{ key: string; line: number | undefined }>;
  /** Every link's address, with its line in the body. */
  links: Array<{ url: string; line: number | undefined }>;
  /** The sentences that cite nothing. */
  uncited: Sentence[];
  /** Words on the glossary's list of candidates, in order of first use. */
  candidates: string[];
}

/** The glossary's two matchers: its terms, and the candidate words no term covers yet. */
export interface GlossaryMatchers {
  terms: TermMatcher;
  candidates: TermMatcher;
}

export function bodyFacts(root: Root, glossary: GlossaryMatchers): BodyFacts {
  const { preamble, sections } = splitSections(root);
  return {
    unsafe: findUnsafeMarkdown(root),
    preamble: preamble.some((node) => node.type !== 'definition')
      ? { line: preamble[0]?.position?.start.line }
      : undefined,
    sections: sections.map((s) => ({ heading: s.heading, empty: s.nodes.every((node) => node.type === 'heading') })),
    citations: citationsIn(root),
    links: nodesOfType(root, 'link').map((node) => ({ url: node.url, line: node.position?.start.line })),
    uncited: sentencesOf(root).filter((sentence) => !sentence.cited),
    ...bodyGlossary(root, glossary.terms),
    candidates: termsUsedIn(root.children, glossary.candidates),
  };
}
