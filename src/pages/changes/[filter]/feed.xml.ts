import type { APIRoute, GetStaticPaths } from 'astro';
import type { ChangeFilter } from '../../../lib/changes/history.ts';
import { changesFeed, usedFilters } from '../../../lib/changes/pages.ts';
import { loadSite } from '../../../site.ts';

export const getStaticPaths = (async () => {
  const { content } = await loadSite();
  return usedFilters(content).map((filter) => ({ params: { filter }, props: { filter } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { content, options } = await loadSite();
  return new Response(changesFeed(content, options.address, (props as { filter: ChangeFilter }).filter), {
    headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' },
  });
};
