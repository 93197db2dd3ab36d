// Every topic page has the full anatomy of its kind, top to bottom, and its citations work both ways. The anatomy and
// the links are in the HTML as built, so each page is read from dist/ without a browser; a browser follows a citation
// and its back-link on one page of each kind, since following a link does not depend on the page's words.
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dictionary } from '../../src/i18n/index.ts';
import { isFreeSlot, PAGE_TYPES, sectionHeading } from '../../src/lib/model/page-types.ts';
import { builtHtml, launch, openPage, topicPages } from './browser.ts';

const UNKNOWNS_HEADING = dictionary().blocks.unknowns;
const FOR_YOU_HEADING = sectionHeading('for-you');
const SHORT_HEADING = 'Short version, if reading is hard right now';

const KIND_LABEL = {
  treatment: 'Treatment',
  test: 'Test',
  symptom: 'Symptom',
  mechanism: 'Mechanism',
  guide: 'Guide',
} as const;

const text = (node: Element | Root | undefined) => (node ? toText(node).trim() : '');
const texts = (tree: Root, selector: string) => selectAll(selector, tree).map((e) => text(e));
/** Elements by id, built once per page: a selector per lookup walked the whole page each time. */
const idIndexes = new WeakMap<Root, Map<string, Element>>();
function byId(tree: Root, id: string): Element | undefined {
  let index = idIndexes.get(tree);
  if (!index) {
    index = new Map();
    // The first element with an id wins, as in getElementById.
    for (const e of selectAll('[id]', tree)) {
      const id = String(e.properties.id);
      if (!index.has(id)) index.set(id, e);
    }
    idIndexes.set(tree, index);
  }
  return index.get(id);
}

/** The region a screen reader announces by this name: a section labelled by an element with this text. */
function region(tree: Root, name: string): Element | undefined {
  return selectAll('section[aria-labelledby]', tree).find((section) => {
    const label = byId(tree, String(section.properties.ariaLabelledBy));
    return text(label) === name;
  });
}

/** Controls named by a label (what getByLabel finds): a label with this text whose `for` names an element. */
function labelled(tree: Root, name: string): number {
  return selectAll('label[for]', tree).filter((l) => text(l) === name && byId(tree, String(l.properties.htmlFor)))
    .length;
}

