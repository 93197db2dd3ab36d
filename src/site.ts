// Where the pages get the content: read and checked in plain, testable Node (src/lib), not through astro:content.
import { checkContentDir } from './lib/check/index.ts';
import { ContentError } from './lib/check/problems.ts';
import { whenContentChanges } from './lib/io/content-digest.ts';
import { contentRoot } from './lib/io/paths.ts';
import { inIdOrder, siteContent } from './lib/io/site-content.ts';
import { ParseCache } from './lib/markdown/index.ts';
import type { Content } from './lib/model/collections.ts';
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

function site(content: Content): Site {
  return { content, options: { today: today(), cache, address: siteAddress() } };
}

/**
 * The checked content. A build checks it once before it starts (on its own worker) and reads it here once; the dev
 * server checks it again on the first request after every edit, so an edit shows as soon as it is saved, and a content
 * mistake shows in the browser's error overlay with its file, field and fix.
 */
export function loadSite(): Promise<Site> {
  if (import.meta.env.DEV) return checkedInDev(contentRoot(), today());
  cached ??= Promise.resolve(site(siteContent(contentRoot())));
  return cached;
}

/** In the dev server, checked again only after an edit (or a new day): a page view without one costs no check. */
const checkedInDev = whenContentChanges((root, day): Promise<Site> => {
  const { problems, content } = checkContentDir(root, { today: day, cache });
  const errors = problems.filter((p) => p.severity === 'error');
  if (errors.length > 0) return Promise.reject(new ContentError(errors));
  return Promise.resolve(site(inIdOrder(content)));
});
