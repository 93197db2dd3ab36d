// Reading comfort: the first screen on a phone, the way around a long page, the printed page, one badge of each
// kind, and no link that leads nowhere.
import { existsSync, readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtFile } from '../../src/lib/site/built-pages.ts';
import { allPages, launch, openPage, THEMES, topicPages } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser.close());

const PHONE = { width: 390, height: 844 };
/** One topic page of each kind: the first screen and print depend on the template, not the page. */
const samples = [...new Map(topicPages().map((t) => [t.kind, t.path])).values()];

describe('the first screen on a phone (390 by 844)', () => {
  // In one theme: a theme changes colours, never sizes or spacing (tests/unit/themes.test.ts).
  for (const path of samples) {
    it(`${path}: the short version starts on it at 100% text, the title at 200%`, async () => {
      for (const [text, selector] of [
        ['100', '.short-version'],
        ['200', 'h1'],
      ] as const) {
        const { page, close } = await openPage(browser, path, { ...PHONE, theme: 'low', text });
        try {
          const top = await page
            .locator(selector)
            .first()
            .evaluate((el) => el.getBoundingClientRect().top);
          expect(top, `${selector} at ${text}%`).toBeLessThan(PHONE.height - 40);
        } finally {
          await close();
        }
      }
    });
  }

  it('clips no setting and no badge at 200% text', async () => {
    for (const path of samples) {
      const { page, close } = await openPage(browser, path, { ...PHONE, theme: 'low', text: '200' });
      try {
        await page.locator('.settings-menu > summary').click();
        const clipped = await page.evaluate(() =>
          [...document.querySelectorAll<HTMLElement>('select, .badge')]
            .filter((el) => el.scrollWidth > el.clientWidth + 1 || el.getBoundingClientRect().right > innerWidth + 1)
            .map((el) => el.id || el.textContent),
        );
        expect(clipped, path).toEqual([]);
      } finally {
        await close();
      }
    }
  });

  it('puts a link to urgent help on the first screen of a symptom page', async () => {
    const symptom = topicPages().find((t) => t.kind === 'symptom')?.path ?? '/symptom/pots/';
    const { page, close } = await openPage(browser, symptom, PHONE);
    try {
      const link = page.locator('.urgent-link a');
      expect(await link.evaluate((el) => el.getBoundingClientRect().bottom)).toBeLessThan(PHONE.height);
      await link.click();
      const callout = page.locator('.callout--urgent');
      await expect(callout.locator('.emergency-numbers').innerText()).resolves.toMatch(/999.*911.*112/);
      expect(await page.evaluate(() => location.hash)).toBe(`#${await callout.locator('h2').getAttribute('id')}`);
    } finally {
      await close();
    }
  });

  it('gives a long page an "On this page" list whose links all land on a heading', async () => {
    const { page, close } = await openPage(browser, samples[0] ?? '/treatment/ivig/');
    try {
      const hrefs = await page.locator('.contents a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
      expect(hrefs.length).toBeGreaterThanOrEqual(6);
      for (const href of hrefs) expect(await page.locator(`${href}`).count(), href).toBe(1);
    } finally {
      await close();
    }
  });
});

describe('the printed page', () => {
  for (const theme of THEMES) {
    it(`prints ink on white from the ${theme} theme, without controls, with details open and addresses written out`, async () => {
      const path = samples.find((p) => p.startsWith('/treatment/')) ?? samples[0] ?? '/';
      const { page, close } = await openPage(browser, path, { theme });
      try {
        await page.emulateMedia({ media: 'print' });
        const look = await page.evaluate(() => {
          const body = getComputedStyle(document.body);
          const refLink = document.querySelector('.ref-links a');
          return {
            background: body.backgroundColor,
            text: body.color,
            settings: getComputedStyle(document.querySelector('.settings-menu') as Element).display,
            footer: getComputedStyle(document.querySelector('.site-footer') as Element).display,
            address: refLink ? getComputedStyle(refLink, '::after').content : '',
            printOnly: getComputedStyle(document.querySelector('.print-only') as Element).display,
          };
        });
        expect(look).toMatchObject({
          background: 'rgb(255, 255, 255)',
          text: 'rgb(0, 0, 0)',
          settings: 'none',
          footer: 'none',
          printOnly: 'block',
        });
        expect(look.address).toMatch(/https:\/\//);
        // Every "More detail" disclosure prints open.
        const details = page.locator('article > section details.more-detail > :not(summary)');
        if ((await details.count()) > 0) expect(await details.first().isVisible()).toBe(true);
        // Fewer sheets: text uses the sheet's width; each reference is one paragraph with one address in full.
        const sheet = await page.evaluate(() => {
          const second = document.querySelector('.ref-links li + li a');
          return {
            textWidth: (document.querySelector('article .lede') as HTMLElement).getBoundingClientRect().width,
            pageWidth: document.documentElement.clientWidth,
            refLinks: getComputedStyle(document.querySelector('.ref-links') as Element).display,
            secondAddress: second ? getComputedStyle(second, '::after').content : 'none',
          };
        });
        expect(sheet.textWidth / sheet.pageWidth).toBeGreaterThan(0.9);
        expect(sheet.refLinks).toBe('inline');
        expect(sheet.secondAddress).toBe('none');
      } finally {
        await close();
      }
    });
  }
});

describe('a figure on paper', () => {
  it('prints the drawing and its caption, and leaves its table of numbers out', async () => {
    const path = allPages().find((p) => readFileSync(builtFile('dist', p), 'utf8').includes('class="figure'));
    expect(path).toBeDefined();
    const { page, close } = await openPage(browser, path ?? '/');
    try {
      await page.emulateMedia({ media: 'print' });
      const figure = page.locator('figure.figure').first();
      expect(await figure.locator('svg').isVisible()).toBe(true);
      expect(await figure.locator('figcaption').isVisible()).toBe(true);
      expect(await figure.locator('table').isVisible()).toBe(false);
    } finally {
      await close();
    }
  });
});

describe('badges and links across the site', () => {
  const html = new Map(allPages().map((path) => [path, readFileSync(builtFile('dist', path), 'utf8')]));
  const ids = new Map(
    [...html].map(([path, text]) => [path, new Set([...text.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]))]),
  );

  it('no page shows the same badge twice in a list', () => {
    for (const [path, text] of html) {
      for (const list of text.matchAll(/<ul class="badges"[^>]*>([\s\S]*?)<\/ul>/g)) {
        const labels = [
          ...(list[1] ?? '').matchAll(/class="badge [^"]*"[^>]*>(?:<span class="marks"[\s\S]*?<\/span>)?([^<]+)</g),
        ].map((m) => m[1]);
        expect(new Set(labels).size, `${path}: ${labels.join(', ')}`).toBe(labels.length);
      }
    }
  });

  it('every internal link and in-page anchor leads to a page and an element that exist', () => {
    const broken: string[] = [];
    for (const [path, text] of html) {
      for (const [, href = ''] of text.matchAll(/<a [^>]*href="([^"]+)"/g)) {
        if (/^(https?:|mailto:)/.test(href)) continue;
        const url = new URL(href.replaceAll('&amp;', '&'), `http://atlas${path}`);
        const target = url.pathname;
        // Feeds, data files and downloads are files of the built site, not pages.
        if (!target.endsWith('/') && !target.endsWith('.html') && existsSync(`dist${decodeURIComponent(target)}`))
          continue;
        if (!html.has(target)) {
          broken.push(`${path} -> ${href} (no page)`);
          continue;
        }
        const anchor = decodeURIComponent(url.hash.slice(1));
        if (anchor && !ids.get(target)?.has(anchor)) broken.push(`${path} -> ${href} (no #${anchor})`);
      }
    }
    expect(broken).toEqual([]);
  });
});
