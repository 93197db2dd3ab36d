// WCAG 2.2 AA on every page, in every theme, at 320 and 1280 px; nothing scrolls sideways or clips at 320 px,
// at 200% text, or with WCAG 1.4.12 text spacing.
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allPages, launch, openPage, overflowReport, THEMES, WIDTHS } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser.close());

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
const TEXT_SPACING =
  '* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }';

describe('accessibility', () => {
  for (const path of allPages()) {
    for (const theme of THEMES) {
      for (const width of WIDTHS) {
        it(`${path} in the ${theme} theme at ${width} px has no axe violations`, async () => {
          const { page, context } = await openPage(browser, path, { theme, width });
          try {
            const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
            const summary = results.violations.map(
              (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
            );
            expect(summary).toEqual([]);
            if (width === 320) expect((await overflowReport(page)).sideways).toBe(false);
          } finally {
            await context.close();
          }
        });
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
