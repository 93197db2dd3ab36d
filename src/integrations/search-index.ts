/**
 * The Pagefind index, fed page by page while the build renders: Pagefind indexes in its own process, on the second
 * core, instead of reading every page back from disk once they are all written (at 5,000 topics that took 50 s, more
 * than plain Astro's whole build). The integration starts it before the pages render, hands it each page through
 * src/integrations/build-handover.ts, and writes it at the end.
 *
 * Pages render two at a time, so they finish in no fixed order; Pagefind numbers pages in the order they are added,
 * which decides its file names and how it breaks ties. So each page takes its place when it starts rendering (in the
 * build's own order) and is added once every page before it is in: the index is the same on every build.
 */
import * as pagefind from 'pagefind';
import { inOrder } from '../lib/site/in-order.ts';

export interface SearchIndex {
  /** Keep a page's place in the index's order; give it its HTML when rendered (undefined: not a page to index). */
  reserve(path: string): (html: string | undefined) => void;
  /** Wait for every page handed over, then write the index files; resolves to the number of pages indexed. */
  write(outputPath: string): Promise<number>;
}

export async function startSearchIndex(): Promise<SearchIndex> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  const pending: Array<Promise<pagefind.NewFileResponse>> = [];
  const pages = inOrder<string | undefined>((html, path) => {
    // Only topic pages, marked data-pagefind-body, are indexed.
    if (html?.includes('data-pagefind-body')) pending.push(index.addHTMLFile({ url: path, content: html }));
  });
  return {
    reserve: (path) => pages.reserve(path),
    async write(outputPath) {
      const missing = pages.unfilled();
      if (missing.length > 0) throw new Error(`the search index never received ${missing.join(', ')}`);
      const added = await Promise.all(pending);
      const failed = added.flatMap((a) => a.errors);
      if (failed.length > 0) throw new Error(`Pagefind: ${failed.join('; ')}`);
      const written = await index.writeFiles({ outputPath });
      if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
      await pagefind.close();
      return added.length;
    },
  };
}
