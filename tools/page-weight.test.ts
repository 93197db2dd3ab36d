import { describe, expect, it } from 'vitest';
import {
  firstVisit,
  gzipSize,
  inlineScriptGzipBytes,
  median,
  overBudget,
  renderBlockingScripts,
  staticImports,
  weigh,
} from './page-weight.ts';

describe('page weight', () => {
  it('adds up compressed bytes and counts JavaScript apart', () => {
    const html = Buffer.from('<p>hello</p>'.repeat(100));
    const js = Buffer.from('console.log(1);'.repeat(50));
    const w = weigh([
      { url: '/', type: 'document', bytes: html },
      { url: '/a.js', type: 'script', bytes: js },
    ]);
    expect(w.requests).toBe(2);
    expect(w.rawBytes).toBe(html.length + js.length);
    expect(w.gzipBytes).toBe(gzipSize(html) + gzipSize(js));
    expect(w.jsGzipBytes).toBe(gzipSize(js));
    expect(w.brotliBytes).toBeLessThan(w.rawBytes);
  });

  it('finds inline scripts and render-blocking ones', () => {
    const html =
      '<head><script>a()</script><script src="/b.js"></script><script type="module" src="/c.js"></script><script defer src="/d.js"></script></head><body><script src="/late.js"></script></body>';
    expect(inlineScriptGzipBytes(html)).toBeGreaterThan(0);
    // A JSON-LD data block is not JavaScript: nothing runs it.
    expect(inlineScriptGzipBytes('<script type="application/ld+json">{"a":1}</script>')).toBe(0);
    expect(renderBlockingScripts(html)).toEqual([' src="/b.js"']);
  });

  it('takes the median of odd and even lists', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('lists what a first visit fetches from the built files: icon, stylesheets, scripts and their static imports', () => {
    const files: Record<string, string> = {
      '/icon.svg': '<svg/>',
      '/s.css': 'p{}',
      '/_astro/a.js': 'import{s as t}from"./storage.js";const l=()=>import("./later.js");',
      '/_astro/storage.js': 'export const s=1;',
      '/_astro/inline-dep.js': 'export{};',
    };
    const html =
      '<link rel="icon" href="/icon.svg"><link rel="stylesheet" href="/s.css"><link rel="alternate" href="/feed.xml">' +
      '<script type="module" src="/_astro/a.js"></script><script type="module">import "/_astro/inline-dep.js";</script>' +
      '<script type="application/ld+json">{"a":1}</script><script type="module" src="/_astro/a.js"></script>';
    const read = (url: string) => {
      const text = files[url];
      if (text === undefined) throw new Error(`not built: ${url}`);
      return Buffer.from(text);
    };
    // The feed is only linked, and the on-demand import() is fetched when used, not on the first visit.
    expect(firstVisit(html, read).map((f) => `${f.type} ${f.url}`)).toEqual([
      'document page',
      'other /icon.svg',
      'stylesheet /s.css',
      'script /_astro/a.js',
      'script /_astro/storage.js',
      'script /_astro/inline-dep.js',
    ]);
    expect(staticImports('export{a}from"../x.js";import"./y.js"', '/_astro/sub/m.js')).toEqual([
      '/_astro/x.js',
      '/_astro/sub/y.js',
    ]);
  });

  it('names a page over the budget, in all or in JavaScript, and nothing for a page that fits', () => {
    expect(overBudget('/a/', 30_000, 4_000)).toEqual([]);
    expect(overBudget('/a/', 30_001, 4_001)).toEqual([
      '/a/: 30.0 kB gzip in all (budget 30.0)',
      '/a/: 4.0 kB gzip of JavaScript (budget 4.0)',
    ]);
  });
});
