import { describe, expect, it } from 'vitest';
import { gzipSize, inlineScriptGzipBytes, median, renderBlockingScripts, weigh } from './page-weight.ts';

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
});
