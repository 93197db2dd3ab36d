// No request leaves the site, nothing is stored but the documented settings, no cookie, no console error,
// and the content security policy blocks nothing the site itself needs.
import { createHash } from 'node:crypto';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inlineBodies, metaCsp } from '../../src/lib/site/headers.ts';
import { STORAGE_KEYS } from '../../src/lib/site/settings.ts';
import { allPages, BASE, builtHtml, launch, openPage } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser.close());

describe('privacy and security', () => {
  for (const path of allPages()) {
    it(`${path}: own origin only, no cookies, no console errors, no CSP violations`, async () => {
      const watched = await openPage(browser, path, { theme: 'low', text: '125' });
      const { page, context } = watched;
      try {
        await page.waitForLoadState('networkidle');
        expect(watched.foreignRequests).toEqual([]);
        expect(watched.errors).toEqual([]);
        expect(await watched.cspViolations()).toEqual([]);
        expect(await page.evaluate(() => document.cookie)).toBe('');
        expect(await context.cookies()).toEqual([]);
        const keys = await page.evaluate(() => Object.keys(localStorage).sort());
        expect(keys.every((k) => (Object.values(STORAGE_KEYS) as string[]).includes(k))).toBe(true);
        const meta = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
        expect(meta).toContain("script-src 'self'");
        expect(meta).not.toContain('unsafe-inline');
      } finally {
        await context.close();
      }
    });
  }

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
