// The page-weight budget (ENGINEERING.md): everything a first visit fetches, gzip-compressed, at most 30 kB, of which
// at most 4 kB JavaScript. Byte counts are exact, not timed, so this stops a page that grew past the budget (a long
// reference list, a history that only grows) from landing; `npm run bench:weight` reports every page with brotli too.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Fetched, firstVisit, gzipSize, inlineScriptGzipBytes, overBudget } from '../../tools/page-weight.ts';
import { allPages, BASE, builtHtml, launch, templatePages } from './browser.ts';

const built = new Map<string, Buffer>();
const read = (url: string) => {
  const bytes = built.get(url) ?? readFileSync(join('dist', url));
  built.set(url, bytes);
  return bytes;
};
// Shared files (scripts, icon) are compressed once; each page's own HTML every time.
const gzipped = new Map<string, number>();
const gzipOf = (f: Fetched) => {
  if (f.type === 'document') return gzipSize(f.bytes);
  const size = gzipped.get(f.url) ?? gzipSize(f.bytes);
  gzipped.set(f.url, size);
  return size;
};

describe('page weight', () => {
  it('keeps every page within 30 kB gzip on a first visit, at most 4 kB of it JavaScript', () => {
    const over: string[] = [];
    for (const path of allPages()) {
      const html = builtHtml(path);
      const fetched = firstVisit(html, read);
      const total = fetched.reduce((sum, f) => sum + gzipOf(f), 0);
      const js =
        fetched.filter((f) => f.type === 'script').reduce((sum, f) => sum + gzipOf(f), 0) + inlineScriptGzipBytes(html);
      over.push(...overBudget(path, total, js));
    }
    expect(over).toEqual([]);
  });

  describe('weighs what the browser fetches', () => {
    let browser: Browser;
    beforeAll(async () => {
      browser = await launch();
    });
    afterAll(() => browser.close());

    it('fetches on a first visit nothing the budget does not weigh, and all it weighs but the icon (one page per set of files)', async () => {
      // Pages that would fetch the same files differ only in their HTML, which both sides count the same way.
      const bySet = new Map<string, string>();
      for (const path of templatePages()) {
        const files = firstVisit(builtHtml(path), read).map((f) => f.url);
        if (!bySet.has(files.join(' '))) bySet.set(files.join(' '), path);
      }
      for (const path of bySet.values()) {
        const context = await browser.newContext();
        const requested: string[] = [];
        context.on('request', (request) => {
          const url = new URL(request.url());
          requested.push(url.pathname === path ? 'page' : url.pathname);
        });
        try {
          const page = await context.newPage();
          // The load event first: module scripts, and the modules they import, are fetched and run before it.
          // Playwright's "network idle" alone is 500 ms without a request, which a busy renderer can reach between
          // a module arriving and it asking for the module that one imports (seen twice in CI, on /visit/ and
          // /evidence/).
          await page.goto(`${BASE}${path}`, { waitUntil: 'load' });
          await page.waitForLoadState('networkidle');
          // What the page itself records as loaded, too: under load a request event has been seen to go missing.
          for (const name of await page.evaluate(() =>
            performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname),
          )) {
            if (!requested.includes(name)) requested.push(name);
          }
          const weighed = firstVisit(builtHtml(path), read);
          // Nothing fetched goes unweighed, and everything weighed is fetched, except that Chromium asks for the
          // icon when it gets round to it, sometimes after the page is idle: weighing it anyway errs on the heavy side.
          expect(
            requested.filter((url) => !weighed.some((f) => f.url === url)),
            path,
          ).toEqual([]);
          expect(
            weighed.filter((f) => f.type !== 'other' && !requested.includes(f.url)).map((f) => f.url),
            path,
          ).toEqual([]);
        } finally {
          await context.close();
        }
      }
    });
  });
});
