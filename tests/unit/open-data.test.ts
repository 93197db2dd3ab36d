// Change history, feeds, citations and open data as plain functions, on the good fixture.
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { atomFeed, xmlEscape } from '../../src/lib/changes/feed.ts';
import { allChanges, changeUuid, topicChanges } from '../../src/lib/changes/history.ts';
import {
  CHANGES_PER_PAGE,
  changesFeed,
  changesPages,
  changesPageView,
  FEED_ENTRIES,
  usedFilters,
} from '../../src/lib/changes/pages.ts';
import { checkContentDir } from '../../src/lib/check/index.ts';
import { DATA_FILES, dataFile } from '../../src/lib/data/open-data.ts';
import { DATA_SCHEMAS } from '../../src/lib/data/schemas.ts';
import { ParseCache } from '../../src/lib/markdown/index.ts';
import type { Content } from '../../src/lib/model/collections.ts';
import type { Source } from '../../src/lib/model/schema.ts';
import { siteAddress } from '../../src/lib/site/address.ts';
import { citeView, toBibtex, toRis } from '../../src/lib/views/cite.ts';
import { referenceFiles } from '../../src/lib/views/reference-files.ts';
import { blocksOf, buildTopicView } from '../../src/lib/views/topic-view.ts';
import { FIXTURE_TODAY, fixtureTree } from '../helpers/fixtures.ts';

function fixtureContent(): Content {
  const content = checkContentDir(fixtureTree(), { today: FIXTURE_TODAY }).content;
  // A re-grading and a later trial, so the history has more than first versions to show.
  const drug = content.topics.get('drug-a');
  if (!drug) throw new Error('fixture drug-a missing');
  drug.data.changes = [
    {
      date: '2026-02-20',
      type: 'regraded',
      badge: 'status',
      from: 'experimental',
      to: 'off-label',
      text: 'A guideline.',
    },
    { date: '2026-02-01', type: 'trial-added', trial: 'fixture-trial' },
    ...drug.data.changes,
  ];
  return content;
}
const options = (address?: string) => ({ today: FIXTURE_TODAY, cache: new ParseCache(), address });

