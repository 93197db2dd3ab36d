// One route shape for a topic's reference list as a download (RIS, BibTeX), built with the site. Files starting
// with "_" are not routes themselves.
import type { APIRoute, GetStaticPaths } from 'astro';
import { referenceFile } from '../../../lib/views/reference-files.ts';
import { loadSite } from '../../../site.ts';

export function referenceFileRoute(
  format: Parameters<typeof referenceFile>[0],
  contentType: string,
): { getStaticPaths: GetStaticPaths; GET: APIRoute } {
  return {
    getStaticPaths: async () => {
      const { content } = await loadSite();
      return [...content.topics.values()].map((topic) => ({ params: { kind: topic.data.kind, slug: topic.id } }));
    },
    GET: async ({ params }) => {
      const { content, options } = await loadSite();
      return new Response(referenceFile(format, content, params.slug ?? '', options), {
        headers: { 'Content-Type': `${contentType}; charset=utf-8` },
      });
    },
  };
}
