/**
 * The order a build renders its pages in: the pages the search index reads first, then the rest, each group in the
 * order Astro gave. Pagefind can build its index only once its last page is in; with those pages first, it builds
 * and writes the index while the rest of the site renders, instead of after the last page.
 */
export function searchedFirst<T>(pages: readonly T[], searched: (page: T) => boolean): T[] {
  return [...pages.filter(searched), ...pages.filter((page) => !searched(page))];
}

/**
 * One name for a page however it is written: Astro names a page "/a/b" before it renders, "/a/b/" while it renders,
 * and the built folder has "/a/b/" (index.html) or "/404.html".
 */
export function pagePath(path: string): string {
  const bare = path.endsWith('.html') ? path.slice(0, -'.html'.length) : path;
  return bare.length > 1 && bare.endsWith('/') ? bare.slice(0, -1) : bare;
}
