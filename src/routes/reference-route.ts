// A topic's reference list as a download, served by the dev server. A build does not render these as routes: each
// topic page hands its two downloads to the build as it renders (src/middleware.ts), which is several times cheaper
// than two more routes per topic. src/integrations/atlas.ts adds these routes in `astro dev` only.
import type { APIRoute, GetStaticPaths } from 'astro';
import { REFERENCE_FILE_TYPES, type ReferenceFormat } from '../lib/views/cite.ts';
import { referenceFile } from '../lib/views/reference-files.ts';
import { loadSite } from '../site.ts';

export function referenceFileRoute(format: ReferenceFormat): { getStaticPaths: GetStaticPaths; GET: APIRoute } {
  return {
    getStaticPaths: async () => {
      const { content } = await loadSite();
      return [...content.topics.values()].map((topic) => ({ params: { kind: topic.data.kind, slug: topic.id } }));
    },
    GET: async ({ params }) => {
      const { content, options } = await loadSite();
      return new Response(referenceFile(format, content, params.slug ?? '', options), {
        headers: { 'Content-Type': `${REFERENCE_FILE_TYPES[format]}; charset=utf-8` },
      });
    },
  };
}
