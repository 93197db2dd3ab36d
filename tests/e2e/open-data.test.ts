// Change history, feeds, citations and open data on the built site, as a reader, a feed reader, a reference manager
// and a data user meet them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readContent } from '../../src/lib/io/files.ts';
import { formatDate } from '../../src/lib/site/dates.ts';
import { allPages, BASE, builtHtml, launch, openPage, topicPages } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser.close());

const dist = (path: string) => readFileSync(join('dist', path), 'utf8');
const json = (path: string) => JSON.parse(dist(path));

/** A feed as the browser's XML parser reads it: the checks RFC 4287 makes of every feed and entry. */
async function readFeed(path: string) {
  const { page, close } = await openPage(browser, '/changes/');
  try {
    const response = await page.request.get(`${BASE}${path}`);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toMatch(/^application\/atom\+xml/);
    const xml = await response.text();
    return await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'application/xml');
      const ATOM = 'http://www.w3.org/2005/Atom';
      const feed = doc.documentElement;
      const child = (el: Element, name: string) =>
        [...el.children].filter((c) => c.namespaceURI === ATOM && c.localName === name);
      const one = (el: Element, name: string) => child(el, name)[0]?.textContent ?? null;
      return {
        parseError: doc.getElementsByTagName('parsererror').length > 0,
        root: `${feed.namespaceURI} ${feed.localName}`,
        id: one(feed, 'id'),
        title: one(feed, 'title'),
        updated: one(feed, 'updated'),
        author: child(feed, 'author')[0]?.getElementsByTagNameNS(ATOM, 'name')[0]?.textContent ?? null,
        self:
          child(feed, 'link')
            .find((l) => l.getAttribute('rel') === 'self')
            ?.getAttribute('href') ?? null,
        entries: child(feed, 'entry').map((entry) => ({
          id: one(entry, 'id'),
          title: one(entry, 'title'),
          updated: one(entry, 'updated'),
          href:
            child(entry, 'link')
              .find((l) => l.getAttribute('rel') === 'alternate')
              ?.getAttribute('href') ?? null,
          category: child(entry, 'category')[0]?.getAttribute('term') ?? null,
        })),
      };
    }, xml);
  } finally {
    await close();
  }
}

/** A topic's reviewed date as its file gives it (the page must show the same). */
function reviewedOf(id: string): string {
  const entry = readContent('src/content').entries.find((e) => e.collection === 'topics' && e.id === id);
  const reviewed = (entry?.data as { reviewed?: unknown } | undefined)?.reviewed;
  if (typeof reviewed !== 'string') throw new Error(`no reviewed date for the topic ${id}`);
  return reviewed;
}

/**
 * A topic page whose recent changes (the newest three, as written) include a re-grading, and that re-grading: which
 * page was re-graded last changes with the content, so the test reads it from the files.
 */
function recentRegrading(): { path: string; date: string; text: string } {
  for (const entry of readContent('src/content').entries) {
    if (entry.collection !== 'topics') continue;
    const data = entry.data as { kind: string; changes?: Array<{ date: string; type: string; text?: string }> };
    const regrading = (data.changes ?? []).slice(0, 3).find((c) => c.type === 'regraded');
    if (regrading) return { path: `/${data.kind}/${entry.id}/`, date: regrading.date, text: regrading.text ?? '' };
  }
  throw new Error('no topic shows a re-grading among its three newest changes');
}

