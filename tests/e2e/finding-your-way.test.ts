// A tired reader reaches the page they need in one or two steps, by whatever door they think of: a symptom in
// their own words, a kind of page, a body system, the evidence map or search.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allPages, BASE, builtHtml, launch, openPage, topicPages } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser.close());

const path = (page: Page) => new URL(page.url()).pathname + new URL(page.url()).search;

/** Click a link and count it as one step of the journey. */
async function step(page: Page, link: ReturnType<Page['locator']>, steps: string[]): Promise<void> {
  const before = page.url();
  await Promise.all([page.waitForURL((u) => u.href !== before), link.first().click()]);
  steps.push(path(page));
}

async function searchFor(page: Page, words: string): Promise<string[]> {
  await page.getByLabel('Search the atlas').fill(words);
  await page.locator('[data-search-results] li').first().waitFor();
  await page.waitForFunction(() => document.querySelector('[data-search-status]')?.textContent?.includes('found'));
  return page
    .locator('[data-search-results] h2 a')
    .evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

describe('doors from the home page', () => {
  it('has one symptom door per symptom page, in everyday words, each leading to its page', async () => {
    const { page, close } = await openPage(browser, '/');
    try {
      const doors = page.locator('.doors--symptom a');
      const hrefs = await doors.evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      const symptoms = topicPages()
        .filter((t) => t.kind === 'symptom')
        .map((t) => t.path);
      expect([...hrefs].sort()).toEqual([...symptoms].sort());
      await expect(page.locator('.doors--symptom a[href="/symptom/pots/"]').innerText()).resolves.toMatch(
        /racing heart when standing/,
      );
      await step(page, page.locator('.doors--symptom a', { hasText: 'ringing in the ears' }), []);
      expect(path(page)).toBe('/symptom/tinnitus/');
      await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toMatch(/Tinnitus/);
    } finally {
      await close();
    }
  });

  it('offers the start-here path, every kind and body system, and recently reviewed pages', async () => {
    const { page, close } = await openPage(browser, '/');
    try {
      const start = await page.locator('.start-path a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      expect(start).toEqual([
        '/guide/what-is-long-covid/',
        '/guide/reading-the-evidence/',
        '/guide/guidelines/',
        '/symptom/post-exertional-malaise/',
      ]);
      const systems = await page
        .locator('[aria-labelledby="doors-system"] a')
        .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      expect(systems.length).toBeGreaterThan(5);
      for (const href of systems) expect(allPages()).toContain(href);
      expect(await page.locator('[aria-labelledby="recent"] li').count()).toBe(5);
      expect(await page.getByRole('search').count()).toBe(1);
    } finally {
      await close();
    }
  });
});

