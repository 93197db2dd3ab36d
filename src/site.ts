// The one module that touches astro:content, so everything in lib/ stays plain, testable Node.
import { getCollection } from 'astro:content';
import { checkContentDir } from './lib/check/index.ts';
import { ContentError } from './lib/check/problems.ts';
import { contentRoot } from './lib/io/paths.ts';
import { type CollectionEntry, contentFromCollections } from './lib/io/site-content.ts';
import { ParseCache } from './lib/markdown/index.ts';
import { COLLECTION_NAMES, type CollectionName, type Content } from './lib/model/collections.ts';
import { siteAddress } from './lib/site/address.ts';
import { today } from './lib/site/dates.ts';
import type { ViewOptions } from './lib/views/topic-view.ts';

export interface Site {
  content: Content;
  /** What every view needs: today's date and the build's one parse cache. */
  options: ViewOptions;
}

// One parse cache per build (a process): every page of the build shares its frozen trees.
const cache = new ParseCache();
let cached: Promise<Site> | undefined;

async function load(): Promise<Site> {
  const entries = await Promise.all(COLLECTION_NAMES.map(async (name) => [name, await getCollection(name)] as const));
  const content = contentFromCollections(
    Object.fromEntries(entries) as unknown as Record<CollectionName, readonly CollectionEntry[]>,
  );
  return { content, options: { today: today(), cache, address: siteAddress() } };
}

/**
 * The checked content. A build checks it once before it starts; the dev server checks it on every request, so a
 * content mistake shows in the browser's error overlay with its file, field and fix as soon as it is saved.
 */
export function loadSite(): Promise<Site> {
  if (import.meta.env.DEV) {
    const { problems } = checkContentDir(contentRoot(), { today: today(), cache });
    const errors = problems.filter((p) => p.severity === 'error');
    if (errors.length > 0) return Promise.reject(new ContentError(errors));
    return load();
  }
  cached ??= load();
  return cached;
}
