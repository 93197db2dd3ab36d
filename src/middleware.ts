// During a build, a topic page hands its reference downloads to the end of the build (src/integrations/build-handover.ts).
import { defineMiddleware } from 'astro:middleware';
import { buildHandover } from './integrations/build-handover.ts';
import { referenceFiles } from './lib/views/reference-files.ts';
import { loadSite } from './site.ts';

export const onRequest = defineMiddleware(async (context, next) => {
  const handover = buildHandover();
  if (!handover || !context.isPrerendered) return next();
  const response = await next();
  const { kind, slug } = context.params;
  if (kind && slug) {
    const { content, options } = await loadSite();
    if (content.topics.get(slug)?.data.kind === kind) {
      for (const file of referenceFiles(content, slug, context.url.pathname, options)) {
        handover.file(file.path, file.text);
      }
    }
  }
  return response;
});