describe('change history', () => {
  it('words each change for readers, newest first across the atlas', () => {
    const content = fixtureContent();
    const items = allChanges(content);
    expect(items.map((i) => `${i.date} ${i.page.title}: ${i.summary}`).slice(0, 3)).toEqual([
      '2026-02-20 Drug A: Status re-graded from “Experimental” to “Off-label”',
      '2026-02-01 Drug A: Added the FIXTURE-TRIAL trial',
      '2026-01-10 Drug A: First published',
    ]);
    expect(items[0]?.detail).toBe('A guideline');
    expect(items.map((i) => i.date)).toEqual([...items.map((i) => i.date)].sort().reverse());
    expect(items.find((i) => i.filter === 'trial')?.summary).toBe('Began tracking this trial');
  });

  it('filters by kind, and only kinds with changes get a page', () => {
    const content = fixtureContent();
    expect(allChanges(content, 'test').every((i) => i.filter === 'test')).toBe(true);
    expect(usedFilters(content)).toEqual(['treatment', 'test', 'symptom', 'mechanism', 'guide', 'trial']);
  });

  it('keeps an entry id when newer changes are added', () => {
    const content = fixtureContent();
    const first = topicChanges(content, 'drug-a').at(-1);
    expect(first?.key).toBe('treatment/drug-a/0');
    expect(changeUuid('treatment/drug-a/0')).toMatch(
      /^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
  });
});

describe('the list of changes, page by page', () => {
  /** The fixture with enough re-gradings of Drug A to fill two and a half pages. */
  function longHistory(): Content {
    const content = fixtureContent();
    const drug = content.topics.get('drug-a');
    if (!drug) throw new Error('fixture drug-a missing');
    const extra = Math.round(CHANGES_PER_PAGE * 2.5);
    drug.data.changes = [
      ...Array.from({ length: extra }, (_, i) => ({
        date: `2026-0${3 + Math.floor(i / 28)}-${String(28 - (i % 28)).padStart(2, '0')}`,
        type: 'regraded' as const,
        badge: 'certainty' as const,
        from: 'low' as const,
        to: 'very-low' as const,
        text: `Reason ${i}.`,
      })).reverse(),
      ...drug.data.changes,
    ];
    return content;
  }

  it('makes the list once per content, frozen so no page can change what the next one sees', () => {
    const content = longHistory();
    const all = allChanges(content);
    expect(allChanges(content)).toBe(all);
    expect(allChanges(content, 'trial')).toBe(allChanges(content, 'trial'));
    expect(Object.isFrozen(all) && all.every((item) => Object.isFrozen(item))).toBe(true);
    expect(() => (all as unknown as unknown[]).pop()).toThrow(TypeError);
    // New content (the dev server makes it per request) gets its own list.
    expect(allChanges(fixtureContent())).not.toBe(all);
  });

  it('shows a short history on one page with no page links', () => {
    const view = changesPageView(fixtureContent());
    expect(view.items).toEqual(allChanges(fixtureContent()));
    expect(view.pages).toEqual({ current: 1, count: 1, text: 'Page 1 of 1' });
    expect(view.filters.find((f) => f.current)?.current).toBe('page');
  });

  it('splits a long history into pages, newest first, each linked to its neighbours, none lost or repeated', () => {
    const content = longHistory();
    const all = allChanges(content);
    const count = Math.ceil(all.length / CHANGES_PER_PAGE);
    expect(count).toBe(3);
    const views = Array.from({ length: count }, (_, i) => changesPageView(content, undefined, i + 1));
    expect(views.flatMap((v) => v.items)).toEqual(all);
    expect(views.map((v) => v.items.length)).toEqual([CHANGES_PER_PAGE, CHANGES_PER_PAGE, all.length - 200]);
    expect(views.map((v) => [v.pages.newer, v.pages.older])).toEqual([
      [undefined, '/changes/page/2/'],
      ['/changes/', '/changes/page/3/'],
      ['/changes/page/2/', undefined],
    ]);
    // Every page has its own title; the current filter's link goes to page 1, so later pages mark it "true".
    expect(views.map((v) => v.title)).toEqual([
      'All changes across the atlas',
      'All changes across the atlas (page 2 of 3)',
      'All changes across the atlas (page 3 of 3)',
    ]);
    expect(views[1]?.filters.find((f) => f.text === 'Everything')?.current).toBe('true');
  });

  it('gives each kind its own pages, and lists every page for the routes', () => {
    const content = longHistory();
    const treatment = changesPageView(content, 'treatment', 2);
    expect(treatment.pages.newer).toBe('/changes/treatment/');
    expect(treatment.items.every((i) => i.filter === 'treatment')).toBe(true);
    const pages = changesPages(content);
    expect(pages.filter((p) => p.filter === undefined).map((p) => p.page)).toEqual([1, 2, 3]);
    expect(pages.filter((p) => p.filter === 'trial').map((p) => p.page)).toEqual([1]);
  });

  it('keeps each feed to the newest changes, in list order, and says where the older ones are', () => {
    const content = longHistory();
    const all = allChanges(content);
    expect(all.length).toBeGreaterThan(FEED_ENTRIES);
    const feed = changesFeed(content, undefined);
    const titles = [...feed.matchAll(/<entry>\n {4}<id>[^<]+<\/id>\n {4}<title>([^<]*)<\/title>/g)].map((m) => m[1]);
    expect(titles).toEqual(all.slice(0, FEED_ENTRIES).map((i) => `${i.page.title}: ${i.summary}`));
    expect(feed).toMatch(/<subtitle>The newest 100 meaningful changes[^<]*Older changes are on the changes pages/);
    const trial = changesFeed(content, undefined, 'trial');
    expect(trial.match(/<entry>/g)?.length).toBe(allChanges(content, 'trial').length);
  });

  it('refuses a page that does not exist, with the number of pages there are', () => {
    expect(() => changesPageView(fixtureContent(), undefined, 2)).toThrow(
      'changes page 2 does not exist: the list has 1 page(s)',
    );
  });
});

describe('the site address', () => {
  it('is read from ATLAS_SITE_URL with no default, without a trailing slash', () => {
    expect(siteAddress({})).toBeUndefined();
    expect(siteAddress({ ATLAS_SITE_URL: 'not a url' })).toBeUndefined();
    expect(siteAddress({ ATLAS_SITE_URL: 'https://atlas.example/' })).toBe('https://atlas.example');
  });
});

describe('the Atom feed', () => {
  it('has the elements RFC 4287 requires, relative links without an address and absolute ones with it', () => {
    const content = fixtureContent();
    const relative = changesFeed(content, undefined);
    for (const element of ['<id>urn:uuid:', '<title>', '<updated>2026-02-20T00:00:00Z</updated>', '<author><name>']) {
      expect(relative).toContain(element);
    }
    expect(relative).toContain('<link rel="self" type="application/atom+xml" href="/changes/feed.xml"/>');
    expect(relative).toContain('href="/treatment/drug-a/"');
    expect(relative.match(/<entry>/g)?.length).toBe(allChanges(content).length);
    const absolute = changesFeed(content, 'https://atlas.example', 'trial');
    expect(absolute).toContain('href="https://atlas.example/changes/trial/feed.xml"');
    expect(absolute).toContain('href="https://atlas.example/trials/fixture-trial/"');
    expect(absolute).not.toContain('href="/');
  });

  it('escapes what XML would misread', () => {
    expect(xmlEscape(`"Blood washing" & <more>`)).toBe('&quot;Blood washing&quot; &amp; &lt;more&gt;');
    const feed = atomFeed([], {
      title: 'A & B',
      subtitle: 's',
      selfPath: '/f.xml',
      pagePath: '/',
      address: undefined,
      author: 'x',
      rights: 'r',
    });
    expect(feed).toContain('<title>A &amp; B</title>');
    expect(feed).toContain('<updated>');
  });
});

const SOURCE: Source = {
  description: 'Trial of drug A',
  title: 'A {braced} & 50% trial',
  authors: 'Smith AB, Body (label text, repackaged), Jones C, et al.',
  publication: 'J Fixture',
  year: 2021,
  type: 'randomized-trial',
  ids: { pmid: '12345678', doi: '10.1000/xyz-1' },
  checked: '2026-01-10',
};

describe('citing a page', () => {
  it('suggests a citation with the reviewed date and says when the address is only a path', () => {
    const without = citeView('Drug A', '/treatment/drug-a/', '2026-01-10', undefined);
    expect(without.citation).toBe(
      'Long COVID Atlas. Drug A. Evidence last reviewed 10 January 2026. /treatment/drug-a/',
    );
    expect(without.addressNote).toMatch(/no public address yet/);
    const withAddress = citeView('Drug A', '/treatment/drug-a/', '2026-01-10', 'https://atlas.example');
    expect(withAddress.citation).toMatch(/ https:\/\/atlas\.example\/treatment\/drug-a\/$/);
    expect(withAddress.addressNote).toBeUndefined();
    expect(withAddress.downloads.items.map((i) => i.href)).toEqual([
      '/treatment/drug-a/references.ris',
      '/treatment/drug-a/references.bib',
    ]);
  });

  it('writes RIS records with one author per line and the identifiers', () => {
    const ris = toRis([{ key: 'trial-2021', source: SOURCE }]);
    expect(ris.split('\r\n')).toEqual(
      expect.arrayContaining([
        'TY  - JOUR',
        'AU  - Smith AB',
        'AU  - Body (label text, repackaged)',
        'AU  - Jones C',
        'PY  - 2021',
        'DO  - 10.1000/xyz-1',
        'AN  - PMID:12345678',
        'ER  - ',
      ]),
    );
  });

  it('writes BibTeX that keeps its braces balanced', () => {
    const bib = toBibtex([{ key: 'trial-2021', source: SOURCE }]);
    expect(bib).toMatch(/^@article\{trial-2021,\n/);
    expect(bib).toContain('title = {{A braced \\& 50\\% trial}}');
    expect(bib).toContain('author = {Smith AB and Body (label text, repackaged) and Jones C}');
    expect(bib.split('{').length).toBe(bib.split('}').length);
  });

  it("hands over both downloads at the addresses the page links to, with the page's references in order", () => {
    const content = fixtureContent();
    const files = referenceFiles(content, 'drug-a', '/treatment/drug-a/', options());
    const links = citeView('Drug A', '/treatment/drug-a/', '2026-01-10', undefined).downloads.items;
    expect(files.map((f) => f.path)).toEqual(links.map((l) => l.href));
    const keys = (blocksOf(buildTopicView(content, 'drug-a', options()), 'references')[0]?.items ?? []).map(
      (r) => r.key,
    );
    expect(keys.length).toBeGreaterThan(0);
    const [ris, bib] = files.map((f) => f.text);
    expect([...(ris ?? '').matchAll(/^ID {2}- (.+)$/gm)].map((m) => m[1])).toEqual(keys);
    expect([...(bib ?? '').matchAll(/^@\w+\{([^,]+),$/gm)].map((m) => m[1])).toEqual(keys);
  });
});

describe('open data', () => {
  const ajv = new Ajv2020({ allErrors: true, allowUnionTypes: true });

  for (const file of DATA_FILES) {
    it(`${file}.json matches its published schema`, () => {
      const validate = ajv.compile(DATA_SCHEMAS[file]);
      const data = dataFile(file, fixtureContent(), options());
      expect(validate(data) ? [] : validate.errors).toEqual([]);
    });
  }

  it('fails the schema when a badge loses its label', () => {
    const validate = ajv.compile(DATA_SCHEMAS.topics);
    const data = dataFile('topics', fixtureContent(), options()) as { topics: Array<{ badges: object[] }> };
    const first = data.topics.find((t) => t.badges.length > 0);
    if (!first) throw new Error('no badges in the fixture');
    delete (first.badges[0] as { label?: string }).label;
    expect(validate(data)).toBe(false);
  });

  it("carries each topic's badges, direction and rationale, and the page's reference list", () => {
    const content = fixtureContent();
    const data = dataFile('topics', content, options()) as {
      site: string | null;
      topics: Array<{
        slug: string;
        url: string;
        badges: Array<Record<string, string>>;
        references: Array<{ key: string }>;
      }>;
    };
    expect(data.site).toBeNull();
    const drug = data.topics.find((t) => t.slug === 'drug-a');
    expect(drug?.url).toBe('/treatment/drug-a/');
    expect(drug?.badges[0]).toMatchObject({
      scale: 'certainty',
      value: 'low',
      label: 'Low certainty',
      direction: 'helped in one small trial in a related condition',
    });
    expect(drug?.badges[0]?.rationale).toContain('[@trial-2021]');
    const view = buildTopicView(content, 'drug-a', options());
    expect(drug?.references.map((r) => r.key)).toEqual(blocksOf(view, 'references')[0]?.items.map((r) => r.key));
  });
});
