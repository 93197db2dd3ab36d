/**
 * The build's prerenderer: Astro's own, changed in three ways.
 * - Astro lists the pages (reading the content) while the content check runs, and hands the list over only once the
 *   check has passed: a content mistake stops the build with its report before any page is written.
 * - Topic pages, the only ones the search index reads, render first (src/lib/site/build-order.ts), so Pagefind
 *   writes its index while the other pages render.
 * - Each page's HTML goes on to ./rendered-pages.ts as the bytes Astro writes: read once, not decoded here.
 */
import type { AstroPrerenderer } from 'astro';
import { searchedFirst } from '../lib/site/build-order.ts';
import type { RenderedPages } from './rendered-pages.ts';

/** The route whose pages the search index reads: topic pages, the only ones marked data-pagefind-body. */
const SEARCHED_ROUTE = '/[kind]/[slug]';

export function atlasPrerenderer(
  astro: AstroPrerenderer,
  { checked, pages }: { checked: Promise<void>; pages: RenderedPages },
): AstroPrerenderer {
  return {
    ...astro,
    name: 'atlas:checked-and-searched-first',
    async getStaticPaths() {
      const listing = astro.getStaticPaths();
      // Bad content can break the listing too, but the check's report says what to fix, so it comes first.
      listing.catch(() => undefined);
      await checked;
      const paths = searchedFirst(await listing, (p) => p.route.route === SEARCHED_ROUTE);
      pages.expect(paths.filter((p) => p.route.route === SEARCHED_ROUTE).map((p) => p.pathname));
      return paths;
    },
    async render(request, options) {
      const handIn = pages.reserve(new URL(request.url).pathname);
      let html: Uint8Array<ArrayBuffer> | undefined;
      try {
        const result = await astro.render(request, options);
        const response = result instanceof Response ? result : result.response;
        if (!response.body || !response.headers.get('content-type')?.startsWith('text/html')) return result;
        html = new Uint8Array(await response.arrayBuffer());
        const { status, statusText, headers } = response;
        // A Response copies the bytes it is given, so `html` stays the build's to hand on.
        const copy = new Response(html, { status, statusText, headers });
        return result instanceof Response ? copy : { ...result, response: copy };
      } finally {
        handIn(html);
      }
    },
  };
}