describe('topic pages', () => {
  it('there are topic pages of every kind written so far', () => {
    expect(topicPages().length).toBeGreaterThanOrEqual(6);
  });

  for (const { path, kind } of topicPages()) {
    describe(path, () => {
      let tree: Root;
      beforeAll(() => {
        tree = fromHtml(builtHtml(path));
      });

      it(`${path} has the whole anatomy of a ${kind} page, in order`, () => {
        expect(text(region(tree, SHORT_HEADING)).split(/\s+/).length).toBeLessThanOrEqual(70);
        const body = text(select('body', tree));
        expect(texts(tree, 'body > header a').filter((t) => t === 'Long COVID Atlas')).toHaveLength(1);
        expect(labelled(tree, 'Text')).toBe(1);
        expect(labelled(tree, 'Theme')).toBe(1);
        expect(body.split('education, not medical advice').length - 1).toBe(1);
        expect(texts(tree, 'article .eyebrow')[0] ?? '').toMatch(
          new RegExp(kind === 'guide' ? '^Guide$' : `^${KIND_LABEL[kind]} · \\S`),
        );
        expect(selectAll('h1', tree)).toHaveLength(1);
        expect((texts(tree, 'article .lede')[0] ?? '').length).toBeGreaterThan(40);

        const headings = texts(tree, 'article h2');
        expect(headings[0]).toBe(SHORT_HEADING);
        const fixed = PAGE_TYPES[kind].sections.flatMap((s) => (isFreeSlot(s) ? [] : [sectionHeading(s)]));
        expect(headings.filter((h) => fixed.includes(h))).toEqual(fixed);
        const unknownsAt = headings.indexOf(UNKNOWNS_HEADING);
        const forYouAt = PAGE_TYPES[kind].forYouSection ? headings.indexOf(FOR_YOU_HEADING) : -1;
        // The open questions stand just before "What this means for you", or else after the last body section.
        if (forYouAt >= 0) expect(unknownsAt).toBe(forYouAt - 1);
        else expect(unknownsAt).toBe(headings.indexOf('References') - 1);
        // References, then the associated topics; the page's change history and "cite this page" may follow.
        const refsAt = headings.indexOf('References');
        expect(headings.slice(refsAt, refsAt + 2)).toEqual(['References', 'Associated topics']);

        const unknowns = selectAll('[aria-labelledby="unknowns"] li', tree).length;
        expect(unknowns).toBeGreaterThanOrEqual(4);
        expect(unknowns).toBeLessThanOrEqual(8);
        if (forYouAt >= 0) expect(selectAll('.questions li', tree).length).toBeGreaterThanOrEqual(2);
        if (kind === 'treatment' || kind === 'test' || kind === 'mechanism') {
          const panels = texts(tree, '#evidence + .evidence-panel, section:has(> #evidence) .evidence-panel');
          expect(panels).toHaveLength(1);
          expect(panels[0]).toMatch(/certainty/i);
        }
        expect(body.match(/Evidence last reviewed \d+ \w+ \d{4}\. Next review due/g) ?? []).toHaveLength(1);
      });

      it(`${path} is searched by what it says: references, associated topics, changes, citation, controls and shared words stay out of the index`, () => {
        const article = select('article[data-pagefind-body]', tree);
        expect(article).toBeDefined();
        const names = ['References', 'Associated topics', 'Recent changes', 'Cite this page'];
        const indexed = names.filter((name) => region(tree, name)?.properties.dataPagefindIgnore !== 'all');
        expect(indexed).toEqual([]);
        // Nor are its controls, which every page has: reading aids, the jump to urgent help, the contents list.
        const controls = ['.page-tools', '.urgent-link', 'nav.contents'].filter((selector) => {
          const found = select(selector, tree);
          return found !== undefined && found.properties.dataPagefindIgnore !== 'all';
        });
        expect(controls).toEqual([]);
        // Nor the words every page shares: glossary definitions, reference numbers, what a grade means, review dates.
        const shared = selectAll('.term-pop, sup.cite, .evidence-panel .meaning, .review-dates, .claims-note', article)
          .filter((e) => e.properties.dataPagefindIgnore !== 'all')
          .map((e) => text(e).slice(0, 40));
        expect(shared).toEqual([]);
        expect(selectAll('.review-dates', article)).toHaveLength(1);
        // The page's own words are indexed.
        expect(region(tree, UNKNOWNS_HEADING)?.properties.dataPagefindIgnore).toBeUndefined();
      });

      it(`${path} numbers citations in order and links them to references and back`, () => {
        const leads = (a: Element) => {
          const href = String(a.properties.href ?? '');
          return href.startsWith('#') && byId(tree, decodeURIComponent(href.slice(1))) !== undefined;
        };
        const marks = selectAll('sup.cite a', tree).map((a) => ({ text: text(a), leads: leads(a) }));
        const refs = selectAll('.references > ol > li', tree);
        expect(marks.length).toBeGreaterThan(0);
        // First appearances run 1, 2, 3, ... in reading order.
        const firsts: number[] = [];
        for (const m of marks) if (!firsts.includes(Number(m.text))) firsts.push(Number(m.text));
        expect(firsts).toEqual(firsts.map((_, i) => i + 1));
        expect(refs.length).toBe(firsts.length);
        expect(refs.every((li, i) => li.properties.id === `ref-${i + 1}`)).toBe(true);
        expect(marks.filter((m) => !m.leads)).toEqual([]);
        expect(selectAll('.references .backlink', tree).every(leads)).toBe(true);
        const without = (test: (li: Element) => boolean) => refs.flatMap((li, i) => (test(li) ? [] : [i + 1]));
        expect(
          without((li) => select('.ref-links a', li) !== undefined),
          'references without a link to their source',
        ).toEqual([]);
        expect(
          without((li) => /\((\d{4}|undated)\)/.test(text(li))),
          'references without a year (or "undated")',
        ).toEqual([]);
      });
    });
  }
});

describe('following citations in a browser (one page of each kind)', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(() => browser.close());

  for (const path of new Map(topicPages().map((t) => [t.kind, t.path])).values()) {
    it(`${path}: a citation lands on its reference, and the back-link returns to the text`, async () => {
      const { page, close } = await openPage(browser, path);
      try {
        await page.locator('sup.cite a').first().click();
        expect(new URL(page.url()).hash).toBe('#ref-1');
        await page.locator('#ref-1 .backlink').click();
        expect(new URL(page.url()).hash).toBe('#cite-1-1');
      } finally {
        await close();
      }
    });
  }
});
