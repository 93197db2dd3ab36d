// Every page of the site, opened once in the light theme at 320 px: WCAG 2.2 AA with nothing scrolling sideways,
// no request off the site's own origin, no cookie, only documented storage, no console error, and no content
// security policy violation. (accessibility-templates.test.ts runs every theme and width on one page per template;
// privacy-and-security.test.ts checks the headers and the built HTML.)
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STORAGE_KEYS } from '../../src/lib/site/settings.ts';
import { allPages, expectNoAxeViolations, launch, openPage } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser.close());

describe('every page (light theme, 320 px)', () => {
  for (const path of allPages()) {
    it(`${path}: no axe violations, no sideways scroll, own origin only, no cookies, no console errors, no CSP violations`, async () => {
      const watched = await openPage(browser, path, { theme: 'light', text: '125', width: 320 });
      const { page, context } = watched;
      try {
        await page.waitForLoadState('networkidle');
        await expectNoAxeViolations(page, 320);
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
});
