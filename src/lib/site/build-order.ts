/**
 * The order a build renders its pages in: the pages the search index reads first, then the rest, each group in the
 * order Astro gave. Pagefind can build its index only once its last page is in; with those pages first, it builds
 * and writes the index while the rest of the site renders, instead of after the last page.
 */
export function searchedFirst<T>(pages: readonly T[], searched: (page: T) => boolean): T[] {
  return [...pages.filter(searched), ...pages.filter((page) => !searched(page))];
}
