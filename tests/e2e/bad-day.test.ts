// Reading on a bad day: short-versions mode, the spacing setting, read aloud and the visit sheet, as a reader with
// little energy uses them: by mouse, keyboard or screen reader, in every theme, with nothing leaving the site.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  axeViolations,
  BASE,
  inEveryTheme,
  launch,
  openPage,
  overflowReport,
  type PageOptions,
  THEMES,
  type Watched,
} from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser.close());

const TOPIC = '/treatment/ivig/';
const OTHER = '/symptom/pots/';
const INDEX = '/treatment/';
const VISIT = '/visit/';

/**
 * Open a page with settings already stored, as a returning reader's browser would have them. The values are stored
 * once per tab, so a reload keeps what the page changed.
 */
async function open(path: string, seed: Record<string, string> = {}, options: PageOptions = {}): Promise<Watched> {
  const watched = await openPage(browser, null, options);
  await watched.addInitScript((s) => {
    if (sessionStorage.getItem('seeded')) return;
    sessionStorage.setItem('seeded', '1');
    for (const [k, v] of Object.entries(s)) localStorage.setItem(k, v);
  }, seed);
  await watched.page.goto(`${BASE}${path}`);
  return watched;
}

/** Nothing a reader must never meet: console errors, requests to other sites. */
async function expectClean({ errors, foreignRequests, close }: Watched): Promise<void> {
  expect(errors).toEqual([]);
  expect(foreignRequests).toEqual([]);
  await close();
}

const openSettings = (page: Page) => page.getByText('Reading settings', { exact: true }).click();
const stored = (page: Page) =>
  page.evaluate(() => Object.fromEntries(Object.keys(localStorage).map((k) => [k, localStorage.getItem(k)])));

/** A speech engine that records what it is asked to do, and finishes a sentence only when the test says so. */
function fakeSpeech() {
  const w = window as unknown as Record<string, unknown>;
  const calls: Array<string | { text: string; rate: number }> = [];
  let last: SpeechSynthesisUtterance | undefined;
  const engine = {
    speaking: false,
    paused: false,
    pending: false,
    speak(u: SpeechSynthesisUtterance) {
      calls.push({ text: u.text, rate: Math.round(u.rate * 100) / 100 });
      last = u;
      this.speaking = true;
    },
    cancel() {
      calls.push('cancel');
      this.speaking = false;
    },
    pause() {
      calls.push('pause');
      this.paused = true;
    },
    resume() {
      calls.push('resume');
      this.paused = false;
    },
    getVoices: () => [],
    addEventListener() {},
    removeEventListener() {},
  };
  Object.defineProperty(window, 'speechSynthesis', { value: engine, configurable: true });
  w.__speech = calls;
  w.__endSentence = () => {
    engine.speaking = false;
    last?.dispatchEvent(new Event('end'));
  };
}
const spoken = (page: Page) =>
  page.evaluate(() => (window as unknown as { __speech: Array<string | { text: string; rate: number }> }).__speech);
const highlighted = (page: Page) =>
  page.evaluate(() => {
    const h = CSS.highlights.get('read-aloud');
    return h ? [...h].map((r) => r.toString()).join('') : null;
  });

