/**
 * Sentences as a reader meets them, each knowing whether it carries a citation. The editorial rule "every specific
 * number carries its citation in the same sentence" is about sentences, and a paragraph's citation at its end does
 * not cover a number three sentences earlier.
 */
import type { Nodes, Root } from 'mdast';
import { CITATION_PATTERN } from './citations.ts';

export interface Sentence {
  /** The words as written (line breaks kept), with each citation group left out. */
  text: string;
  cited: boolean;
  /** The body line the sentence starts on (for a tree with positions). */
  line?: number | undefined;
}

/** Stands for a citation group in flattened text; a private-use character no author types. */
const CITE = '\uE000';

/** Words whose full stop does not end a sentence. */
const ABBREVIATIONS = new Set(['e.g', 'i.e', 'vs', 'al', 'approx', 'dr', 'prof', 'st', 'no', 'fig', 'etc', 'cf']);

/**
 * A boundary: a full stop, question or exclamation mark (with any closing quote or bracket, and any citation written
 * after it), then space (group 1), then what can start a sentence.
 */
const BOUNDARY = /[.?!]["”’')\]]?(?: ?\uE000)*(\s+)(?=["“‘(*\p{Lu}\p{N}])/gu;

/** Whether a piece ends with an abbreviation's full stop; only its last word is read, so long paragraphs stay cheap. */
function endsWithAbbreviation(piece: string): boolean {
  const tail = piece.slice(-16).replaceAll(CITE, '').trimEnd();
  const word = tail.slice(tail.lastIndexOf(' ') + 1);
  return ABBREVIATIONS.has(word.replace(/^[("“‘]+|\.["”’')\]]?$/gu, '').toLowerCase());
}

/** Splits flattened text (citations as CITE) into sentences, each with its offset so callers can find its line. */
function split(flat: string): Array<{ text: string; offset: number }> {
  const parts: Array<{ text: string; offset: number }> = [];
  let start = 0;
  for (const match of flat.matchAll(BOUNDARY)) {
    const end = match.index + match[0].length;
    const piece = flat.slice(start, end - (match[1]?.length ?? 0));
    if (endsWithAbbreviation(piece)) continue;
    parts.push({ text: piece, offset: start });
    start = end;
  }
  parts.push({ text: flat.slice(start), offset: start });
  return parts.filter((p) => p.text.trim().length > 0);
}

function toSentence(text: string, line?: number): Sentence {
  const cited = text.includes(CITE);
  return { text: (cited ? text.replace(/ ?\uE000/gu, '') : text).trim(), cited, line };
}

/** The sentences of a frontmatter text such as a rationale, citations written [@key]. */
export function sentencesOfText(text: string): Sentence[] {
  return split(text.replace(CITATION_PATTERN, CITE)).map((p) => toSentence(p.text));
}

/** What a reader reads of an inline node, citations as CITE; line breaks kept so lines can be counted. */
function flatten(node: Nodes): string {
  switch (node.type) {
    case 'text':
    case 'inlineCode':
      return node.value;
    case 'citationGroup':
      return CITE + '\n'.repeat(node.value.split('\n').length - 1);
    case 'break':
      return '\n';
    default:
      return 'children' in node ? (node.children as Nodes[]).map(flatten).join('') : '';
  }
}

/**
 * The sentences of every paragraph in a tree, lists and More detail boxes included. Tables are left out: a table's
 * numbers are read by row, and its sources sit in its caption or a column of their own.
 */
export function sentencesOf(tree: Root): Sentence[] {
  const sentences: Sentence[] = [];
  const visit = (node: Nodes) => {
    if (node.type === 'table') return;
    if (node.type === 'paragraph') {
      const flat = flatten(node);
      const start = node.position?.start.line;
      for (const part of split(flat)) {
        const line = start === undefined ? undefined : start + (flat.slice(0, part.offset).match(/\n/g)?.length ?? 0);
        sentences.push(toSentence(part.text, line));
      }
      return;
    }
    if ('children' in node) for (const child of node.children as Nodes[]) visit(child);
  };
  visit(tree);
  return sentences;
}
