// Figures as a reader meets them: an image with a name, a caption, the same numbers as a table; readable in every
// theme at 320 and 1280 px, larger with the Text control, and ink on white in print.
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  allPages,
  axeViolations,
  builtHtml,
  inEveryTheme,
  launch,
  openPage,
  overflowReport,
  TEXT_SPACING,
  THEMES,
  WIDTHS,
} from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser.close());

/** The pages that show a figure, and which. */
const FIGURE_PAGES: Record<string, string> = {
  '/symptom/pots/': 'standing-heart-rate',
  '/test/active-stand-test/': 'standing-heart-rate',
  '/test/tilt-table-test/': 'standing-heart-rate',
  '/symptom/post-exertional-malaise/': 'pem-timeline',
  '/treatment/pacing/': 'pem-timeline',
  '/guide/reading-the-evidence/': 'evidence-ladder',
  '/about/evidence/': 'evidence-ladder',
  '/trials/recover-autonomic/': 'trial-timeline',
};
/** One page per figure type for the theme-by-width matrix. */
const MATRIX = [
  '/symptom/pots/',
  '/symptom/post-exertional-malaise/',
  '/about/evidence/',
  '/trials/recover-autonomic/',
];

const figureData = (id: string) => parse(readFileSync(`src/content/figures/${id}.yaml`, 'utf8'));

/** The table under a figure, as [row heading, cell text without citation marks]. */
function tableRows(page: Page, id: string): Promise<string[][]> {
  return page.$$eval(`#figure-${id} table tbody tr`, (rows) =>
    rows.map((row) => {
      const cell = row.querySelector('td')?.cloneNode(true) as HTMLElement;
      for (const mark of cell.querySelectorAll('sup')) mark.remove();
      return [row.querySelector('th')?.textContent?.trim() ?? '', cell.textContent?.trim() ?? ''];
    }),
  );
}

/**
 * Contrast of every label against what it stands on (a ladder rung, or the page), and of every line against the
 * page: WCAG 1.4.3 for text (4.5:1) and 1.4.11 for the marks that carry meaning (3:1). SVG text is not checked by
 * axe, so the page measures it itself.
 */
