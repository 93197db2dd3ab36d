// A tired reader meets a word they do not know: its plain meaning opens in place (keyboard, click or tap), and leads
// on to the term's own page, which lists the pages that use it. The A to Z index lists every term.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BASE, builtHtml, launch, openPage } from './browser.ts';

const TERMS = readdirSync(join(import.meta.dirname, '..', '..', 'src', 'content', 'glossary'))
  .filter((name) => name.endsWith('.yaml'))
  .map((name) => name.replace(/\.yaml$/, ''))
  .sort();

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser.close());

/**
 * The POTS term's button, by its role and the words a screen reader hears: whichever form of the term comes first on
 * the page ("POTS" or its expansion), followed by "(what this means)".
 */
const potsButton = (page: Page) =>
  page.getByRole('button', { name: /^(POTS|postural orthostatic tachycardia syndrome) \(what this means\)$/ });

describe('a glossary term on a topic page', () => {
  it('opens its plain definition in place by keyboard, and closes with Escape', async () => {
    const { page, close, errors } = await openPage(browser, '/treatment/ivig/');
    try {
      const button = potsButton(page);
      const definition = page.locator('#term-pots');
      await expect(definition.isVisible()).resolves.toBe(false);
      await button.focus();
      await page.keyboard.press('Enter');
      await expect(definition.isVisible()).resolves.toBe(true);
      await expect(definition.innerText()).resolves.toContain('heart speeds up a lot when you stand up');
      // The definition follows its button in the reading order, so a screen reader meets it next.
      const order = await page.evaluate(() => {
        const b = document.querySelector('[popovertarget="term-pots"]');
        const d = document.getElementById('term-pots');
        return b && d ? b.compareDocumentPosition(d) & Node.DOCUMENT_POSITION_FOLLOWING : 0;
      });
      expect(order).not.toBe(0);
      await page.keyboard.press('Escape');
      await expect(definition.isVisible()).resolves.toBe(false);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('opens by click at 320 px within the screen, and links to the term page', async () => {
    const { page, close } = await openPage(browser, '/treatment/ivig/', { width: 320, height: 700 });
    try {
      await potsButton(page).click();
      const definition = page.locator('#term-pots');
      await expect(definition.isVisible()).resolves.toBe(true);
      const box = await definition.boundingBox();
      expect(box).not.toBeNull();
      expect(box?.x ?? -1).toBeGreaterThanOrEqual(0);
      expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(320);
      await definition.getByRole('link', { name: 'More about POTS' }).click();
      expect(page.url()).toBe(`${BASE}/glossary/pots/`);
      await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toBe('POTS');
    } finally {
      await close();
    }
  });

  it('opens by tap on a touch screen', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
    try {
      const page = await context.newPage();
      await page.goto(`${BASE}/treatment/ivig/`);
      const button = potsButton(page);
      await button.scrollIntoViewIfNeeded();
      await button.tap();
      await expect(page.locator('#term-pots').isVisible()).resolves.toBe(true);
    } finally {
      await context.close();
    }
  });

  it('is offered once per page, at its first use', () => {
    const html = builtHtml('/treatment/ivig/');
    expect(html.match(/popovertarget="term-pots"/g)?.length).toBe(1);
    expect(html.match(/id="term-pots"/g)?.length).toBe(1);
  });
});

describe('the glossary pages', () => {
  it('list every term in the A to Z index, each linking to its page', async () => {
    const { page, close } = await openPage(browser, '/glossary/');
    try {
      const links = await page
        .locator('.glossary-list dt a')
        .evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
      expect(links.map((href) => href.replace(/^\/glossary\/|\/$/g, '')).sort()).toEqual(TERMS);
      const letters = await page.locator('.glossary-letters a').allInnerTexts();
      expect(letters).toEqual([...letters].sort());
    } finally {
      await close();
    }
  });

  it('list the pages that use each term, and every listed page offers or links to it', () => {
    for (const term of TERMS) {
      const html = builtHtml(`/glossary/${term}/`);
      const section = html.slice(html.indexOf('id="used-on"'), html.indexOf('class="references"'));
      const pages = [...section.matchAll(/<a href="(\/[a-z]+\/[a-z0-9-]+\/)"/g)].map((m) => m[1] ?? '');
      expect(pages.length, `${term} lists no page`).toBeGreaterThan(0);
      for (const path of pages) {
        const topic = builtHtml(path);
        expect(
          topic.includes(`popovertarget="term-${term}"`) || topic.includes(`href="/glossary/${term}/"`),
          `${path} is listed on /glossary/${term}/ but does not offer the term`,
        ).toBe(true);
      }
    }
  });

  it('show a term page with its plain words, clinician definition and numbered sources', async () => {
    const { page, close } = await openPage(browser, '/glossary/placebo/');
    try {
      await expect(page.locator('#plain').innerText()).resolves.toBe('In plain words');
      await expect(page.locator('#clinical').innerText()).resolves.toBe('For clinicians');
      expect(await page.locator('.references li[id^="ref-"]').count()).toBeGreaterThan(0);
      const usedOn = await page
        .locator('[aria-labelledby="used-on"] a')
        .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      expect(usedOn).toContain('/treatment/ivig/');
    } finally {
      await close();
    }
  });
});
