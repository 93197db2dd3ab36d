/**
 * Glossary terms in topic text. Unlike the parse-time transforms, this one depends on the page: a term is offered
 * in place only at its first use on a page, and a page is rendered in several pieces that share one cache of frozen
 * trees. So the parse stays term-agnostic, and marking happens per page at render time: `GlossaryMarker` returns
 * new nodes (the frozen tree is never touched) and remembers which terms the page has already offered.
 *
 * Matching is case-insensitive and on whole words (a hyphen counts as part of a word, so "randomized trial" never
 * matches inside "non-randomized trial"); a form written in capitals ("PEM") matches only in capitals. Text inside
 * links, headings, citations and code is never marked.
 */
import type { Parent, PhrasingContent, Root, RootContent, Text } from 'mdast';
import type { GlossaryMark } from '../nodes.ts';
import { nodesOfType } from '../walk.ts';

export interface TermForms {
  /** The term's id (its file name). */
  id: string;
  /** Every form to match: the term itself and its aliases. */
  forms: readonly string[];
}

interface Form {
  id: string;
  form: string;
  /** An abbreviation in capitals matches only as written. */
  exact: boolean;
}

/** A letter, digit or hyphen just before a place (two code units, for a letter outside the BMP). */
const WORD_BEFORE = /[\p{L}\p{N}-]$/u;
const normalize = (value: string) => value.replace(/\s+/g, ' ').toLowerCase();
const escapeRegExp = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Node types whose text is never marked: links, headings, citations, code, raw HTML and definitions. */
const OPAQUE = new Set([
  'link',
  'linkReference',
  'heading',
  'citationGroup',
  'inlineCode',
  'code',
  'html',
  'definition',
]);

export interface TermMatch {
  id: string;
  start: number;
  end: number;
}

export class TermMatcher {
  readonly #forms = new Map<string, Form[]>();
  readonly #pattern: RegExp | undefined;

  constructor(terms: readonly TermForms[]) {
    const all: Form[] = [];
    for (const { id, forms } of terms) {
      for (const form of forms) {
        const trimmed = form.trim();
        if (trimmed.length === 0) continue;
        const exact = /\p{Lu}/u.test(trimmed) && trimmed === trimmed.toUpperCase();
        all.push({ id, form: trimmed.replace(/\s+/g, ' '), exact });
      }
    }
    for (const form of all) {
      const key = normalize(form.form);
      this.#forms.set(key, [...(this.#forms.get(key) ?? []), form]);
    }
    // Longest first, so "small fiber neuropathy" wins over "neuropathy" at the same place; ties by text, so the
    // pattern (and so every page) is the same whatever order the files were read in.
    const sources = [...new Set(all.map((f) => f.form))]
      .sort((a, b) => b.length - a.length || a.localeCompare(b))
      .map((form) => form.split(' ').map(escapeRegExp).join('\\s+'));
    // The whole-word test before a match is made by hand (`WORD_BEFORE`): as a lookbehind at the pattern's start it
    // kept the engine from skipping quickly over places where no term can start, and it took three times as long.
    this.#pattern = sources.length > 0 ? new RegExp(`(?:${sources.join('|')})(?![\\p{L}\\p{N}-])`, 'giu') : undefined;
  }

  /** Every match in a text, in order, without overlaps. */
  matches(text: string): TermMatch[] {
    const pattern = this.#pattern;
    if (!pattern) return [];
    const found: TermMatch[] = [];
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
      if (WORD_BEFORE.test(text.slice(Math.max(0, match.index - 2), match.index))) {
        // Inside a word: look again from the next character, as a lookbehind would have.
        pattern.lastIndex = match.index + 1;
        continue;
      }
      const written = match[0].replace(/\s+/g, ' ');
      const form = (this.#forms.get(normalize(written)) ?? []).find((f) => !f.exact || f.form === written);
      if (form) found.push({ id: form.id, start: match.index, end: match.index + match[0].length });
    }
    return found;
  }
}

/** Calls `onText` for every text node a reader sees as running text (never inside an opaque node). */
function eachRunningText(nodes: readonly RootContent[], onText: (node: Text) => void): void {
  for (const node of nodes) {
    if (OPAQUE.has(node.type)) continue;
    if (node.type === 'text') onText(node);
    else if ('children' in node) eachRunningText(node.children as RootContent[], onText);
  }
}

/** The ids of every term used in some running text, in order of first use. */
export function termsUsedIn(nodes: readonly RootContent[], matcher: TermMatcher): string[] {
  const used = new Set<string>();
  eachRunningText(nodes, (node) => {
    for (const match of matcher.matches(node.value)) used.add(match.id);
  });
  return [...used];
}

/** The ids in authors' links to /glossary/<id>/, in order. */
export function glossaryLinksIn(root: Root): Array<{ id: string; line: number | undefined }> {
  const found: Array<{ id: string; line: number | undefined }> = [];
  for (const node of nodesOfType(root, 'link')) {
    const id = parseGlossaryPath(node.url);
    if (id !== undefined) found.push({ id, line: node.position?.start.line });
  }
  return found;
}

const GLOSSARY_PATH = /^\/glossary\/([^/#?]+)\/?(?:#.*)?$/;

/** The term id of a glossary page's path, or undefined for any other address. */
export function parseGlossaryPath(path: string): string | undefined {
  return GLOSSARY_PATH.exec(path)?.[1];
}

/**
 * One page's glossary state: which terms it has offered so far. Pieces of a page must be marked in reading order,
 * as citations are numbered.
 */
export class GlossaryMarker {
  readonly #matcher: TermMatcher;
  readonly #offered = new Set<string>();

  /** `skip`: terms never offered on this page (the page that covers the term in full). */
  constructor(matcher: TermMatcher, skip: Iterable<string> = []) {
    this.#matcher = matcher;
    for (const id of skip) this.#offered.add(id);
  }

  /** New nodes with each term's first use on the page marked; nodes without a new term come back as they were. */
  mark(nodes: readonly RootContent[]): RootContent[] {
    return nodes.flatMap((node) => this.#markNode(node));
  }

  /** A node becomes one or more nodes: a text with a term splits around the mark. */
  #markNode(node: RootContent): RootContent[] {
    if (OPAQUE.has(node.type)) return [node];
    if (node.type === 'text') return this.#markText(node);
    if (!('children' in node)) return [node];
    const children = (node as Parent).children as RootContent[];
    const marked = children.flatMap((child) => this.#markNode(child));
    const same = marked.length === children.length && marked.every((child, i) => child === children[i]);
    return [same ? node : ({ ...node, children: marked } as RootContent)];
  }

  #markText(node: Text): PhrasingContent[] {
    const pieces: PhrasingContent[] = [];
    let last = 0;
    for (const match of this.#matcher.matches(node.value)) {
      if (this.#offered.has(match.id)) continue;
      this.#offered.add(match.id);
      if (match.start > last) pieces.push({ type: 'text', value: node.value.slice(last, match.start) });
      const trailing = /^[^\s\p{L}\p{N}]*/u.exec(node.value.slice(match.end))?.[0] ?? '';
      const mark: GlossaryMark = {
        type: 'glossaryMark',
        term: match.id,
        value: node.value.slice(match.start, match.end),
        trailing,
      };
      pieces.push(mark);
      last = match.end + trailing.length;
    }
    if (pieces.length === 0) return [node];
    if (last < node.value.length) pieces.push({ type: 'text', value: node.value.slice(last) });
    return pieces;
  }
}
