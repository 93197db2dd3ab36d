/**
 * The Pagefind index, fed page by page while the build renders: Pagefind indexes in its own process, on the second
 * core, instead of reading every page back from disk once they are all written (at 5,000 topics that took 50 s, more
 * than plain Astro's whole build). The integration starts it before the pages render, hands it each page through
 * src/integrations/build-handover.ts, and writes it at the end.
 */
import * as pagefind from 'pagefind';

export interface SearchIndex {
  /** Index a rendered page (only topic pages, marked data-pagefind-body, are indexed). */
  add(path: string, html: string): void;
  /** Wait for every page handed over, then write the index files; resolves to the number of pages indexed. */
  write(outputPath: string): Promise<number>;
}

export async function startSearchIndex(): Promise<SearchIndex> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  const pending: Array<Promise<pagefind.NewFileResponse>> = [];
  return {
    add(path, html) {
      if (html.includes('data-pagefind-body')) pending.push(index.addHTMLFile({ url: path, content: html }));
    },
    async write(outputPath) {
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
