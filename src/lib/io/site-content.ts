/** The site's content as the pages use it: Astro collections gathered into the checked model. */
import {
  COLLECTION_NAMES,
  type CollectionName,
  type Content,
  type ContentEntry,
  emptyContent,
} from '../model/collections.ts';

export interface CollectionEntry {
  id: string;
  data: unknown;
  body?: string | undefined;
  filePath?: string | undefined;
}

/** Build the content model from each collection's entries (in the table's order). */
export function contentFromCollections(collections: Record<CollectionName, readonly CollectionEntry[]>): Content {
  const content = emptyContent();
  for (const name of COLLECTION_NAMES) {
    const map = content[name] as Map<string, ContentEntry<CollectionName>>;
    for (const entry of collections[name]) {
      map.set(entry.id, {
        id: entry.id,
        file: entry.filePath ?? entry.id,
        data: entry.data as ContentEntry<CollectionName>['data'],
        body: entry.body ?? '',
      });
    }
  }
  return content;
}
