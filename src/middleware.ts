// During a build, each page goes to the end of the build as soon as it exists (src/integrations/build-handover.ts):
// every HTML page for the search index, and a topic page's reference downloads.
import { defineMiddleware } from 'astro:middleware';
import { buildHandover } from './integrations/build-handover.ts';
import { referenceFiles } from './lib/views/reference-files.ts';
import { loadSite } from './site.ts';

export const onRequest = defineMiddleware(async (context, next) => {
  const handover = buildHandover();
  if (!handover || !context.isPrerendered) return next();
  const path = context.url.pathname;
  // Taken before rendering, so pages keep the build's order however their rendering overlaps.
  const rendered = handover.page(path);
  let html: string | undefined;
  try {
    const response = await next();
    if (response.headers.get('content-type')?.startsWith('text/html')) html = await response.clone().text();
    const { kind, slug } = context.params;
    if (kind && slug) {
      const { content, options } = await loadSite();
      if (content.topics.get(slug)?.data.kind === kind) {
        for (const file of referenceFiles(content, slug, path, options)) handover.file(file.path, file.text);
      }
    }
    return response;
  } finally {
    rendered(html);
  }
});
