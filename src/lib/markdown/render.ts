/**
 * Rendering parsed Markdown to HTML: citation nodes become numbered superscript links (numbered by the page's
 * registry, in reading order), disclosures become native details/summary, and a glossary term's first use on a page
 * becomes a button that opens its plain definition in place (a native popover: keyboard, touch and screen readers
 * work without any script). Unsafe Markdown never renders.
 */
import type { Element, ElementContent, Root as HastRoot } from 'hast';
import { toHtml } from 'hast-util-to-html';
import type { Root, RootContent } from 'mdast';
import { type Handler, type State, toHast } from 'mdast-util-to-hast';
import { dictionary } from '../../i18n/index.ts';
import type { CitationRegistry } from './citations.ts';
import type { CitationGroup, GlossaryMark, MoreDetail } from './nodes.ts';
import type { ParseCache } from './parse.ts';
import { findUnsafeMarkdown } from './safety.ts';
import type { GlossaryMarker } from './transforms/glossary.ts';

/** What a page offers in place for glossary terms: its marker (first uses) and each term's plain words. */
export interface GlossaryOnPage {
  marker: GlossaryMarker;
  entry(id: string): { term: string; plain: string; url: string } | undefined;
}

/** A term as it reads mid-sentence: "Post-exertional malaise" becomes lower-case, "POTS" and "ME/CFS" stay. */
function inSentence(term: string): string {
  return /^\p{Lu}\p{Ll}/u.test(term) ? term.charAt(0).toLowerCase() + term.slice(1) : term;
}

function glossaryMarkHtml(node: GlossaryMark, glossary: GlossaryOnPage | undefined, locale: string | undefined) {
  const entry = glossary?.entry(node.term);
  if (!entry) return { type: 'text', value: node.value + node.trailing } as const;
  const t = dictionary(locale).glossary;
  const id = `term-${node.term}`;
  const element: Element = {
    type: 'element',
    tagName: 'span',
    properties: { className: ['term'] },
    children: [
      {
        type: 'element',
        tagName: 'button',
        // The name says what the button opens; it starts with the visible words, so speech control finds it.
        properties: {
          type: 'button',
          className: ['term-button'],
          popovertarget: id,
          ariaLabel: `${node.value}${t.buttonHint}`,
        },
        children: [{ type: 'text', value: node.value }],
      },
      {
        type: 'element',
        tagName: 'span',
        // The definition belongs to the glossary, not to this page: a search for its words should not find every page
        // that uses the term, and Pagefind should not store it as a second copy inside every result.
        properties: { id, popover: 'auto', className: ['term-pop'], dataPagefindIgnore: 'all' },
        children: [
          {
            type: 'element',
            tagName: 'span',
            properties: { className: ['term-pop-title'] },
            children: [{ type: 'text', value: entry.term }],
          },
          { type: 'text', value: ` ${entry.plain} ` },
          {
            type: 'element',
            tagName: 'a',
            properties: { href: entry.url },
            children: [{ type: 'text', value: t.more.replace('{term}', inSentence(entry.term)) }],
          },
        ],
      },
      ...(node.trailing ? [{ type: 'text' as const, value: node.trailing }] : []),
    ],
  };
  return element;
}

function assertSafe(root: Root): void {
  const findings = findUnsafeMarkdown(root);
  if (findings.length > 0) {
    throw new Error(`unsafe Markdown reached rendering: ${findings.map((f) => f.message).join('; ')}`);
  }
}

function handlers(
  registry: CitationRegistry,
  locale: string | undefined,
  glossary?: GlossaryOnPage,
): Record<string, Handler> {
  const citationGroup = (_state: State, node: CitationGroup): Element => {
    const children: ElementContent[] = [];
    // Numbers read in order within a group ("4,5", never "5,4").
    const marks = node.keys.map((key) => registry.cite(key)).sort((a, b) => a.number - b.number);
    for (const [i, mark] of marks.entries()) {
      if (i > 0) children.push({ type: 'text', value: ',' });
      children.push({
        type: 'element',
        tagName: 'a',
        properties: { href: `#ref-${mark.number}`, id: mark.id, ariaLabel: `Reference ${mark.number}` },
        children: [{ type: 'text', value: String(mark.number) }],
      });
    }
    // Reference numbers are not words a reader searches for; left out, they also add no anchors to the index.
    return {
      type: 'element',
      tagName: 'sup',
      properties: { className: ['cite'], dataPagefindIgnore: 'all' },
      children,
    };
  };
  const moreDetail = (state: State, node: MoreDetail): Element => {
    const label: ElementContent[] =
      node.label.length > 0
        ? state.all({ type: 'paragraph', children: node.label })
        : [{ type: 'text', value: dictionary(locale).ui.moreDetail }];
    return {
      type: 'element',
      tagName: 'details',
      properties: { className: ['more-detail'] },
      children: [
        { type: 'element', tagName: 'summary', properties: {}, children: label },
        ...state.wrap(state.all(node), true),
      ],
    };
  };
  const glossaryMark = (_state: State, node: GlossaryMark) => glossaryMarkHtml(node, glossary, locale);
  return { citationGroup, moreDetail, glossaryMark } as unknown as Record<string, Handler>;
}

function toHtmlString(
  nodes: readonly RootContent[],
  registry: CitationRegistry,
  locale?: string,
  glossary?: GlossaryOnPage,
): string {
  const hast = toHast(
    { type: 'root', children: [...nodes] },
    { handlers: handlers(registry, locale, glossary) },
  ) as HastRoot;
  return toHtml(hast);
}

/**
 * Render block content (one section's nodes) to HTML, numbering citations and, given the page's glossary, offering
 * each term in place at its first use on the page.
 */
export function renderBlocks(
  nodes: readonly RootContent[],
  registry: CitationRegistry,
  locale?: string,
  glossary?: GlossaryOnPage,
): string {
  assertSafe({ type: 'root', children: [...nodes] });
  return toHtmlString(glossary ? glossary.marker.mark(nodes) : nodes, registry, locale, glossary);
}

/** Render a short Markdown string (a rationale, an open question) as inline HTML. */
export function renderInline(markdown: string, registry: CitationRegistry, cache: ParseCache, locale?: string): string {
  const root = cache.parse(markdown);
  assertSafe(root);
  const only = root.children.length === 1 && root.children[0]?.type === 'paragraph' ? root.children[0] : undefined;
  if (!only) return toHtmlString(root.children, registry, locale);
  // Render the paragraph, then keep only its contents: phrasing needs no block wrapper.
  const paragraph = toHast(only, { handlers: handlers(registry, locale) }) as Element;
  return toHtml({ type: 'root', children: paragraph.children });
}
