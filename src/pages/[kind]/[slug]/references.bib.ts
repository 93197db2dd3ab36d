// A topic's reference list as BibTeX, built with the site (linked from the page's "Cite this page").
import type { APIRoute, GetStaticPaths } from 'astro';
import { referenceFile } from '../../../lib/views/reference-files.ts';
import { loadSite } from '../../../site.ts';

export const getStaticPaths = (async () => {
  const { content } = await loadSite();
  return [...content.topics.values()].map((topic) => ({ params: { kind: topic.data.kind, slug: topic.id } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const { content, options } = await loadSite();
  return new Response(referenceFile('bib', content, params.slug ?? '', options), {
    headers: { 'Content-Type': 'application/x-bibtex; charset=utf-8' },
  });
};
