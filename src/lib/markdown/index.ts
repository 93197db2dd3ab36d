/** The topic Markdown pipeline: parse once per build, check what authors wrote, render in reading order. */
export { CitationRegistry, citationKeysIn } from './citations.ts';
export { ParseCache } from './parse.ts';
export { renderBlocks, renderInline } from './render.ts';
export { findUnsafeMarkdown } from './safety.ts';
export { citationsIn, countWords, splitSections } from './sections.ts';
export { type Sentence, sentencesOf, sentencesOfText } from './sentences.ts';
