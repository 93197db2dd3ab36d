/**
 * What of a page the search index needs: its language and the element marked data-pagefind-body. Once a site marks
 * one, Pagefind indexes that element and nothing else of the page. A topic page is about 78 kB, its marked region
 * about 27; handed the region alone, Pagefind wrote an index byte for byte the same (1,078 pages, compared on
 * 2026-12-01), and the build spends a third of the time encoding pages for Pagefind's process. So that nothing can
 * be lost on the way, every other data-pagefind-* attribute must sit inside the region: one outside is an error.
 */
const BODY_MARK = /<([a-z][a-z0-9-]*)\b[^>]*\sdata-pagefind-body[\s>=/]/i;
const SEARCH_ATTRIBUTE = 'data-pagefind-';
const LANG = /<html\b[^>]*\slang="([^"]*)"/i;

/** The page reduced to its marked region, or the page as it is if it has none (or its markup is not understood). */
export function searchableHtml(html: string): string {
  const mark = BODY_MARK.exec(html);
  const tag = mark?.[1]?.toLowerCase();
  if (!mark || !tag) return html;
  const end = closingTagEnd(html, tag, mark.index);
  if (end === undefined) return html;
  const region = html.slice(mark.index, end);
  const outside = count(html, SEARCH_ATTRIBUTE) - count(region, SEARCH_ATTRIBUTE);
  if (outside > 0) {
    throw new Error(
      `${outside} data-pagefind-* attribute(s) outside the element marked data-pagefind-body: move them inside it, ` +
        'where the search index reads them',
    );
  }
  const lang = LANG.exec(html)?.[1];
  const open = lang === undefined ? '<html>' : `<html lang="${lang}">`;
  return `<!DOCTYPE html>${open}<head><meta charset="utf-8"></head><body>${region}</body></html>`;
}

/** Where the element of `tag` opened at `start` ends (after its closing tag), counting nested elements of its name. */
function closingTagEnd(html: string, tag: string, start: number): number | undefined {
  const tags = new RegExp(`<(/?)${tag}\\b[^>]*>`, 'gi');
  tags.lastIndex = start;
  let depth = 0;
  for (let m = tags.exec(html); m; m = tags.exec(html)) {
    depth += m[1] ? -1 : 1;
    if (depth === 0) return m.index + m[0].length;
  }
  return undefined;
}

function count(text: string, needle: string): number {
  let n = 0;
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + needle.length)) n++;
  return n;
}
