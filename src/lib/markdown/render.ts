/**
 * Rendering parsed Markdown to HTML: citation nodes become numbered superscript links (numbered by the page's
 * registry, in reading order), disclosures become native details/summary. Unsafe Markdown never renders.
 */
import type { Element, ElementContent, Root as HastRoot } from 'hast';
import { toHtml } from 'hast-util-to-html';
import type { Root, RootContent } from 'mdast';
import { type Handler, type State, toHast } from 'mdast-util-to-hast';
import { dictionary } from '../../i18n/index.ts';
import type { CitationRegistry } from './citations.ts';
import type { CitationGroup, MoreDetail } from './nodes.ts';
import type { ParseCache } from './parse.ts';
import { findUnsafeMarkdown } from './safety.ts';

function assertSafe(root: Root): void {
  const findings = findUnsafeMarkdown(root);
  if (findings.length > 0) {
    throw new Error(`unsafe Markdown reached rendering: ${findings.map((f) => f.message).join('; ')}`);
  }
}

function handlers(registry: CitationRegistry, locale: string | undefined): Record<string, Handler> {
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
    return { type: 'element', tagName: 'sup', properties: { className: ['cite'] }, children };
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
  return { citationGroup, moreDetail } as unknown as Record<string, Handler>;
}

function toHtmlString(nodes: readonly RootContent[], registry: CitationRegistry, locale?: string): string {
  const hast = toHast({ type: 'root', children: [...nodes] }, { handlers: handlers(registry, locale) }) as HastRoot;
  return toHtml(hast);
}

/** Render block content (one section's nodes) to HTML, numbering citations. */
export function renderBlocks(nodes: readonly RootContent[], registry: CitationRegistry, locale?: string): string {
  assertSafe({ type: 'root', children: [...nodes] });
  return toHtmlString(nodes, registry, locale);
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
