// The Text and Theme controls: they work by keyboard, persist, apply before first paint, and the page
// still reads well with JavaScript off.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BASE, launch, openPage } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser.close());

const TOPIC = '/treatment/ivig/';
const OTHER = '/symptom/pots/';
const BACKGROUND = { light: 'rgb(251, 250, 247)', dark: 'rgb(22, 24, 27)', low: 'rgb(36, 32, 25)' };

const bodyBackground = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
/** The Text and Theme controls sit behind one labelled control, so the header stays compact. */
const openSettings = (page: Page) => page.getByText('Reading settings', { exact: true }).click();
const rootFontSize = (page: Page) =>
  page.evaluate(() => Number.parseFloat(getComputedStyle(document.documentElement).fontSize));

describe('reader settings', () => {
  it('follow the device’s light or dark setting until the reader chooses', async () => {
    for (const scheme of ['light', 'dark'] as const) {
      const { page, close } = await openPage(browser, TOPIC, { colorScheme: scheme });
      expect(await bodyBackground(page)).toBe(BACKGROUND[scheme]);
      expect(await page.getByLabel('Theme', { exact: true }).inputValue()).toBe('system');
      await close();
    }
  });

  it('change text size and theme, and keep them across pages and reloads', async () => {
    const { page, close } = await openPage(browser, TOPIC);
    expect(await rootFontSize(page)).toBe(16);
    await openSettings(page);
    await page.getByLabel('Text', { exact: true }).selectOption('150');
    expect(await rootFontSize(page)).toBe(24);
    await page.getByLabel('Theme', { exact: true }).selectOption('low');
    expect(await bodyBackground(page)).toBe(BACKGROUND.low);

    await page.goto(`${BASE}${OTHER}`);
    expect(await rootFontSize(page)).toBe(24);
    expect(await bodyBackground(page)).toBe(BACKGROUND.low);
    expect(await page.getByLabel('Text', { exact: true }).inputValue()).toBe('150');
    await page.reload();
    expect(await page.getByLabel('Theme', { exact: true }).inputValue()).toBe('low');

    // Going back to the defaults removes what was stored.
    await openSettings(page);
    await page.getByLabel('Text', { exact: true }).selectOption('100');
    await page.getByLabel('Theme', { exact: true }).selectOption('system');
    expect(await page.evaluate(() => Object.keys(localStorage))).toEqual([]);
    await close();
  });

  it('are applied before the first paint, so a saved theme never flashes', async () => {
    const context = await browser.newContext({ colorScheme: 'light' });
    await context.addInitScript(() => {
      localStorage.setItem('atlas-theme', 'dark');
      localStorage.setItem('atlas-text', '175');
      // Record the page's state at the moment <body> is created, before anything in it can paint.
      const seen: Record<string, string | undefined> = {};
      (window as unknown as { __atBody: typeof seen }).__atBody = seen;
      new MutationObserver((_, observer) => {
        if (document.body) {
          seen.theme = document.documentElement.dataset.theme;
          seen.text = document.documentElement.dataset.text;
          observer.disconnect();
        }
      }).observe(document, { childList: true, subtree: true });
    });
    const page = await context.newPage();
    await page.goto(`${BASE}${TOPIC}`);
    expect(await page.evaluate(() => (window as unknown as { __atBody: object }).__atBody)).toEqual({
      theme: 'dark',
      text: '175',
    });
    expect(await bodyBackground(page)).toBe(BACKGROUND.dark);
    await context.close();
  });

  it('work with the keyboard alone, with named controls', async () => {
    const { page, close } = await openPage(browser, TOPIC);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to content');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Long COVID Atlas');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Search');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Reading settings');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('setting-text');
    await page.keyboard.press('ArrowDown');
    expect(await rootFontSize(page)).toBe(20);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('setting-theme');
    await page.keyboard.press('End');
    expect(await bodyBackground(page)).toBe(BACKGROUND.low);
    // Every control has a visible focus outline.
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement as Element).outlineStyle);
    expect(outline).toBe('solid');
    await close();
  });

  it('show a visible focus ring on every link and control reached with Tab', async () => {
    const { page, close } = await openPage(browser, TOPIC);
    // Open the settings without moving focus, so Tab starts from the top of the page.
    await page.evaluate(() => document.querySelector('details.settings-menu')?.setAttribute('open', ''));
    const total = await page.evaluate(() => {
      // Everything a reader can reach: links and controls, except those inside a closed disclosure or definition.
      const all = [...document.querySelectorAll('a[href], select, button, summary')].filter(
        (el) =>
          el.tagName === 'SUMMARY' ||
          !(el.closest('details:not([open])') || el.closest('[popover]:not(:popover-open)')),
      );
      for (const [i, el] of [...all].entries()) el.setAttribute('data-tab-order', String(i));
      return all.length;
    });
    const seen = new Set<string>();
    for (let i = 0; i < total; i++) {
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return undefined;
        const rect = el.getBoundingClientRect();
        return {
          key: `${el.getAttribute('data-tab-order')} ${el.tagName} ${el.getAttribute('href') ?? el.id}`,
          outline: getComputedStyle(el).outlineStyle,
          visible: rect.width > 0 && rect.height > 0,
        };
      });
      if (!focused) break;
      expect(focused.outline, focused.key).toBe('solid');
      expect(focused.visible, focused.key).toBe(true);
      seen.add(focused.key);
    }
    // Every link and control on the page is reached, none skipped or hidden.
    expect(seen.size).toBe(total);
    await close();
  });

  it('the skip link moves focus to the main content', async () => {
    const { page, close } = await openPage(browser, TOPIC);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    await close();
  });

  it('leave the page fully readable with JavaScript off, following the device theme', async () => {
    const { page, close } = await openPage(browser, TOPIC, { javaScriptEnabled: false, colorScheme: 'dark' });
    expect(await bodyBackground(page)).toBe(BACKGROUND.dark);
    expect(await page.locator('.settings').isVisible()).toBe(false);
    expect(await page.locator('h1').isVisible()).toBe(true);
    expect(await page.getByRole('heading', { name: 'References' }).isVisible()).toBe(true);
    expect((await page.locator('article').innerText()).length).toBeGreaterThan(3000);
    await close();
  });
});
