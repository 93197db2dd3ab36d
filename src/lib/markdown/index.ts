/**
 * The topic Markdown pipeline: parse once, check what authors wrote, render
 * sections in reading order with numbered citations. Raw HTML, images and
 * unsafe links never reach the output: the check rejects them, and rendering
 * refuses them too.
 */
import type { Element, ElementContent, Root as HastRoot } from 'hast';
import { toHtml } from 'hast-util-to-html';
import type { Heading, Link, PhrasingContent, Root, RootContent, Text } from 'mdast';
import type { ContainerDirective } from 'mdast-util-directive';
import { toHast } from 'mdast-util-to-hast';
import { toString as mdastToString } from 'mdast-util-to-string';
import remarkDirective from 'remark-directive';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { CITATION_PATTERN, type CitationRegistry, splitGroup } from './citations.ts';

const parser = unified().use(remarkParse).use(remarkGfm).use(remarkDirective);

/** The one directive authors may use: a closed-by-default disclosure for clinician detail. */
export const MORE_DETAIL = 'more-detail';
export const MORE_DETAIL_DEFAULT_LABEL = 'More detail';

function parseFresh(markdown: string): Root {
  return parser.runSync(parser.parse(markdown)) as Root;
}

// The build checks every body, then renders it: one parse serves both. The cache lives on globalThis
// because the check (an integration) and the pages (bundled by Vite) load separate copies of this module.
const cacheKey = Symbol.for('long-covid-atlas.markdown-trees');
const trees: Map<string, Root> =
  ((globalThis as Record<symbol, unknown>)[cacheKey] as Map<string, Root> | undefined) ?? new Map<string, Root>();
(globalThis as Record<symbol, unknown>)[cacheKey] = trees;

/** Parse a topic body. The tree is shared: read it, never change it (renderBlocks works on a copy). */
export function parseMarkdown(markdown: string): Root {
  let tree = trees.get(markdown);
  if (!tree) {
    tree = parseFresh(markdown);
    trees.set(markdown, tree);
  }
  return tree;
}

export interface BodyFinding {
  line: number | undefined;
  message: string;
}

