/** A topic page's reference list as RIS or BibTeX: the same sources, in the same order, as the page lists. */
import type { Content } from '../model/collections.ts';
import { type KeyedSource, type ReferenceFormat, referenceFileUrls, toBibtex, toRis } from './cite.ts';
import { blocksOf, buildTopicView, type ViewOptions } from './topic-view.ts';

export function pageSources(content: Content, slug: string, options: ViewOptions): KeyedSource[] {
  const view = buildTopicView(content, slug, options);
  return (blocksOf(view, 'references')[0]?.items ?? []).flatMap((ref) => {
    const source = content.sources.get(ref.key);
    return source ? [{ key: ref.key, source: source.data }] : [];
  });
}

function formatted(format: ReferenceFormat, sources: KeyedSource[]): string {
  return format === 'ris' ? toRis(sources) : toBibtex(sources);
}

export function referenceFile(format: ReferenceFormat, content: Content, slug: string, options: ViewOptions): string {
  return formatted(format, pageSources(content, slug, options));
}

/** Both downloads of the topic page at `pageUrl`, at the addresses its "Cite this page" links to. */
export function referenceFiles(
  content: Content,
  slug: string,
  pageUrl: string,
  options: ViewOptions,
): Array<{ path: string; text: string }> {
  const sources = pageSources(content, slug, options);
  return Object.entries(referenceFileUrls(pageUrl)).map(([format, path]) => ({
    path,
    text: formatted(format as ReferenceFormat, sources),
  }));
}
