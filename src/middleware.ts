// During a build, each rendered page goes to the search index as soon as it exists (src/integrations/search-index.ts).
import { defineMiddleware } from 'astro:middleware';
import { searchIndexer } from './integrations/search-index.ts';

export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  const indexer = searchIndexer();
  if (indexer && context.isPrerendered && response.headers.get('content-type')?.startsWith('text/html')) {
    indexer.add(context.url.pathname, await response.clone().text());
  }
  return response;
});
