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
        // The short version is found as a screen reader finds it (a region by name); the rest is read in one round
        // trip, since per-element calls were most of this test's time.
        const short = page.getByRole('region', { name: 'Short version, if reading is hard right now' });
        expect((await short.innerText()).split(/\s+/).length).toBeLessThanOrEqual(70);
        const seen = await page.evaluate(() => {
          const texts = (selector: string) =>
            [...document.querySelectorAll<HTMLElement>(selector)].map((e) => e.innerText.trim());
          const body = document.body.innerText;
          // Controls named by a label, as getByLabel finds them (the settings menu may be closed, so textContent).
          const labelled = (name: string) =>
            [...document.querySelectorAll('label')].filter((l) => l.textContent?.trim() === name && l.control).length;
          return {
            bannerHomeLinks: [...document.querySelectorAll('body > header a, header[role="banner"] a')].filter(
              (a) => a.textContent?.trim() === 'Long COVID Atlas',
            ).length,
            textControls: labelled('Text'),
            themeControls: labelled('Theme'),
            standingNotes: body.split('education, not medical advice').length - 1,
            eyebrow: texts('article .eyebrow')[0] ?? '',
            h1s: document.querySelectorAll('h1').length,
            lede: texts('article .lede')[0] ?? '',
            headings: texts('article h2'),
            unknowns: document.querySelectorAll('[aria-labelledby="unknowns"] li').length,
            questions: document.querySelectorAll('.questions li').length,
            panels: texts('#evidence + .evidence-panel, section:has(> #evidence) .evidence-panel'),
            reviewLines: (body.match(/Evidence last reviewed \d+ \w+ \d{4}\. Next review due/g) ?? []).length,
          };
        });
        expect(seen.bannerHomeLinks).toBe(1);
        expect(seen.textControls).toBe(1);
        expect(seen.themeControls).toBe(1);
        expect(seen.standingNotes).toBe(1);
        expect(seen.eyebrow).toMatch(new RegExp(kind === 'guide' ? '^Guide$' : `^${KIND_LABEL[kind]} · \\S`));
        expect(seen.h1s).toBe(1);
        expect(seen.lede.length).toBeGreaterThan(40);

        const headings = seen.headings;
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

        expect(seen.unknowns).toBeGreaterThanOrEqual(4);
        expect(seen.unknowns).toBeLessThanOrEqual(8);
        if (forYouAt >= 0) expect(seen.questions).toBeGreaterThanOrEqual(2);
        if (kind === 'treatment' || kind === 'test' || kind === 'mechanism') {
          expect(seen.panels).toHaveLength(1);
          expect(seen.panels[0]).toMatch(/certainty/i);
        }
        expect(seen.reviewLines).toBe(1);
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