const SAFE_URL = /^(https?:|mailto:|\/|#|\.\.?\/)/i;

/** True for links a reader can follow safely: web, mail, and links within the site. */
export function isSafeUrl(url: string): boolean {
  return SAFE_URL.test(url.trim());
}

/** Everything in a Markdown text that an author must fix before it can be published. */
export function findUnsafeMarkdown(root: Root): BodyFinding[] {
  const findings: BodyFinding[] = [];
  visit(root, (node) => {
    const line = node.position?.start.line;
    switch (node.type) {
      case 'html':
        findings.push({
          line,
          message: `raw HTML is not allowed (${JSON.stringify(node.value.slice(0, 40))}); write it in Markdown instead`,
        });
        break;
      case 'image':
      case 'imageReference':
        findings.push({ line, message: 'images are not allowed in topic text; describe the content in words' });
        break;
      case 'link':
        if (!isSafeUrl(node.url)) {
          findings.push({
            line,
            message: `the link "${node.url}" is not allowed; links must start with https://, http://, mailto: or / (a page of the atlas)`,
          });
        }
        break;
      case 'definition':
        if (!isSafeUrl(node.url)) {
          findings.push({
            line,
            message: `the link definition "${node.url}" is not allowed; use https:// or a page of the atlas`,
          });
        }
        break;
      case 'footnoteReference':
      case 'footnoteDefinition':
        findings.push({ line, message: 'footnotes are not used; cite sources with [@key]' });
        break;
      case 'textDirective':
      case 'leafDirective':
        findings.push({
          line,
          message: `":${node.name}" reads as a directive; put a space after the colon, or write "\\:${node.name}"`,
        });
        break;
      case 'containerDirective':
        findings.push(...moreDetailFindings(node, line));
        break;
      default:
        break;
    }
  });
  return findings;
}

function moreDetailFindings(node: ContainerDirective, line: number | undefined): BodyFinding[] {
  if (node.name !== MORE_DETAIL) {
    return [{ line, message: `":::${node.name}" is not a known block; the only one is ":::${MORE_DETAIL}[label]"` }];
  }
  const findings: BodyFinding[] = [];
  if (node.attributes && Object.keys(node.attributes).length > 0) {
    findings.push({
      line,
      message: `":::${MORE_DETAIL}" takes a label in [brackets] and no {attributes}; remove them`,
    });
  }
  const content = node.children.filter((child) => !isDirectiveLabel(child));
  if (content.length === 0) {
    findings.push({ line, message: `the "${MORE_DETAIL}" block is empty; write its text or remove it` });
  }
  const inner: Root = { type: 'root', children: content };
  visit(inner, (child) => {
    if (child.type === 'heading') {
      findings.push({
        line: child.position?.start.line,
        message: `a heading inside ":::${MORE_DETAIL}" is not allowed; use its [label] or bold text instead`,
      });
    } else if (child.type === 'containerDirective') {
      findings.push({
        line: child.position?.start.line,
        message: `":::${MORE_DETAIL}" blocks cannot be nested; close the first with ":::" before opening another`,
      });
    }
  });
  return findings;
}

function isDirectiveLabel(node: RootContent): boolean {
  return node.type === 'paragraph' && (node.data as { directiveLabel?: boolean } | undefined)?.directiveLabel === true;
}

/** Turn ":::more-detail[label]" blocks into native details/summary elements (closed on screen, opened for print). */
function disclosures(nodes: RootContent[]): void {
  visit({ type: 'root', children: nodes }, 'containerDirective', (node: ContainerDirective) => {
    const label = node.children.find(isDirectiveLabel);
    const summaryText = label ? mdastToString(label) : MORE_DETAIL_DEFAULT_LABEL;
    const rest = node.children.filter((child) => !isDirectiveLabel(child));
    node.data = { hName: 'details', hProperties: { className: ['more-detail'] } };
    node.children = [
      {
        type: 'paragraph',
        data: { hName: 'summary' },
        children: label?.type === 'paragraph' ? label.children : [{ type: 'text', value: summaryText }],
      },
      ...rest,
    ];
  });
}

/** Citation keys used in a Markdown tree, in order, with the line of each. */
export function citationsIn(root: Root): Array<{ key: string; line: number | undefined }> {
  const found: Array<{ key: string; line: number | undefined }> = [];
  visit(root, 'text', (node: Text) => {
    for (const match of node.value.matchAll(CITATION_PATTERN)) {
      for (const key of splitGroup(match[1] ?? '')) found.push({ key, line: node.position?.start.line });
    }
  });
  return found;
}

export interface MarkdownSection {
  heading: string;
  nodes: RootContent[];
}

/** Split a body into its level-2 sections. Content before the first heading is returned as `preamble`. */
export function splitSections(root: Root): { preamble: RootContent[]; sections: MarkdownSection[] } {
  const preamble: RootContent[] = [];
  const sections: MarkdownSection[] = [];
  for (const node of root.children) {
    if (node.type === 'heading' && node.depth === 2) {
      sections.push({ heading: mdastToString(node), nodes: [] });
    } else if (sections.length === 0) {
      preamble.push(node);
    } else {
      sections.at(-1)?.nodes.push(node);
    }
  }
  return { preamble, sections };
}

/** Replace citation groups in text nodes with superscript links numbered by the registry. */
function numberCitations(nodes: RootContent[], registry: CitationRegistry): void {
  const root: Root = { type: 'root', children: nodes };
  visit(root, 'text', (node: Text, index, parent) => {
    if (!parent || index === undefined) return;
    const pieces: PhrasingContent[] = [];
    let last = 0;
    for (const match of node.value.matchAll(CITATION_PATTERN)) {
      const start = match.index;
      // A citation mark hugs the word before it: "CIDP [@x]" renders as "CIDP¹".
      if (start > last) pieces.push({ type: 'text', value: node.value.slice(last, start).replace(/\s+$/, '') });
      pieces.push(citationNode(splitGroup(match[1] ?? ''), registry));
      last = start + match[0].length;
    }
    if (pieces.length === 0) return;
    if (last < node.value.length) pieces.push({ type: 'text', value: node.value.slice(last) });
    (parent.children as PhrasingContent[]).splice(index, 1, ...pieces);
    return index + pieces.length;
  });
}

function citationNode(keys: string[], registry: CitationRegistry): PhrasingContent {
  const children: ElementContent[] = [];
  for (const [i, key] of keys.entries()) {
    const mark = registry.cite(key);
    if (i > 0) children.push({ type: 'text', value: ',' });
    children.push({
      type: 'element',
      tagName: 'a',
      properties: { href: `#ref-${mark.number}`, id: mark.id, ariaLabel: `Reference ${mark.number}` },
      children: [{ type: 'text', value: String(mark.number) }],
    });
  }
  // A phrasing node that mdast-util-to-hast turns into the element described in `data`.
  return {
    type: 'text',
    value: '',
    data: { hName: 'sup', hProperties: { className: ['cite'] }, hChildren: children },
  } as unknown as PhrasingContent;
}

function assertSafe(root: Root): void {
  const findings = findUnsafeMarkdown(root);
  if (findings.length > 0) {
    throw new Error(`unsafe Markdown reached rendering: ${findings.map((f) => f.message).join('; ')}`);
  }
}

function toHtmlString(nodes: RootContent[]): string {
  const hast = toHast({ type: 'root', children: nodes }) as HastRoot;
  return toHtml(hast);
}

/** Render Markdown block content (one section's nodes) to HTML, numbering citations. */
export function renderBlocks(nodes: RootContent[], registry: CitationRegistry): string {
  const copy = structuredClone(nodes);
  assertSafe({ type: 'root', children: copy });
  disclosures(copy);
  numberCitations(copy, registry);
  return toHtmlString(copy);
}

/** Render a short Markdown string (a rationale, an open question) as inline HTML. */
export function renderInline(markdown: string, registry: CitationRegistry): string {
  const root = parseFresh(markdown);
  assertSafe(root);
  numberCitations(root.children, registry);
  const only = root.children.length === 1 && root.children[0]?.type === 'paragraph' ? root.children[0] : undefined;
  if (!only) return toHtmlString(root.children);
  // Render the paragraph, then keep only its contents: phrasing needs no block wrapper.
  const paragraph = toHast(only) as Element;
  return toHtml({ type: 'root', children: paragraph.children });
}

export function countWords(text: string): number {
  const trimmed = text.trim();
  return trimmed === '' ? 0 : trimmed.split(/\s+/).length;
}

export type { Element, Heading, Link };
