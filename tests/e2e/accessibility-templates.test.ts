// WCAG 2.2 AA, colour and target-size rules included, on one page of every template, and on enough pages more to show every element
// and class the site uses, in every theme at 320 and 1280 px (themes change colours per element and class, not per
// page); and 200% text with WCAG 1.4.12 text spacing clips nothing.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  axeViolations,
  BASE,
  inEveryTheme,
  launch,
  openPage,
  overflowReport,
  TEXT_SPACING,
  THEMES,
  templatePages,
  type Watched,
  WIDTHS,
} from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser.close());

describe('accessibility of every template in every theme and width', () => {
  for (const width of WIDTHS) {
    describe(`at ${width} px`, () => {
      // One tab per width; each page opens in the first theme, stored as a reader's setting, then takes the others.
      let tab: Watched;
      beforeAll(async () => {
        tab = await openPage(browser, null, { theme: THEMES[0], width });
      });
      afterAll(() => tab.close());
      for (const path of templatePages()) {
        it(`${path} at ${width} px has no axe violations in the ${THEMES.join(', ')} themes`, async () => {
          tab.errors.length = 0;
          await tab.page.goto(`${BASE}${path}`);
          expect(await inEveryTheme(tab.page, () => axeViolations(tab.page))).toEqual([]);
          if (width === 320) expect((await overflowReport(tab.page)).sideways).toBe(false);
          expect(tab.errors).toEqual([]);
        });
      }
    });
  }
  describe('200% text with WCAG text spacing', () => {
    for (const path of templatePages()) {
      it(`${path} at 320 px with 200% text and WCAG text spacing scrolls no way but down and clips nothing`, async () => {
        const { page, close } = await openPage(browser, path, { width: 320, text: '200', bypassCSP: true });
        try {
          await page.addStyleTag({ content: TEXT_SPACING });
          expect(await overflowReport(page)).toEqual({ sideways: false, clipped: [] });
        } finally {
          await close();
        }
      });
    }
  });
});
