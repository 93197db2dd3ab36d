// The theme-by-width matrix's page list covers every element and class the site uses (tests/e2e/style-cover.ts).
import { describe, expect, it } from 'vitest';
import { coveringPages, styleTokens } from '../../tests/e2e/style-cover.ts';

describe('style tokens', () => {
  it('reads tag names and every class name, and nothing from attribute values or text', () => {
    const tokens = styleTokens(
      '<p class="lede  short">x <a href="/a" title="class=&quot;no&quot;">y</a></p><svg><rect/></svg>',
    );
    expect([...tokens].sort()).toEqual(['.lede', '.short', '<a>', '<p>', '<rect>', '<svg>']);
  });

  it('counts a colour set on an element itself as its own token', () => {
    const tokens = styleTokens('<p style="color: red">x</p><svg><rect fill="url(#hatch)" stroke="#333"/></svg>');
    expect([...tokens].filter((t) => t.includes('='))).toEqual(['style=color: red', 'fill=url(#hatch)', 'stroke=#333']);
  });
});

describe('covering pages', () => {
  const page = (tokens: string[], cost = 1) => ({ tokens: new Set(tokens), cost });
  const pages = new Map([
    ['/', page(['<p>', '.lede'])],
    ['/a/', page(['<p>', '.badge--high'])],
    ['/b/', page(['<p>', '.badge--high', '<table>'])],
    ['/c/', page(['<p>', '<table>'])],
  ]);

  it('keeps the given pages and adds the fewest more, the page adding most first', () => {
    expect(coveringPages(pages, ['/'])).toEqual(['/', '/b/']);
  });

  it('adds nothing when the given pages already show everything', () => {
    expect(coveringPages(pages, ['/', '/b/'])).toEqual(['/', '/b/']);
  });

  it('drops given pages the site does not have', () => {
    expect(coveringPages(pages, ['/gone/', '/'])).toEqual(['/', '/b/']);
  });

  it('breaks ties in path order', () => {
    expect(coveringPages(pages, ['/', '/c/'])).toEqual(['/', '/c/', '/a/']);
  });

  it('prefers two small pages to one large page that adds the same', () => {
    const sized = new Map([
      ['/', page(['<p>'], 10)],
      ['/big/', page(['<p>', '<table>', '.badge--high'], 100)],
      ['/t/', page(['<p>', '<table>'], 10)],
      ['/h/', page(['<p>', '.badge--high'], 10)],
    ]);
    expect(coveringPages(sized, ['/'])).toEqual(['/', '/h/', '/t/']);
  });

  it('still takes a large page when only it shows a token', () => {
    const sized = new Map([
      ['/', page(['<p>'], 10)],
      ['/big/', page(['<p>', '<figure>'], 1000)],
    ]);
    expect(coveringPages(sized, ['/'])).toEqual(['/', '/big/']);
  });
});
