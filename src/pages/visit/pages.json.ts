// The visit sheet's data (src/lib/views/visit-data.ts), one same-origin file fetched only by the visit page.
import { visitEntries } from '../../lib/views/visit-data.ts';
import { loadSite } from '../../site.ts';

export async function GET(): Promise<Response> {
  const { content, options } = await loadSite();
  return new Response(JSON.stringify(visitEntries(content, options.today)), {
    headers: { 'Content-Type': 'application/json' },
  });
}
