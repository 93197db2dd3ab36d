// WCAG 2.2 AA on one page of every template in every theme at 320 and 1280 px (themes change colours per
// template, not per page), and 200% text with WCAG 1.4.12 text spacing clips nothing.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  expectAccessible,
  launch,
  openPage,
  overflowReport,
  TEXT_SPACING,
  THEMES,
  templatePages,
  WIDTHS,
} from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser.close());

describe('accessibility of every template in every theme and width', () => {
  for (const path of templatePages()) {
    for (const theme of THEMES) {
      for (const width of WIDTHS) {
        if (theme === 'light' && width === 320) continue; // accessibility-pages.test.ts sweeps every page so
        it(`${path} in the ${theme} theme at ${width} px has no axe violations`, () =>
          expectAccessible(browser, path, { theme, width }));
      }
    }
    it(`${path} at 320 px with 200% text and WCAG text spacing scrolls no way but down and clips nothing`, async () => {
      const { page, context } = await openPage(browser, path, { width: 320, text: '200', bypassCSP: true });
      try {
        await page.addStyleTag({ content: TEXT_SPACING });
        expect(await overflowReport(page)).toEqual({ sideways: false, clipped: [] });
      } finally {
        await context.close();
      }
    });
  }
});
