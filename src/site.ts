// The one module that touches astro:content, so everything in lib/ stays plain, testable Node.
import { getCollection } from 'astro:content';
import type { Content } from './lib/check/index.ts';
import { contentFromCollections } from './lib/io/site-content.ts';

let cached: Promise<Content> | undefined;

export function loadSiteContent(): Promise<Content> {
  cached ??= (async () =>
    contentFromCollections(
      await getCollection('topics'),
      await getCollection('sources'),
      await getCollection('trials'),
    ))();
  return cached;
}