describe('short-versions mode', () => {
  it('shows only the short version and badges, keeps that across reloads and pages, with the full page one tap away', async () => {
    const watched = await open(TOPIC);
    const { page } = watched;
    const shortText = await page.locator('.short-version p').innerText();
    await openSettings(page);
    await page.getByLabel('Show', { exact: true }).selectOption('short');
    expect(await page.locator('#evidence').isVisible()).toBe(false);
    expect(await page.locator('.lede').isVisible()).toBe(false);
    expect(await page.locator('.short-version p').innerText()).toBe(shortText);
    expect(await page.locator('.topic > .badges').isVisible()).toBe(true);
    expect(await page.locator('article').innerText()).not.toContain('What the evidence actually shows');

    await page.reload();
    expect(await stored(page)).toEqual({ 'atlas-pages': 'short' });
    expect(await page.locator('#evidence').isVisible()).toBe(false);
    const full = page.getByRole('button', { name: 'Read the full page' });
    expect(await full.getAttribute('aria-expanded')).toBe('false');
    await full.click();
    expect(await page.locator('#evidence').isVisible()).toBe(true);
    const less = page.getByRole('button', { name: 'Show the short version only' });
    expect(await less.getAttribute('aria-expanded')).toBe('true');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Show the short version only');

    // The next page opens short again: the full text was opened for one page only.
    await page.goto(`${BASE}${OTHER}`);
    expect(await page.locator('.topic > section.callout--urgent').isVisible()).toBe(false);
    // A link into the hidden part of the page (here, urgent help) opens the full page first.
    await page.locator('.urgent-link a').click();
    expect(await page.locator('.callout--urgent').isVisible()).toBe(true);

    // Back to full pages: nothing stays stored and the extra button goes.
    await openSettings(page);
    await page.getByLabel('Show', { exact: true }).selectOption('full');
    expect(await stored(page)).toEqual({});
    expect(await page.getByRole('button', { name: /Read the full page|Show the short version only/ }).count()).toBe(0);
    await expectClean(watched);
  });

  it('turns each list on an index page into a column of short versions', async () => {
    const watched = await open(INDEX, { 'atlas-pages': 'short' });
    const first = watched.page.locator('.topic-list > li').first();
    expect(await first.locator('.topic-short').isVisible()).toBe(true);
    expect(await first.locator('.topic-lede').isVisible()).toBe(false);
    const href = await first.locator('a').first().getAttribute('href');
    const pages = await watched.page.evaluate(async () => (await fetch('/visit/pages.json')).json());
    expect(await first.locator('.topic-short').innerText()).toBe(pages[href ?? '']?.short);
    await expectClean(watched);
  });
});

describe('the spacing setting', () => {
  it('spreads lines and paragraphs, and persists', async () => {
    const watched = await open(TOPIC);
    const { page } = watched;
    const measure = () =>
      page.evaluate(() => {
        const p = document.querySelector('.lede') as Element;
        const s = getComputedStyle(p);
        return { line: Number.parseFloat(s.lineHeight), gap: Number.parseFloat(s.marginBottom) };
      });
    const before = await measure();
    await openSettings(page);
    await page.getByLabel('Spacing', { exact: true }).selectOption('more');
    const after = await measure();
    expect(after.line).toBeGreaterThan(before.line * 1.15);
    expect(after.gap).toBeGreaterThan(before.gap * 1.5);
    await page.reload();
    expect(await measure()).toEqual(after);
    expect(await stored(page)).toEqual({ 'atlas-spacing': 'more' });
    await expectClean(watched);
  });
});

