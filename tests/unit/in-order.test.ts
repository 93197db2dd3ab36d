// The build hands rendered pages to the search index in the order they started, however their rendering overlaps.
import { describe, expect, it } from 'vitest';
import { inOrder } from '../../src/lib/site/in-order.ts';

describe('handing pages on in order', () => {
  it('holds a page until every page started before it is in', () => {
    const seen: string[] = [];
    const pages = inOrder<string>((html, path) => seen.push(`${path}=${html}`));
    const a = pages.reserve('/a/');
    const b = pages.reserve('/b/');
    const c = pages.reserve('/c/');
    c('C');
    b('B');
    expect(seen).toEqual([]);
    expect(pages.unfilled()).toEqual(['/a/']);
    a('A');
    expect(seen).toEqual(['/a/=A', '/b/=B', '/c/=C']);
    const d = pages.reserve('/d/');
    d('D');
    expect(seen.at(-1)).toBe('/d/=D');
    expect(pages.unfilled()).toEqual([]);
  });

  it('refuses a page handed over twice', () => {
    const pages = inOrder<string>(() => undefined);
    const a = pages.reserve('/a/');
    a('A');
    expect(() => a('again')).toThrow('/a/ was handed over twice');
  });
});