function svgContrast(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const rgb = (value: string) => (value.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
    const lum = (c: number[]) => {
      const [r, g, b] = c.map((v) => {
        const s = v / 255;
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
    };
    const ratio = (a: number[], b: number[]) => {
      const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
      return ((hi ?? 0) + 0.05) / ((lo ?? 0) + 0.05);
    };
    const pageBg = rgb(
      [document.body, document.documentElement]
        .map((e) => getComputedStyle(e).backgroundColor)
        .find((c) => !c.includes('rgba(0, 0, 0, 0)')) ?? 'rgb(255,255,255)',
    );
    const failures: string[] = [];
    for (const svg of document.querySelectorAll<SVGSVGElement>('figure.figure svg')) {
      const rungs = [...svg.querySelectorAll<SVGRectElement>('.fig-rung')].map((r) => ({
        box: r.getBBox(),
        fill: rgb(getComputedStyle(r).fill),
      }));
      for (const label of svg.querySelectorAll<SVGTextElement>('text')) {
        const box = label.getBBox();
        const under = rungs.find((r) => box.y >= r.box.y && box.y + box.height <= r.box.y + r.box.height + 1);
        const value = ratio(rgb(getComputedStyle(label).fill), under?.fill ?? pageBg);
        if (value < 4.5) failures.push(`text "${label.textContent}" ${value.toFixed(2)}:1`);
      }
      for (const mark of svg.querySelectorAll<SVGElement>(
        '.fig-line, .fig-threshold, .fig-axis, .fig-marker, .fig-arrow',
      )) {
        const value = ratio(rgb(getComputedStyle(mark).stroke), pageBg);
        if (value < 3) failures.push(`${mark.getAttribute('class')} ${value.toFixed(2)}:1`);
      }
    }
    return failures;
  });
}

describe('figures', () => {
  it('stand on every page that places one, and on each trial page whose record gives a completion date', () => {
    for (const [path, id] of Object.entries(FIGURE_PAGES)) {
      expect(builtHtml(path), path).toContain(`id="figure-${id === 'trial-timeline' ? 'trial-timeline' : id}"`);
    }
    const trials = allPages().filter((p) => /^\/trials\/[^/]+\/$/.test(p));
    for (const path of trials) {
      const record = parse(readFileSync(`src/content/trials/${path.split('/')[2]}.yaml`, 'utf8'));
      expect(builtHtml(path).includes('id="figure-trial-timeline"'), path).toBe(
        record.expectedCompletion !== undefined,
      );
    }
  });

  for (const [path, id] of Object.entries(FIGURE_PAGES)) {
    it(`${path}: the figure is a named image with a caption and a table of its numbers`, async () => {
      const { page, close, errors } = await openPage(browser, path, { width: 390 });
      try {
        const figure = page.locator(`figure#figure-${id}`);
        const svg = figure.locator('svg[role="img"]');
        expect((await svg.getAttribute('aria-label'))?.length ?? 0).toBeGreaterThan(40);
        expect(await figure.locator('figcaption').innerText()).toMatch(/\w{4,}/);
        // The numbers sit in a closed "More detail" disclosure.
        expect(await figure.locator('details.more-detail').getAttribute('open')).toBeNull();
        // Every citation mark in the figure points at an entry of the page's reference list.
        for (const href of await figure
          .locator('a[href^="#ref-"]')
          .evaluateAll((as) => as.map((a) => a.getAttribute('href')))) {
          expect(await page.locator(href ?? '#none').count(), href ?? '').toBe(1);
        }
        expect(errors).toEqual([]);
      } finally {
        await close();
      }
    });
  }

  it('the heart-rate table matches its data, thresholds cited', async () => {
    const data = figureData('standing-heart-rate');
    const { page, close } = await openPage(browser, '/test/active-stand-test/');
    try {
      const rows = await tableRows(page, 'standing-heart-rate');
      expect(rows[0]?.[1]).toContain(
        `at least ${data.pots.rise} beats a minute over the lying rate, within ${data.pots.within} minutes`,
      );
      expect(rows[1]?.[1]).toContain(`at least ${data.pots.riseYoung} beats a minute`);
      expect(rows[2]?.[1]).toContain(`${data.orthostaticHypotension.systolicFall} mm Hg in systolic`);
      expect(rows[2]?.[1]).toContain(`${data.orthostaticHypotension.diastolicFall} mm Hg in diastolic`);
      const lines = data.lines as Array<{ label: string; points: number[][] }>;
      expect(rows.slice(3)).toEqual(
        lines.map((l) => [`Illustration: ${l.label}`, l.points.map(([x, y]) => `minute ${x}: ${y}`).join('; ')]),
      );
      expect(
        await page.locator('#figure-standing-heart-rate tbody tr:nth-child(-n+3) td a[href^="#ref-"]').count(),
      ).toBe(3);
      expect(await page.locator('#figure-standing-heart-rate svg').textContent()).toContain(`POTS: +${data.pots.rise}`);
    } finally {
      await close();
    }
  });

  it('the crash timeline table matches its data, and says it is an illustration', async () => {
    const data = figureData('pem-timeline');
    const { page, close } = await openPage(browser, '/symptom/post-exertional-malaise/');
    try {
      const rows = await tableRows(page, 'pem-timeline');
      expect(rows).toEqual([
        ['When the crash starts', `${data.onset.from} to ${data.onset.to} hours after the effort`],
        ['How long recovery can take', data.recovery.label],
        [
          'Illustration: symptoms by day (0 usual, 10 worst)',
          (data.curve as number[][]).map(([x, y]) => `day ${x}: ${y}`).join('; '),
        ],
      ]);
      expect(await page.locator('#figure-pem-timeline figcaption').innerText()).toMatch(/typical pattern/);
      expect(await page.locator('#figure-pem-timeline svg').textContent()).toContain('Illustration');
    } finally {
      await close();
    }
  });

  it('the ladder places each page at the grade its own page shows', async () => {
    const data = figureData('evidence-ladder');
    const { page, close } = await openPage(browser, '/about/evidence/');
    try {
      const links = await page.$$eval('#figure-evidence-ladder td a', (as) =>
        as.map((a) => ({
          href: a.getAttribute('href') ?? '',
          rung: a.closest('tr')?.querySelector('th')?.textContent ?? '',
        })),
      );
      expect(links).toHaveLength(data.topics.length);
      for (const { href, rung } of links) {
        const grade = /\(([^)]+)\)$/.exec(rung)?.[1] ?? '';
        expect(builtHtml(href), href).toContain(grade);
      }
    } finally {
      await close();
    }
  });

  for (const path of MATRIX) {
    for (const width of WIDTHS) {
      it(`${path} at ${width} px in the ${THEMES.join(', ')} themes: axe passes on the figure and every label and line has contrast`, async () => {
        // One load, then each theme through the page's own control.
        const { page, close } = await openPage(browser, path, { theme: THEMES[0], width });
        try {
          const inFigure = async () => [
            ...(await axeViolations(page, { include: 'figure.figure' })),
            ...(await svgContrast(page)),
          ];
          expect(await inEveryTheme(page, inFigure)).toEqual([]);
          // Nothing is drawn outside the figure's box, and the page does not scroll sideways.
          // Measured on screen, so rotated labels count where they are drawn.
          const outside = await page.$$eval('figure.figure svg text', (labels) =>
            labels
              .filter((t) => {
                const svg = (t as SVGTextElement).ownerSVGElement?.getBoundingClientRect();
                const box = t.getBoundingClientRect();
                return !svg || box.left < svg.left - 1 || box.right > svg.right + 1;
              })
              .map((t) => t.textContent),
          );
          expect(outside).toEqual([]);
          expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
        } finally {
          await close();
        }
      });
    }
  }

  for (const path of MATRIX) {
    it(`${path} at 320 px with 200% text and WCAG text spacing, figure table open, nothing in the figure passes the edge`, async () => {
      const { page, close } = await openPage(browser, path, { width: 320, text: '200', bypassCSP: true });
      try {
        await page.addStyleTag({ content: TEXT_SPACING });
        await page.locator('figure.figure details.more-detail > summary').first().click();
        // Within the figure (the page around it has its own test), nothing but the drawing's labels may pass the edge.
        const wide = await page.$$eval('figure.figure, figure.figure *:not(svg *)', (els) =>
          els.filter((e) => e.getBoundingClientRect().right > window.innerWidth + 1).map((e) => e.tagName),
        );
        expect(wide).toEqual([]);
        expect((await overflowReport(page)).clipped).toEqual([]);
      } finally {
        await close();
      }
    });
  }

  it('grows with the Text control', async () => {
    const widths: number[] = [];
    for (const text of ['100', '200']) {
      const { page, close } = await openPage(browser, '/symptom/pots/', { width: 1280, text });
      widths.push((await page.locator('figure.figure svg').boundingBox())?.width ?? 0);
      await close();
    }
    expect(widths[1]).toBeGreaterThan((widths[0] ?? 0) * 1.5);
  });

  for (const path of MATRIX) {
    it(`${path} prints ink on white from the dark theme: dark labels and strokes, no tinted fills`, async () => {
      const { page, close } = await openPage(browser, path, { theme: 'dark' });
      try {
        await page.emulateMedia({ media: 'print' });
        const colours = await page.$$eval('figure.figure svg *', (els) =>
          els.flatMap((e) => {
            const s = getComputedStyle(e);
            return [
              e.tagName === 'text' ? `fill ${s.fill}` : '',
              s.stroke !== 'none' && e.tagName !== 'line' ? `stroke ${s.stroke}` : '',
              e.classList.contains('fig-rung') || e.classList.contains('fig-band') ? `area ${s.fill}` : '',
            ].filter(Boolean);
          }),
        );
        const dark = (c: string) => (c.match(/\d+/g) ?? []).slice(0, 3).every((v) => Number(v) <= 0x66);
        for (const c of colours) {
          if (c.startsWith('area')) expect(c).toBe('area rgb(255, 255, 255)');
          else expect(dark(c), c).toBe(true);
        }
        expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(255, 255, 255)');
      } finally {
        await close();
      }
    });
  }
});
