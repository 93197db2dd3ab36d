// Claims as data: a symptom page lists each treatment with the grade for that symptom, a treatment page lists the
// symptoms it was studied for, and a flag is reached and explained by keyboard.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BASE, launch, openPage } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser.close());

describe('claims', () => {
  it('a symptom page shows each treatment with its grade for that symptom, linked both ways', async () => {
    const { page, close } = await openPage(browser, '/symptom/pots/');
    try {
      const section = page.locator('section:has(> h2:text-is("Treatments people discuss"))');
      const rows = section.locator('.claims li');
      expect(await rows.count()).toBeGreaterThanOrEqual(4);
      for (const text of await rows.allInnerTexts()) expect(text).toMatch(/certainty|Not yet studied/);
      // The grades are IVIG's and the other pages' own: their sources are listed there, and the list says so.
      expect(await section.locator('.claims-note').first().innerText()).toBe(
        'Each grade is set on the linked page, which lists its sources.',
      );
      expect(await rows.locator(':scope > sup.cite').count()).toBe(0);
      const ivig = rows.filter({ hasText: 'IVIG' });
      await expect(ivig.locator('.badge--certainty').innerText()).resolves.toBe('Very low certainty');
      await ivig.getByRole('link', { name: /IVIG/ }).click();
      expect(page.url()).toBe(`${BASE}/treatment/ivig/`);
      const back = page.locator('section:has(> #evidence) .claims li').filter({ hasText: 'POTS' });
      expect(await back.count()).toBe(1);
      // On the page that declares it, the claim cites its sources.
      expect(await back.locator(':scope > sup.cite').count()).toBeGreaterThan(0);
    } finally {
      await close();
    }
  });

  it('lists treatments by certainty, highest first', async () => {
    const { page, close } = await openPage(browser, '/symptom/pots/');
    try {
      const order = ['high', 'moderate', 'low', 'very-low', 'none'];
      const levels = await page
        .locator('section:has(> h2:text-is("Treatments people discuss")) .claims li .badge--certainty')
        .evaluateAll((els) =>
          els.map((el) => [...el.classList].find((c) => c.startsWith('badge--') && c !== 'badge--certainty')),
        );
      const ranks = levels.map((l) => order.indexOf((l ?? '').replace('badge--', '')));
      expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    } finally {
      await close();
    }
  });

  it('a flag is reached by keyboard, shows its reason, and leads to its meaning', async () => {
    const { page, close } = await openPage(browser, '/symptom/fatigue/');
    try {
      const flag = page.locator('.claim-flag').first();
      const label = (await flag.locator('.badge--flag').innerText()).trim();
      // The reason stands beside the flag in words, with its citation.
      expect(await flag.innerText()).toMatch(new RegExp(`${label}: .+\\d`));
      for (let i = 0; i < 400; i++) {
        await page.keyboard.press('Tab');
        if (await page.evaluate(() => document.activeElement?.classList.contains('badge--flag'))) break;
      }
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(label);
      const href = await page.evaluate(() => document.activeElement?.getAttribute('href') ?? '');
      await page.keyboard.press('Enter');
      await page.waitForURL(new RegExp(`${href.replace(/[/#]/g, '\\$&')}$`));
      const id = href.split('#')[1] ?? '';
      expect(id).toMatch(/^flag-/);
      expect((await page.locator(`#${id} + dd`).innerText()).length).toBeGreaterThan(20);
    } finally {
      await close();
    }
  });
});
