/** The site's content as the pages use it: Astro collections gathered into the checked model. */
import type { Content } from '../check/index.ts';
import type { Source, Topic, Trial } from '../model/schema.ts';

interface CollectionEntry<T> {
  id: string;
  data: T;
  body?: string | undefined;
  filePath?: string | undefined;
}

export function contentFromCollections(
  topics: ReadonlyArray<CollectionEntry<Topic>>,
  sources: ReadonlyArray<CollectionEntry<Source>>,
  trials: ReadonlyArray<CollectionEntry<Trial>>,
): Content {
  return {
    topics: new Map(
      topics.map((t) => [t.id, { slug: t.id, file: t.filePath ?? t.id, data: t.data, body: t.body ?? '' }]),
    ),
    sources: new Map(sources.map((s) => [s.id, { key: s.id, file: s.filePath ?? s.id, data: s.data }])),
    trials: new Map(trials.map((t) => [t.id, { id: t.id, file: t.filePath ?? t.id, data: t.data }])),
  };
}
