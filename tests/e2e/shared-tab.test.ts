// The shared tab of tests/e2e/browser.ts: each check starts as if in a new browser, whatever the last one did.

import { existsSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BLANK_HTML } from './blank-page.ts';
import { launch, openPage } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser.close());

describe('a tab shared between checks', () => {
  it('hands the next check nothing the last one stored, set, emulated, logged or listened to', async () => {
    const first = await openPage(browser, '/treatment/ivig/', { width: 320, theme: 'dark', text: '200' });
    const heard: string[] = [];
    first.page.on('console', (message) => heard.push(message.text()));
    await first.page.evaluate(() => {
      localStorage.setItem('left-behind', '1');
      sessionStorage.setItem('left-behind', '1');
      console.error('from the first check');
    });
    await first.page.emulateMedia({ media: 'print', colorScheme: 'dark' });
    expect(first.errors).toEqual(['from the first check']);
    await first.close();

    const second = await openPage(browser, '/treatment/ivig/');
    try {
      expect(second.page).toBe(first.page);
      const seen = await second.page.evaluate(() => ({
        local: Object.keys(localStorage),
        session: Object.keys(sessionStorage),
        theme: document.documentElement.dataset.theme ?? '',
        width: innerWidth,
        print: matchMedia('print').matches,
        dark: matchMedia('(prefers-color-scheme: dark)').matches,
      }));
      expect(seen).toEqual({
        local: [],
        session: [],
        theme: expect.not.stringMatching('dark'),
        width: 1280,
        print: false,
        dark: false,
      });
      await second.page.evaluate(() => console.error('from the second check'));
      expect(second.errors).toEqual(['from the second check']);
      expect(heard).toEqual(['from the first check']);
      expect(await second.context.cookies()).toEqual([]);
    } finally {
      await second.close();
    }
  });

  it('gives a check that needs a second tab at once a browser context of its own', async () => {
    const first = await openPage(browser, '/');
    const second = await openPage(browser, '/');
    try {
      expect(second.context).not.toBe(first.context);
    } finally {
      await second.close();
      await first.close();
    }
    expect(second.page.isClosed()).toBe(true);
    expect(first.page.isClosed()).toBe(false);
  });

  it('rests between checks on a page whose icon the site has', async () => {
    // Without one, Chromium asks for /favicon.ico once the page has loaded, and the 404 it logs lands in whichever
    // check comes next (seen in CI; the first test above catches it when the timing falls that way).
    const icon = /<link rel="icon" href="([^"]+)">/.exec(BLANK_HTML)?.[1] ?? '';
    expect(icon).toBe('/favicon.svg');
    expect(existsSync(`dist${icon}`)).toBe(true);
  });
});