describe('read aloud', () => {
  it('is offered where the browser can speak, loads on first use only, and never starts by itself', async () => {
    const watched = await openPage(browser, null);
    await watched.addInitScript(fakeSpeech);
    const { page } = watched;
    const scripts: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
    });
    await page.goto(`${BASE}${TOPIC}`);
    const group = page.getByRole('group', { name: 'Read aloud' });
    expect(await group.isVisible()).toBe(true);
    await page.waitForTimeout(1000);
    expect(await spoken(page)).toEqual([]);
    expect(await highlighted(page)).toBeNull();
    expect(scripts.filter((u) => u.includes('read-aloud'))).toEqual([]);
    await group.getByRole('button', { name: 'Short version' }).click();
    await page.getByRole('group', { name: 'Reading aloud' }).waitFor();
    expect(scripts.filter((u) => u.includes('read-aloud')).length).toBe(1);
    await expectClean(watched);
  });

  it('is absent where the browser cannot speak', async () => {
    const watched = await openPage(browser, null);
    await watched.addInitScript(() => {
      delete (window as unknown as { speechSynthesis?: unknown }).speechSynthesis;
    });
    await watched.page.goto(`${BASE}${TOPIC}`);
    expect(await watched.page.evaluate(() => 'speechSynthesis' in window)).toBe(false);
    expect(await watched.page.getByRole('group', { name: 'Read aloud' }).count()).toBe(0);
    expect(await watched.page.locator('.read-aloud').isVisible()).toBe(false);
    // The rest of the reading aids still work.
    expect(await watched.page.getByRole('button', { name: 'Add to my visit sheet' }).isVisible()).toBe(true);
    await expectClean(watched);
  });

  it('reads sentence by sentence, highlights the sentence, pauses, resumes, changes speed and stops', async () => {
    const watched = await openPage(browser, null);
    await watched.addInitScript(fakeSpeech);
    const { page } = watched;
    await page.goto(`${BASE}${TOPIC}`);
    const shortText = await page.locator('.short-version p').innerText();
    const first = shortText.split('. ')[0];
    const trigger = page.getByRole('group', { name: 'Read aloud' }).getByRole('button', { name: 'Short version' });
    await trigger.click();
    await page.getByRole('group', { name: 'Reading aloud' }).waitFor();
    expect(await spoken(page)).toContainEqual({ text: `${first}.`, rate: 1 });
    expect(await highlighted(page)).toBe(`${first}.`);

    await page.getByRole('button', { name: 'Pause' }).click();
    expect((await spoken(page)).at(-1)).toBe('pause');
    await page.getByRole('button', { name: 'Resume' }).click();
    expect((await spoken(page)).at(-1)).toBe('resume');

    await page.evaluate(() => (window as unknown as { __endSentence: () => void }).__endSentence());
    const second = shortText.split('. ')[1];
    expect((await spoken(page)).at(-1)).toEqual({ text: `${second}.`, rate: 1 });
    expect(await highlighted(page)).toBe(`${second}.`);

    await page.getByLabel('Speed').selectOption('1.2');
    expect((await spoken(page)).at(-1)).toEqual({ text: `${second}.`, rate: 1.2 });

    await page.getByRole('button', { name: 'Stop' }).click();
    expect((await spoken(page)).at(-1)).toBe('cancel');
    expect(await highlighted(page)).toBeNull();
    expect(await page.getByRole('group', { name: 'Reading aloud' }).count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Short version');

    // The whole page starts at its title.
    // The player module is imported on click, so the first sentence is spoken a moment after the click returns.
    await page.getByRole('button', { name: 'Whole page' }).click();
    const title = await page.locator('h1').innerText();
    await expect.poll(async () => (await spoken(page)).at(-1)).toEqual({ text: title, rate: 1.2 });
    await expectClean(watched);
  });
});

