// The build hands the search index topic pages first, and only the part of each page the index reads.
import { describe, expect, it } from 'vitest';
import { searchedFirst } from '../../src/lib/site/build-order.ts';
import { pagePath } from '../../src/lib/site/built-pages.ts';
import { searchableHtml } from '../../src/lib/site/search-html.ts';

describe('the order pages render in', () => {
  it('puts the searched pages first, each group in the order given', () => {
    const pages = ['/', '/treatment/a/', '/changes/', '/test/b/', '/treatment/c/', '/data/'];
    expect(searchedFirst(pages, (p) => /^\/(treatment|test)\//.test(p))).toEqual([
      '/treatment/a/',
      '/test/b/',
      '/treatment/c/',
      '/',
      '/changes/',
      '/data/',
    ]);
  });

  it('names a page the same before and during its rendering', () => {
    expect(pagePath('/treatment/ivig/')).toBe('/treatment/ivig');
    expect(pagePath('/treatment/ivig')).toBe('/treatment/ivig');
    expect(pagePath('/')).toBe('/');
    expect(pagePath('/404.html')).toBe(pagePath('/404/'));
  });
});

describe('the part of a page the search index reads', () => {
  const page = (body: string, head = '') =>
    `<!DOCTYPE html><html lang="en-GB"><head><style>p{}</style>${head}</head><body><nav>Menu</nav>${body}<footer>Foot</footer></body></html>`;

  it('keeps the language and the marked element, nested elements of its name included', () => {
    const html = page(
      '<article class="topic" data-pagefind-body><h1>IVIG</h1><article>inner</article><p data-pagefind-weight="5">x</p></article><aside>after</aside>',
    );
    expect(searchableHtml(html)).toBe(
      '<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"></head><body>' +
        '<article class="topic" data-pagefind-body><h1>IVIG</h1><article>inner</article><p data-pagefind-weight="5">x</p></article>' +
        '</body></html>',
    );
  });

  it('leaves a page without a marked element, or with one never closed, as it is', () => {
    const plain = page('<main><h1>About</h1></main>');
    expect(searchableHtml(plain)).toBe(plain);
    const unclosed = page('<article data-pagefind-body><h1>IVIG</h1>');
    expect(searchableHtml(unclosed)).toBe(unclosed);
  });

  it('refuses search markup outside the marked element, which the index would lose', () => {
    const html = page(
      '<article data-pagefind-body><h1>IVIG</h1></article>',
      '<meta data-pagefind-meta="image:/a.png">',
    );
    expect(() => searchableHtml(html)).toThrow(
      '1 data-pagefind-* attribute(s) outside the element marked data-pagefind-body: move them inside it',
    );
  });
});