describe('change history', () => {
  it('shows a page its recent changes beside the reviewed date, in plain words', async () => {
    const regrading = recentRegrading();
    const { page, close } = await openPage(browser, regrading.path);
    try {
      const changes = page.getByRole('region', { name: 'Recent changes' });
      const items = await changes.locator('li').allInnerTexts();
      const shown = items.find((i) => i.startsWith(`${formatDate(regrading.date)}: `) && i.includes(regrading.text));
      expect(shown).toMatch(/^[^:]+: (Certainty|Status) re-graded from “[^”]+” to “[^”]+”\. /);
      // Newest first (the full history is on the changes page).
      const dates = await changes
        .locator('li time')
        .evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime') ?? ''));
      expect(dates.length).toBe(items.length);
      expect(dates).toEqual([...dates].sort().reverse());
      // Right after the reviewed date, not somewhere else on the page.
      expect(await page.locator('.page-meta + section').getAttribute('aria-labelledby')).toBe('changes');
    } finally {
      await close();
    }
  });

  it('lists every change across the atlas newest first, filterable by kind', async () => {
    const { page, close } = await openPage(browser, '/changes/');
    try {
      const dates = await page
        .locator('.change-list time')
        .evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime') ?? ''));
      // Every topic and trial has at least its first-published change (more than a hundred), so page 1 is full.
      expect(dates.length).toBe(100);
      expect(dates).toEqual([...dates].sort().reverse());
      // A re-grading reads in plain words, with both grades (whichever page was re-graded last).
      expect(await page.locator('.change-list li', { hasText: 're-graded' }).first().innerText()).toMatch(
        /re-graded from “[^”]+” to “[^”]+”/,
      );
      await page.getByRole('navigation', { name: 'Show changes to' }).getByRole('link', { name: 'Trials' }).click();
      expect(page.url()).toBe(`${BASE}/changes/trial/`);
      expect(await page.locator('[aria-current="page"]').innerText()).toBe('Trials');
      const kinds = await page.locator('.change-list li .muted').allInnerTexts();
      expect(new Set(kinds)).toEqual(new Set(['Trial']));
      // A trial's status change names both badges (whichever trial changed status last).
      expect(await page.locator('.change-list li', { hasText: 'Status re-graded' }).first().innerText()).toMatch(
        /Status re-graded from “Trial [^”]+” to “Trial [^”]+”/,
      );
    } finally {
      await close();
    }
  });
  it('keeps each page of changes short: a hundred to a page, older ones a link away, none lost', async () => {
    const { page, close } = await openPage(browser, '/changes/');
    try {
      const seen: string[] = [];
      const dates: string[] = [];
      const pagesOf = page.getByRole('navigation', { name: 'Pages of changes' });
      for (let n = 1; ; n++) {
        const items = page.locator('.change-list > li');
        const count = await items.count();
        expect(count).toBeLessThanOrEqual(100);
        seen.push(...(await items.allInnerTexts()));
        dates.push(
          ...(await page
            .locator('.change-list time')
            .evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime') ?? ''))),
        );
        expect(await pagesOf.locator('p').innerText()).toMatch(new RegExp(`^Page ${n} of \\d+$`));
        const older = pagesOf.getByRole('link', { name: 'Older changes' });
        if ((await older.count()) === 0) break;
        expect(count).toBe(100);
        await older.click();
        // Until the next page has loaded: a click waits only for the navigation to commit, and under load the
        // polled check below once ran out of time on a page still being parsed.
        await page.waitForURL(`${BASE}/changes/page/${n + 1}/`);
        // The way back, and the filter still marked (not as this page: its link goes to page 1).
        expect(await pagesOf.getByRole('link', { name: 'Newer changes' }).count()).toBe(1);
        expect(await page.getByRole('link', { name: 'Everything' }).getAttribute('aria-current')).toBe('true');
      }
      // Every change in the open data is on exactly one page, newest first across the pages.
      const recorded = [json('data/v1/topics.json').topics, json('data/v1/trials.json').trials]
        .flat()
        .reduce((sum: number, item: { changes?: unknown[] }) => sum + (item.changes?.length ?? 0), 0);
      expect(seen.length).toBe(recorded);
      expect(seen.length).toBeGreaterThan(100);
      expect(dates).toEqual([...dates].sort().reverse());
    } finally {
      await close();
    }
  });
});

describe('feeds', () => {
  const feeds = [
    '/changes/feed.xml',
    ...['treatment', 'test', 'symptom', 'mechanism', 'guide', 'trial'].map((k) => `/changes/${k}/feed.xml`),
  ];

  for (const path of feeds) {
    it(`${path} is a valid Atom feed whose entries lead to built pages`, async () => {
      const feed = await readFeed(path);
      expect(feed.parseError).toBe(false);
      expect(feed.root).toBe('http://www.w3.org/2005/Atom feed');
      expect(feed.id).toMatch(/^urn:uuid:/);
      expect(feed.title).toBeTruthy();
      expect(feed.updated).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
      expect(feed.author).toBe('Long COVID Atlas');
      expect(feed.self).toBe(path);
      expect(feed.entries.length).toBeGreaterThan(0);
      const pages = new Set(allPages());
      for (const entry of feed.entries) {
        expect(entry.id).toMatch(/^urn:uuid:[0-9a-f-]{36}$/);
        expect(entry.title).toBeTruthy();
        expect(entry.updated).toMatch(/^\d{4}-\d{2}-\d{2}T00:00:00Z$/);
        expect(pages.has(entry.href ?? '')).toBe(true);
      }
      expect(new Set(feed.entries.map((e) => e.id)).size).toBe(feed.entries.length);
      if (path !== '/changes/feed.xml') {
        expect(new Set(feed.entries.map((e) => e.category))).toEqual(new Set([path.split('/')[2]]));
      }
    });
  }

  it('are linked from the head of every page and from /changes/, and a topic page fetches none of them', async () => {
    for (const path of ['/', '/treatment/ivabradine/', '/changes/treatment/']) {
      expect(builtHtml(path)).toMatch(
        /<link rel="alternate" type="application\/atom\+xml"[^>]*href="\/changes\/(treatment\/)?feed\.xml"/,
      );
    }
    const { page, context, close } = await openPage(browser, '/treatment/ivabradine/');
    const fetched: string[] = [];
    context.on('request', (r) => fetched.push(new URL(r.url()).pathname));
    try {
      await page.reload();
      expect(fetched.filter((p) => /\.(xml|json|ris|bib)$/.test(p))).toEqual([]);
    } finally {
      await close();
    }
    const changes = builtHtml('/changes/');
    expect(changes).toContain('href="/changes/feed.xml" type="application/atom+xml"');
  });
});

describe('cite this page', () => {
  it('suggests a citation with the reviewed date and offers the references as RIS and BibTeX', async () => {
    const { page, close } = await openPage(browser, '/treatment/ivabradine/');
    try {
      const cite = page.getByRole('region', { name: 'Cite this page' });
      await expect(cite.locator('.citation').innerText()).resolves.toBe(
        `Long COVID Atlas. Ivabradine. Evidence last reviewed ${formatDate(reviewedOf('ivabradine'))}. /treatment/ivabradine/`,
      );
      // No address is set for this build: the page says why the citation carries only a path.
      await expect(cite.innerText()).resolves.toContain('no public address yet');
      const references = await page.locator('#references + ol > li').count();
      const ris = await page.request.get(
        `${BASE}${await cite.getByRole('link', { name: /RIS/ }).getAttribute('href')}`,
      );
      const risText = await ris.text();
      expect(risText.match(/^TY {2}- /gm)?.length).toBe(references);
      expect(risText.match(/^ER {2}- /gm)?.length).toBe(references);
      expect(risText).toContain('DO  - 10.1016/j.jacc.2020.12.029');
      const bib = await page.request.get(
        `${BASE}${await cite.getByRole('link', { name: 'BibTeX' }).getAttribute('href')}`,
      );
      const bibText = await bib.text();
      expect(bibText.match(/^@\w+\{/gm)?.length).toBe(references);
      expect(bibText).toContain('@article{taub-2021-ivabradine,');
    } finally {
      await close();
    }
  });
});

describe('open data', () => {
  const ajv = new Ajv2020({ allErrors: true, allowUnionTypes: true });

  for (const file of ['topics', 'sources', 'trials']) {
    it(`/data/v1/${file}.json validates against its published schema`, () => {
      const validate = ajv.compile(json(`data/v1/${file}.schema.json`));
      const data = json(`data/v1/${file}.json`);
      expect(validate(data) ? [] : validate.errors?.slice(0, 5)).toEqual([]);
      expect(data.licence.id).toBe('CC-BY-4.0');
    });
  }

  it('has every topic page, with exactly the badges the page shows', () => {
    const { topics } = json('data/v1/topics.json') as {
      topics: Array<{ url: string; badges: Array<{ label: string; direction?: string }> }>;
    };
    expect(topics.map((t) => t.url).sort()).toEqual(
      topicPages()
        .map((t) => t.path)
        .sort(),
    );
    for (const topic of topics) {
      const list =
        /<ul class="badges" aria-label="Evidence at a glance">(.*?)<\/ul>/.exec(builtHtml(topic.url))?.[1] ?? '';
      const onPage = [
        ...list.matchAll(/<a class="badge[^"]*"[^>]*>(?:<span class="marks".*?<\/span><\/span>)?([^<]+)<\/a>/g),
      ].map((m) => m[1]);
      expect({ url: topic.url, badges: topic.badges.map((b) => b.label) }).toEqual({ url: topic.url, badges: onPage });
      for (const badge of topic.badges.filter((b) => b.direction)) {
        expect(list).toContain(`(${badge.direction?.replaceAll("'", '&#39;')})`);
      }
    }
  });

  it('is explained on /data/ with every file, its schema and the licence', async () => {
    const { page, close } = await openPage(browser, '/data/');
    try {
      const hrefs = await page.locator('#files ~ ul a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      expect(hrefs).toEqual([
        '/data/v1/topics.json',
        '/data/v1/topics.schema.json',
        '/data/v1/sources.json',
        '/data/v1/sources.schema.json',
        '/data/v1/trials.json',
        '/data/v1/trials.schema.json',
      ]);
      await expect(page.locator('#licence + p').innerText()).resolves.toMatch(/CC BY 4\.0.*MIT licence/s);
    } finally {
      await close();
    }
  });
});