describe('the visit sheet', () => {
  it('keeps the chosen pages across reloads, prints each short version and its questions, and clears in one step', async () => {
    const watched = await open(TOPIC);
    const { page } = watched;
    const chosen: Array<{ path: string; short: string }> = [];
    for (const path of [TOPIC, OTHER]) {
      await page.goto(`${BASE}${path}`);
      chosen.push({ path, short: await page.locator('.short-version p').innerText() });
      // By keyboard: focus the button and press Enter.
      await page.getByRole('button', { name: 'Add to my visit sheet' }).focus();
      await page.keyboard.press('Enter');
      expect(await page.getByRole('status').filter({ hasText: 'Added to your visit sheet.' }).count()).toBe(1);
      expect(await page.getByRole('button', { name: 'Remove from my visit sheet' }).isVisible()).toBe(true);
    }
    expect(await stored(page)).toEqual({ 'atlas-visit': JSON.stringify([TOPIC, OTHER]) });

    await page.goto(`${BASE}${VISIT}`);
    await page.reload();
    const items = page.getByRole('list', { name: 'Pages on your visit sheet' }).locator('> li');
    await items.nth(1).waitFor();
    expect(await items.count()).toBe(2);
    const pages = await page.evaluate(async () => (await fetch('/visit/pages.json')).json());

    await page.emulateMedia({ media: 'print' });
    const printed = await page.locator('main').innerText();
    for (const { path, short } of chosen) {
      expect(printed).toContain(short);
      expect(printed).toContain(pages[path].title);
      for (const question of pages[path].questions) expect(printed).toContain(question);
    }
    expect(await page.getByRole('button', { name: 'Clear my visit sheet' }).isVisible()).toBe(false);
    expect(await page.locator('.visit-notes').first().isVisible()).toBe(true);
    await page.emulateMedia({ media: 'screen' });

    // Remove one page by its named button; focus moves to the next control, not to nowhere.
    await page.getByRole('button', { name: `Remove ${pages[TOPIC].title} from my visit sheet` }).click();
    await expect.poll(() => items.count()).toBe(1);
    expect(await stored(page)).toEqual({ 'atlas-visit': JSON.stringify([OTHER]) });

    await page.getByRole('button', { name: 'Clear my visit sheet' }).click();
    await expect.poll(() => items.count()).toBe(0);
    expect(await stored(page)).toEqual({});
    expect(await page.getByText('Your visit sheet is empty.').isVisible()).toBe(true);
    expect(await page.getByRole('status').innerText()).toContain('Your visit sheet is now empty');
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    await expectClean(watched);
  });

  it('fetches its data only on the visit page, and only when something is chosen', async () => {
    const requests: string[] = [];
    const watched = await open(TOPIC);
    watched.page.on('request', (r) => requests.push(new URL(r.url()).pathname));
    await watched.page.reload();
    await watched.page.goto(`${BASE}${VISIT}`);
    await watched.page.getByText('Your visit sheet is empty.').waitFor();
    expect(requests).not.toContain('/visit/pages.json');
    await expectClean(watched);
  });
});

describe('every new state passes axe in every theme, at 320 px without sideways scrolling', () => {
  const states: Array<{
    name: string;
    path: string;
    stored: Record<string, string>;
    act?: (page: Page) => Promise<void>;
  }> = [
    { name: 'a topic page in short-versions mode', path: TOPIC, stored: { 'atlas-pages': 'short' } },
    { name: 'an index page in short-versions mode', path: INDEX, stored: { 'atlas-pages': 'short' } },
    { name: 'a topic page with more spacing', path: OTHER, stored: { 'atlas-spacing': 'more' } },
    {
      name: 'a topic page reading aloud, added to the visit sheet',
      path: TOPIC,
      stored: {},
      act: async (page) => {
        await page.getByRole('button', { name: 'Add to my visit sheet' }).click();
        await page.getByRole('group', { name: 'Read aloud' }).getByRole('button', { name: 'Short version' }).click();
        await page.getByRole('group', { name: 'Reading aloud' }).waitFor();
      },
    },
    { name: 'an empty visit sheet', path: VISIT, stored: {} },
    {
      name: 'a visit sheet with pages',
      path: VISIT,
      stored: { 'atlas-visit': JSON.stringify([TOPIC, OTHER, '/guide/what-is-long-covid/']) },
      act: async (page) => {
        await page.locator('.visit-item').nth(2).waitFor();
      },
    },
  ];
  for (const state of states) {
    it(`${state.name}, in the ${THEMES.join(', ')} themes`, async () => {
      const watched = await openPage(browser, null, { width: 320, theme: THEMES[0] });
      await watched.addInitScript(fakeSpeech);
      await watched.addInitScript((s) => {
        for (const [k, v] of Object.entries(s)) localStorage.setItem(k, v);
      }, state.stored);
      await watched.page.goto(`${BASE}${state.path}`);
      await state.act?.(watched.page);
      // The state reached once, then each theme through the page's own control.
      expect(await inEveryTheme(watched.page, () => axeViolations(watched.page))).toEqual([]);
      expect((await overflowReport(watched.page)).sideways).toBe(false);
      await expectClean(watched);
    });
  }
});
