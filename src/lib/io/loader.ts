/**
 * An Astro content loader over the same reader the content check uses, so the
 * site and `npm run check` see exactly the same files and data.
 */
import type { Loader } from 'astro/loaders';
import { type CollectionName, readContent } from './files.ts';
import { contentRoot } from './paths.ts';

export function atlasLoader(collection: CollectionName): Loader {
  return {
    name: `atlas-${collection}`,
    load: async ({ store, parseData }) => {
      const { entries } = readContent(contentRoot());
      store.clear();
      for (const entry of entries) {
        if (entry.collection !== collection) continue;
        const data = await parseData({
          id: entry.id,
          data: entry.data as Record<string, unknown>,
          filePath: entry.file,
        });
        store.set({
          id: entry.id,
          data,
          ...(entry.body === undefined ? {} : { body: entry.body }),
          filePath: entry.file,
        });
      }
    },
  };
}
