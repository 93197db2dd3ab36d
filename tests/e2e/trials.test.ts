// A reader can go from a page's trial line to the trial's own page, and from there to every arm's page.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BASE, launch, openPage } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser.close());

describe('tracked trials', () => {
  it('lead from a topic page to the trial page and on to the other arms', async () => {
    const { page, close } = await openPage(browser, '/treatment/ivig/');
    try {
      await page.locator('.trial-line a', { hasText: 'RECOVER-AUTONOMIC' }).first().click();
      expect(page.url()).toBe(`${BASE}/trials/recover-autonomic/`);
      await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toBe('RECOVER-AUTONOMIC');
      const armLinks = await page
        .locator('[aria-labelledby="arms"] a[href^="/treatment/"]')
        .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      expect(armLinks).toEqual(expect.arrayContaining(['/treatment/ivig/', '/treatment/ivabradine/']));
      // One "last checked" line for the trial in its facts (the timeline figure may name the date too, unless it
      // falls on the day of the build).
      expect(await page.locator('dt', { hasText: 'Status last checked' }).count()).toBe(1);
    } finally {
      await close();
    }
  });

  it('are all listed with their status on the trials page', async () => {
    const { page, close } = await openPage(browser, '/trials/');
    try {
      const names = await page.locator('.topic-list h2').allInnerTexts();
      expect(names).toEqual(expect.arrayContaining(['RECOVER-AUTONOMIC', 'CASA-POTS']));
      expect(await page.locator('.badge--trial').count()).toBe(names.length);
    } finally {
      await close();
    }
  });
});
