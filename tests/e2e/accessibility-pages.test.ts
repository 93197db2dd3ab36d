// WCAG 2.2 AA on every page of the site, in the light theme at 320 px, where nothing may scroll sideways.
// (accessibility-templates.test.ts runs every theme and width on one page of each template.)
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { allPages, expectAccessible, launch } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser.close());

describe('accessibility of every page (light theme, 320 px)', () => {
  for (const path of allPages()) {
    it(`${path} has no axe violations and does not scroll sideways`, () =>
      expectAccessible(browser, path, { theme: 'light', width: 320 }));
  }
});
