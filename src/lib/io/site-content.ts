/**
 * The site's content as the pages use it: read by the same reader and schemas as the check (src/lib/io/files.ts,
 * src/lib/check/load.ts), not through Astro's content store. Astro loads its store as one JavaScript module holding
 * every entry as a string, and V8's compile time for such a module grows faster than its size: at 5,000 topics it
 * cost a build 21 s and more (BENCHMARKS.md). Reading the files again costs a fraction of that.
 */
import { loadContent } from '../check/load.ts';
import { COLLECTION_NAMES, type CollectionName, type Content, type ContentEntry } from '../model/collections.ts';
import { readContent } from './files.ts';

/**
 * Each collection in the order of its ids (as Astro's store kept them), so lists that follow the maps' order come
 * out the same whichever way the files were read.
 */
export function inIdOrder(content: Content): Content {
  const sorted = (map: Map<string, ContentEntry<CollectionName>>) =>
    new Map([...map].sort(([a], [b]) => a.localeCompare(b)));
  return Object.fromEntries(
    COLLECTION_NAMES.map((name) => [name, sorted(content[name] as Map<string, ContentEntry<CollectionName>>)]),
  ) as Content;
}

/**
 * The content of a folder for the site. The build checks the same files first and stops on any error, so entries
 * that fail their schema (left out here) never reach a built page.
 */
export function siteContent(root: string): Content {
  return inIdOrder(loadContent(readContent(root)).content);
}
