// Host headers and the built HTML: the full policy as a header on every page, and no inline handler, javascript: link
// or unhashed inline script anywhere. (tests/e2e/every-page.ts opens every page and checks that no request leaves
// the site, nothing is stored but the documented settings, no cookie, no console error and no CSP violation.)
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { inlineBodies, metaCsp } from '../../src/lib/site/headers.ts';
import { allPages, BASE, builtHtml } from './browser.ts';

describe('privacy and security', () => {
  it('serves every page with the full policy as a header, including frame-ancestors', async () => {
    for (const path of allPages().filter((p) => !p.includes('404'))) {
      const response = await fetch(`${BASE}${path}`);
      const csp = response.headers.get('content-security-policy') ?? '';
      expect(csp, path).toContain("frame-ancestors 'none'");
      expect(csp, path).toContain("default-src 'self'");
      expect(response.headers.get('referrer-policy')).toBe('no-referrer');
      expect(response.headers.get('cross-origin-resource-policy'), path).toBe('same-origin');
      expect(response.headers.get('strict-transport-security'), path).toMatch(/^max-age=\d{8,}; includeSubDomains$/);
    }
  });

  it('lets only the search page compile WebAssembly, and adds nothing else to its policy', () => {
    const withoutHashes = (csp: string) =>
      csp
        .replace(/'sha256-[^']+'\s*/g, '')
        .replace(/\s+/g, ' ')
        .trim();
    const base = withoutHashes(metaCsp(builtHtml('/')) ?? '');
    expect(base).not.toContain('wasm-unsafe-eval');
    for (const path of allPages()) {
      const csp = withoutHashes(metaCsp(builtHtml(path)) ?? '');
      if (path === '/search/') {
        expect(csp).toBe(base.replace("script-src 'self'", "script-src 'self' 'wasm-unsafe-eval'"));
      } else {
        expect(csp, path).toBe(base);
      }
    }
  });

  it('ships no inline event handler, javascript: link or unexpected script in any page', () => {
    for (const path of allPages()) {
      const html = builtHtml(path);
      expect(html, path).not.toMatch(/\son[a-z]+\s*=/i);
      expect(html, path).not.toMatch(/javascript:/i);
      // Inline scripts are allowed only by their hash: no 'unsafe-inline' anywhere.
      const csp = metaCsp(html) ?? '';
      for (const tag of ['script', 'style'] as const) {
        for (const body of inlineBodies(html, tag)) {
          const hash = createHash('sha256').update(body).digest('base64');
          expect(csp, `${path}: inline ${tag} allowed by hash`).toContain(`'sha256-${hash}'`);
        }
      }
    }
  });
});
