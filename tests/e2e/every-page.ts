// Every page of the site, opened once in the light theme at 320 px: WCAG 2.2 AA with nothing scrolling sideways,
// no request off the site's own origin, no cookie, only documented storage, no console error, and no content
// security policy violation. The rules that read the stylesheet (the two colour rules and target size) run in
// accessibility-templates.test.ts instead, in every theme and width, on pages that between them show every element and
// class the site uses (colours and target sizes come from those, never from a page's words); here they would be three
// quarters of each page's axe time. privacy-and-security.test.ts checks the headers and the built HTML. The sweep is split into two test files (accessibility-pages-a and -b) so that the two
// test workers share it: in one file it was the longest, and the whole suite waited for it.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STORAGE_KEYS } from '../../src/lib/site/settings.ts';
import { allPages, axeViolations, BASE, launch, openPage, type Watched } from './browser.ts';

/** Define the sweep over every other page, starting from the first (half 0) or the second (half 1). */
export function sweepEveryPage(half: 0 | 1): void {
  let browser: Browser;
  let tab: Watched;
  beforeAll(async () => {
    browser = await launch();
    // One tab for the whole sweep: a new tab per page costs more than the checks themselves, and nothing a page
    // stores may leak into the next one's result except documented settings, which are asserted below.
    tab = await openPage(browser, null, { theme: 'light', text: '125', width: 320 });
  });
  afterAll(() => browser.close());

  describe(`every page (light theme, 320 px), half ${half + 1} of 2`, () => {
    for (const path of allPages().filter((_, i) => i % 2 === half)) {
      it(`${path}: no axe violations (style rules aside), no sideways scroll, own origin only, no cookies, no console errors, no CSP violations`, async () => {
        const { page, context } = tab;
        tab.errors.length = 0;
        tab.foreignRequests.length = 0;
        const response = await page.goto(`${BASE}${path}`);
        expect(response?.ok() || path === '/404.html').toBe(true);
        expect(await axeViolations(page, { withoutStyleRules: true })).toEqual([]);
        // What the page itself can tell, read in one round trip (each is a few milliseconds on 600 pages).
        const seen = await page.evaluate(() => ({
          sideways: document.documentElement.scrollWidth > document.documentElement.clientWidth + 1,
          csp: (window as unknown as { __csp: string[] }).__csp,
          cookie: document.cookie,
          storage: Object.keys(localStorage),
          policy: document.querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content') ?? '',
        }));
        expect(seen.sideways).toBe(false);
        expect(tab.foreignRequests).toEqual([]);
        expect(tab.errors).toEqual([]);
        expect(seen.csp).toEqual([]);
        expect(seen.cookie).toBe('');
        expect(await context.cookies()).toEqual([]);
        expect(seen.storage.filter((k) => !(Object.values(STORAGE_KEYS) as string[]).includes(k))).toEqual([]);
        expect(seen.policy).toContain("script-src 'self'");
        expect(seen.policy).not.toContain('unsafe-inline');
      });
    }
  });
}
