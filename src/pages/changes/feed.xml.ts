import type { APIRoute } from 'astro';
import { changesFeed } from '../../lib/changes/pages.ts';
import { loadSite } from '../../site.ts';

export const GET: APIRoute = async () => {
  const { content, options } = await loadSite();
  return new Response(changesFeed(content, options.address), {
    headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' },
  });
};