describe('journeys of two steps or fewer from the home page', () => {
  it('"my heart races when I stand up" reaches the POTS page', async () => {
    const { page, close } = await openPage(browser, '/');
    const steps: string[] = [];
    try {
      await step(page, page.locator('.doors--symptom a', { hasText: /heart when standing/ }), steps);
      expect(steps).toEqual(['/symptom/pots/']);
    } finally {
      await close();
    }
  });

  it('"is Paxlovid worth trying" reaches the Paxlovid page by search, and by the treatments door', async () => {
    const { page, close } = await openPage(browser, '/');
    const steps: string[] = [];
    try {
      await page.getByLabel('Search the atlas').fill('Paxlovid');
      await Promise.all([page.waitForURL(/\/search\//), page.getByRole('button', { name: 'Search' }).click()]);
      steps.push(path(page));
      await page.locator('[data-search-results] a[href="/treatment/paxlovid/"]').waitFor();
      await step(page, page.locator('[data-search-results] a[href="/treatment/paxlovid/"]'), steps);
      expect(steps).toEqual(['/search/?q=Paxlovid', '/treatment/paxlovid/']);

      await page.goto(`${BASE}/`);
      const byDoor: string[] = [];
      await step(page, page.locator('[aria-labelledby="doors-kind"] a', { hasText: 'Treatments' }), byDoor);
      await step(page, page.getByRole('link', { name: /^Paxlovid/ }), byDoor);
      expect(byDoor).toEqual(['/treatment/', '/treatment/paxlovid/']);
    } finally {
      await close();
    }
  });

  it('"what is a tilt table test" reaches the tilt table test page', async () => {
    const { page, close } = await openPage(browser, '/');
    const steps: string[] = [];
    try {
      await step(page, page.locator('[aria-labelledby="doors-kind"] a', { hasText: 'Tests' }), steps);
      await step(page, page.getByRole('link', { name: /tilt table test/i }), steps);
      expect(steps).toEqual(['/test/', '/test/tilt-table-test/']);
    } finally {
      await close();
    }
  });
});

describe('index pages', () => {
  const visible = (page: Page) =>
    page.locator('[data-items] > [data-item]:not([hidden])').evaluateAll((items) =>
      items.map((i) => ({
        certainty: i.getAttribute('data-f-certainty'),
        name: i.querySelector('h2 a')?.textContent ?? '',
      })),
    );

  it('filter without a reload, put the filter in the address, survive a reload and undo with Back', async () => {
    const { page, close } = await openPage(browser, '/treatment/');
    try {
      const all = await visible(page);
      expect(all.length).toBe(topicPages().filter((t) => t.kind === 'treatment').length);
      await page.evaluate(() => {
        (window as unknown as { marker: boolean }).marker = true;
      });
      // The rarest certainty among the pages: a filter that keeps some and hides others, whatever the grades are today.
      const counts = new Map<string, number>();
      for (const i of all) counts.set(i.certainty ?? '', (counts.get(i.certainty ?? '') ?? 0) + 1);
      const [rare = ''] = [...counts].sort((a, b) => a[1] - b[1])[0] ?? [];
      await page.getByLabel('Certainty').selectOption(rare);
      await page.waitForURL(new RegExp(`certainty=${rare}`));
      const none = await visible(page);
      expect(none.length).toBeGreaterThan(0);
      expect(none.length).toBeLessThan(all.length);
      expect(none.every((i) => i.certainty === rare)).toBe(true);
      // Same document: no reload happened.
      expect(await page.evaluate(() => (window as unknown as { marker?: boolean }).marker)).toBe(true);
      await expect(page.locator('[data-count]').innerText()).resolves.toBe(`Showing ${none.length} of ${all.length}.`);

      await page.getByLabel('Sort by').selectOption('reviewed');
      await page.waitForURL(/sort=reviewed/);
      await page.reload();
      await expect(page.getByLabel('Certainty').inputValue()).resolves.toBe(rare);
      expect((await visible(page)).map((i) => i.name).sort()).toEqual(none.map((i) => i.name).sort());

      await page.goBack();
      await page.goBack();
      await page.waitForURL(`${BASE}/treatment/`);
      expect((await visible(page)).length).toBe(all.length);
      await expect(page.getByLabel('Certainty').inputValue()).resolves.toBe('');
    } finally {
      await close();
    }
  });

  it('sort by name and by certainty', async () => {
    const { page, close } = await openPage(browser, '/system/autonomic/?sort=certainty');
    try {
      const ranks = await page
        .locator('[data-items] > [data-item]:not([hidden])')
        .evaluateAll((items) => items.map((i) => Number(i.getAttribute('data-sort-certainty'))));
      expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
      expect(new Set(ranks).size).toBeGreaterThan(1);
    } finally {
      await close();
    }
  });

  it('show the full list, and no dead controls, with JavaScript off', async () => {
    const { page, close } = await openPage(browser, '/treatment/?certainty=none', { javaScriptEnabled: false });
    try {
      expect(await page.locator('[data-item]:visible').count()).toBe(
        topicPages().filter((t) => t.kind === 'treatment').length,
      );
      expect(await page.locator('form[data-filters]').isVisible()).toBe(false);
    } finally {
      await close();
    }
  });

  it('exist for every body system a page belongs to', () => {
    const systems = allPages().filter((p) => p.startsWith('/system/'));
    expect(systems).toEqual(expect.arrayContaining(['/system/autonomic/', '/system/energy/', '/system/neurological/']));
  });
});

describe('search', () => {
  const expected: Array<[string, string]> = [
    ['Paxlovid', '/treatment/paxlovid/'],
    ['brain fog', '/symptom/brain-fog/'],
    ['crash', '/symptom/post-exertional-malaise/'],
    ['POTS', '/symptom/pots/'],
    ['immunoglobulin', '/treatment/ivig/'],
  ];

  it('finds pages by the other names people use, and shows kind, badges and the short version', async () => {
    const { page, close, errors } = await openPage(browser, '/search/');
    try {
      for (const [words, url] of expected) {
        const found = await searchFor(page, words);
        expect(found.slice(0, 3), words).toContain(url);
      }
      await searchFor(page, 'Paxlovid');
      const result = page.locator('[data-search-results] li', { has: page.locator('a[href="/treatment/paxlovid/"]') });
      await expect(result.locator('.eyebrow').innerText()).resolves.toMatch(/^Treatment/);
      await expect(result.locator('.badge--certainty').count()).resolves.toBe(1);
      await expect(result.locator('.badge--status').count()).resolves.toBe(1);
      await expect(result.locator('p:not(.eyebrow)').first().innerText()).resolves.toMatch(/antiviral/);
      expect(errors).toEqual([]);
      expect(path(page)).toBe('/search/?q=Paxlovid');
    } finally {
      await close();
    }
  });

  it("stores each result as the page's own words: no glossary definitions or reference numbers, headings as anchors", async () => {
    const { page, close, errors } = await openPage(browser, '/search/');
    try {
      // What Pagefind keeps for a result is what a reader sees as its excerpt and downloads for it.
      // Passed as source text: Vitest would rewrite a dynamic import written inside a function.
      const stored = (await page.evaluate(`(async () => {
        const pagefind = await import('/pagefind/pagefind.js');
        const found = await pagefind.search('fatigue');
        const pages = await Promise.all(found.results.slice(0, 8).map((r) => r.data()));
        return pages.map((p) => ({ url: p.url, content: p.content, anchors: p.anchors.map((a) => a.element) }));
      })()`)) as Array<{ url: string; content: string; anchors: string[] }>;
      expect(stored.length).toBeGreaterThan(0);
      let definitions = 0;
      for (const { url, content, anchors } of stored) {
        const html = builtHtml(url);
        // A definition's own words, after the term's name and before its "More about" link.
        const defined = [...html.matchAll(/class="term-pop-title">[^<]*<\/span>([^<&]+)</g)].map((m) =>
          String(m[1]).trim(),
        );
        definitions += defined.length;
        expect(
          defined.filter((d) => content.includes(d)),
          url,
        ).toEqual([]);
        expect(
          anchors.filter((element) => !/^(?:h[2-4]|figure)$/.test(element)),
          url,
        ).toEqual([]);
      }
      // Guards the test itself: the pages found do use glossary terms.
      expect(definitions).toBeGreaterThan(0);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('is keyboard friendly: the header link, the box and the results are reached with Tab', async () => {
    const { page, close } = await openPage(browser, '/symptom/pots/', { width: 320 });
    try {
      await page.keyboard.press('Tab'); // skip link
      await page.keyboard.press('Tab'); // site name
      await page.keyboard.press('Tab');
      await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Search');
      await Promise.all([page.waitForURL(/\/search\/$/), page.keyboard.press('Enter')]);
      await page.getByLabel('Search the atlas').focus();
      await page.keyboard.type('brain fog');
      await page.locator('[data-search-results] a').first().waitFor();
      await page.keyboard.press('Tab'); // the button
      await page.keyboard.press('Tab'); // first result
      await expect(
        page.evaluate(() => document.activeElement?.closest('[data-search-results]') !== null),
      ).resolves.toBe(true);
      // On failure, name what sticks out, so a rare overflow can be found.
      const { width, wide } = await page.evaluate(() => ({
        width: document.documentElement.scrollWidth,
        wide: [...document.querySelectorAll('body *')]
          .filter((el) => el.getBoundingClientRect().right > 321)
          .map((el) => `${el.tagName.toLowerCase()}.${el.className}: ${(el.textContent ?? '').slice(0, 60)}`),
      }));
      expect(width, wide.join('\n')).toBeLessThanOrEqual(320);
    } finally {
      await close();
    }
  });

  it('sends no search request before the reader searches', async () => {
    const { page, context, close } = await openPage(browser, '/');
    const requests: string[] = [];
    context.on('request', (r) => requests.push(new URL(r.url()).pathname));
    try {
      await page.waitForLoadState('networkidle');
      await page.goto(`${BASE}/treatment/paxlovid/`);
      await page.waitForLoadState('networkidle');
      await page.goto(`${BASE}/search/`);
      await page.waitForLoadState('networkidle');
      expect(requests.filter((r) => r.startsWith('/pagefind/'))).toEqual([]);
      await searchFor(page, 'POTS');
      expect(requests.filter((r) => r.startsWith('/pagefind/')).length).toBeGreaterThan(0);
    } finally {
      await close();
    }
  });

  it('says so with JavaScript off, and offers the index pages', async () => {
    const { page, close } = await openPage(browser, '/search/', { javaScriptEnabled: false });
    try {
      await expect(page.getByText(/Search needs JavaScript/).isVisible()).resolves.toBe(true);
      expect(await page.locator('form[data-search]').isVisible()).toBe(false);
      for (const href of ['/treatment/', '/test/', '/symptom/', '/evidence/']) {
        expect(await page.locator(`noscript, main`).first().innerHTML()).toContain(`href="${href}"`);
      }
    } finally {
      await close();
    }
  });
});

describe('the evidence map', () => {
  const chart = (page: Page) =>
    page.locator('.emap-cell li:not([hidden]) a').evaluateAll((as) =>
      as
        .map((a) => {
          const cell = a.closest<HTMLElement>('.emap-cell');
          return `${a.getAttribute('href')} ${cell?.dataset.certainty} ${cell?.dataset.status}`;
        })
        .sort(),
    );
  const table = (page: Page) =>
    page.locator('.emap-table tbody tr:not([hidden])').evaluateAll((rows) =>
      rows
        .map((r) => {
          const row = r as HTMLElement;
          return `${row.querySelector('a')?.getAttribute('href')} ${row.dataset.certainty} ${row.dataset.status}`;
        })
        .sort(),
    );

  it('places every treatment once, and its table matches its chart, also when filtered by symptom', async () => {
    const { page, close } = await openPage(browser, '/evidence/', { width: 320 });
    try {
      const points = await chart(page);
      expect(points.length).toBe(topicPages().filter((t) => t.kind === 'treatment').length);
      expect(await table(page)).toEqual(points);
      // The table's words say the same as the chart's position.
      const paxlovid = page.locator('.emap-table tr', { has: page.locator('a[href="/treatment/paxlovid/"]') }).first();
      await expect(paxlovid.innerText()).resolves.toMatch(/certainty/i);

      await page.getByLabel('Helps with symptom').selectOption('pots');
      await page.waitForURL(/symptom=pots/);
      const forPots = await chart(page);
      expect(forPots.length).toBeGreaterThan(0);
      expect(forPots.length).toBeLessThan(points.length);
      expect(await table(page)).toEqual(forPots);
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= 320)).toBe(true);
    } finally {
      await close();
    }
  });
});

describe('trials', () => {
  it('filter by status, and name the pages of each trial', async () => {
    const { page, close } = await openPage(browser, '/trials/');
    try {
      const all = await page.locator('[data-item]').count();
      await page.getByLabel('Trial status').selectOption('recruiting');
      await page.waitForURL(/status=recruiting/);
      const shown = page.locator('[data-item]:not([hidden])');
      expect(await shown.count()).toBeLessThan(all);
      for (const status of await shown.evaluateAll((items) => items.map((i) => i.getAttribute('data-f-status')))) {
        expect(status).toBe('recruiting');
      }
      expect(await page.locator('[data-item]', { hasText: 'Named on' }).count()).toBe(all);
    } finally {
      await close();
    }
  });
});

describe('for the wider web', () => {
  it('gives topic pages schema.org data with the review date and citations, and every page Open Graph text', async () => {
    const { page, close } = await openPage(browser, '/treatment/paxlovid/');
    try {
      const data = JSON.parse(
        (await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}',
      ) as Record<string, unknown>;
      expect(data['@type']).toBe('MedicalWebPage');
      expect(data.lastReviewed).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect((data.about as { alternateName: string[] }).alternateName).toContain('Paxlovid');
      expect((data.citation as unknown[]).length).toBeGreaterThan(0);
      await expect(page.locator('meta[property="og:title"]').getAttribute('content')).resolves.toMatch(/Paxlovid/);
    } finally {
      await close();
    }
  });

  it('serves robots.txt and a helpful 404 with search and the doors', async () => {
    const robots = await fetch(`${BASE}/robots.txt`);
    expect(robots.status).toBe(200);
    expect(await robots.text()).toContain('User-agent: *');
    const { page, close } = await openPage(browser, '/404.html');
    try {
      expect(await page.getByRole('search').count()).toBe(1);
      expect(await page.locator('.doors--symptom a').count()).toBeGreaterThan(5);
    } finally {
      await close();
    }
  });
});
