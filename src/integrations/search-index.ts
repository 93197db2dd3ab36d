/**
 * The Pagefind index, fed page by page while the build renders: Pagefind indexes in its own process, on the second
 * core, instead of reading every page back from disk once they are all written (at 5,000 topics that took 50 s, more
 * than plain Astro's whole build). The integration starts it before the pages render and writes it at the end;
 * src/middleware.ts hands over each rendered page.
 *
 * The two sides load in different module graphs (Astro's config and the bundled site), so the one live indexer is
 * kept under a global symbol, for the length of one build only.
 */
import * as pagefind from 'pagefind';

const KEY = Symbol.for('long-covid-atlas.search-indexer');

export interface SearchIndexer {
  /** Index a rendered page (only topic pages, marked data-pagefind-body, are indexed). */
  add(path: string, html: string): void;
}

interface Slot {
  [KEY]?: SearchIndexer;
}

/** The indexer of the build in progress, if any (none in the dev server). */
export function searchIndexer(): SearchIndexer | undefined {
  return (globalThis as Slot)[KEY];
}

/** Start an index for this build; `write` waits for every page handed over, then writes the index files. */
export async function startSearchIndex(): Promise<{ write(outputPath: string): Promise<number> }> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  const pending: Array<Promise<pagefind.NewFileResponse>> = [];
  (globalThis as Slot)[KEY] = {
    add(path, html) {
      if (html.includes('data-pagefind-body')) pending.push(index.addHTMLFile({ url: path, content: html }));
    },
  };
  return {
    async write(outputPath) {
      delete (globalThis as Slot)[KEY];
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
