// Every topic page has the full anatomy of its kind, top to bottom, and its citations work both ways.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dictionary } from '../../src/i18n/index.ts';
import { isFreeSlot, PAGE_TYPES, sectionHeading } from '../../src/lib/model/page-types.ts';

const UNKNOWNS_HEADING = dictionary().blocks.unknowns;
const FOR_YOU_HEADING = sectionHeading('for-you');

import { BASE, launch, openPage, topicPages, type Watched } from './browser.ts';

let browser: Browser;
let watched: Watched;
beforeAll(async () => {
  browser = await launch();
  watched = await openPage(browser, '/404.html');
});
afterAll(() => browser.close());

const KIND_LABEL = {
  treatment: 'Treatment',
  test: 'Test',
  symptom: 'Symptom',
  mechanism: 'Mechanism',
  guide: 'Guide',
} as const;

describe('topic pages', () => {
  it('there are topic pages of every kind written so far', () => {
    expect(topicPages().length).toBeGreaterThanOrEqual(6);
  });

  for (const { path, kind } of topicPages()) {
    describe(path, () => {
      // One tab for every page, and one page load serves both checks: the suite grows by one load per page.
      beforeAll(async () => {
        await watched.page.goto(`${BASE}${path}`);
      });

      it(`${path} has the whole anatomy of a ${kind} page, in order`, async () => {
        const { page } = watched;
        {
          await expect(page.getByRole('banner').getByRole('link', { name: 'Long COVID Atlas' }).count()).resolves.toBe(
            1,
          );
          await expect(page.getByLabel('Text', { exact: true }).count()).resolves.toBe(1);
          await expect(page.getByLabel('Theme', { exact: true }).count()).resolves.toBe(1);
          await expect(page.getByText('education, not medical advice').count()).resolves.toBe(1);
          const eyebrow = await page.locator('article .eyebrow').first().innerText();
          expect(eyebrow).toMatch(new RegExp(kind === 'guide' ? '^Guide$' : `^${KIND_LABEL[kind]} · \\S`));
          await expect(page.locator('h1').count()).resolves.toBe(1);
          expect((await page.locator('article .lede').innerText()).length).toBeGreaterThan(40);
          const short = page.getByRole('region', { name: 'Short version, if reading is hard right now' });
          expect((await short.innerText()).split(/\s+/).length).toBeLessThanOrEqual(70);

          const headings = (await page.locator('article h2').allInnerTexts()).map((h) => h.trim());
          expect(headings[0]).toBe('Short version, if reading is hard right now');
          const fixed = PAGE_TYPES[kind].sections.flatMap((s) => (isFreeSlot(s) ? [] : [sectionHeading(s)]));
          const inOrder = headings.filter((h) => fixed.includes(h));
          expect(inOrder).toEqual(fixed);
          const unknownsAt = headings.indexOf(UNKNOWNS_HEADING);
          const forYouAt = PAGE_TYPES[kind].forYouSection ? headings.indexOf(FOR_YOU_HEADING) : -1;
          // The open questions stand just before "What this means for you", or else after the last body section.
          if (forYouAt >= 0) expect(unknownsAt).toBe(forYouAt - 1);
          else expect(unknownsAt).toBe(headings.indexOf('References') - 1);
          // References, then the associated topics; the page's change history and "cite this page" may follow.
          const refsAt = headings.indexOf('References');
          expect(headings.slice(refsAt, refsAt + 2)).toEqual(['References', 'Associated topics']);

          const unknowns = await page.locator('[aria-labelledby="unknowns"] li').count();
          expect(unknowns).toBeGreaterThanOrEqual(4);
          expect(unknowns).toBeLessThanOrEqual(8);
          if (forYouAt >= 0) {
            const questions = await page.locator('.questions li').count();
            expect(questions).toBeGreaterThanOrEqual(2);
          }
          if (kind === 'treatment' || kind === 'test' || kind === 'mechanism') {
            const panel = page.locator('#evidence + .evidence-panel, section:has(> #evidence) .evidence-panel');
            await expect(panel.count()).resolves.toBe(1);
            expect(await panel.innerText()).toMatch(/certainty/i);
          }
          await expect(page.getByText(/Evidence last reviewed \d+ \w+ \d{4}\. Next review due/).count()).resolves.toBe(
            1,
          );
        }
      });

      it(`${path} numbers citations in order and links them to references and back`, async () => {
        const { page } = watched;
        {
          // Read every citation, reference and back-link in one round trip: per-link calls were most of this file's time.
          const links = await page.evaluate(() => {
            const exists = (href: string | null) => !!href && document.querySelector(href) !== null;
            const refs = [...document.querySelectorAll('.references > ol > li')];
            return {
              marks: [...document.querySelectorAll('sup.cite a')].map((a) => ({
                text: a.textContent ?? '',
                leads: exists(a.getAttribute('href')),
              })),
              refs: refs.length,
              backlinksLeading: [...document.querySelectorAll('.references .backlink')].map((a) =>
                exists(a.getAttribute('href')),
              ),
              refsWithoutLink: refs.flatMap((li, i) => (li.querySelector('.ref-links a') ? [] : [i + 1])),
              refsWithoutYear: refs.flatMap((li, i) =>
                /\((\d{4}|undated)\)/.test((li as HTMLElement).innerText) ? [] : [i + 1],
              ),
              numberedInOrder: refs.every((li, i) => li.id === `ref-${i + 1}`),
            };
          });
          expect(links.marks.length).toBeGreaterThan(0);
          // First appearances run 1, 2, 3, ... in reading order.
          const firsts: number[] = [];
          for (const m of links.marks) if (!firsts.includes(Number(m.text))) firsts.push(Number(m.text));
          expect(firsts).toEqual(firsts.map((_, i) => i + 1));
          expect(links.refs).toBe(firsts.length);
          expect(links.numberedInOrder).toBe(true);
          expect(links.marks.filter((m) => !m.leads)).toEqual([]);
          expect(links.backlinksLeading.every(Boolean)).toBe(true);
          expect(links.refsWithoutLink, 'references without a link to their source').toEqual([]);
          expect(links.refsWithoutYear, 'references without a year (or "undated")').toEqual([]);
          // Following a citation lands on its reference; the back-link returns to the text.
          await page.locator('sup.cite a').first().click();
          expect(new URL(page.url()).hash).toBe('#ref-1');
          await page.locator('#ref-1 .backlink').click();
          expect(new URL(page.url()).hash).toBe('#cite-1-1');
        }
      });
    });
  }
});
