import { describe, expect, it } from 'vitest';
import { checkContentDir } from '../../src/lib/check/index.ts';
import { contentRoot } from '../../src/lib/io/paths.ts';
import { ParseCache } from '../../src/lib/markdown/index.ts';
import { today } from '../../src/lib/site/dates.ts';
import { fill } from '../../src/lib/site/fill.ts';
import { jsonLdText, medicalWebPage, robotsTxt, siteAddress, sitemapXml } from '../../src/lib/site/wider-web.ts';
import {
  evidenceMap,
  indexEntries,
  indexFilters,
  kindDoors,
  plainWords,
  START_HERE,
  startHere,
  symptomDoors,
  systemDoors,
  trialRows,
} from '../../src/lib/views/finding.ts';

// The real pages: the doors are built from them, so they are tested on them.
const { content } = checkContentDir(contentRoot(), { today: today(), cache: new ParseCache() });
const topics = [...content.topics.values()];

describe('symptom doors', () => {
  it('picks everyday phrases, not abbreviations, jargon or the title again', () => {
    expect(
      plainWords('POTS and orthostatic intolerance', [
        'POTS',
        'postural orthostatic tachycardia syndrome',
        'orthostatic intolerance',
        'racing heart when standing',
        'dizzy when standing up',
        'fainting',
      ]),
    ).toEqual(['racing heart when standing', 'dizzy when standing up']);
    expect(plainWords('Low mood', ['panic attacks', 'just anxiety', 'all in my head'])).toEqual(['panic attacks']);
    expect(plainWords('Fatigue', ['fatigue', 'TATT', 'post-viral fatigue'])).toEqual([]);
  });

  it('has one door per symptom page, each with everyday words', () => {
    const doors = symptomDoors(content);
    expect(doors.map((d) => d.url).sort()).toEqual(
      topics
        .filter((t) => t.data.kind === 'symptom')
        .map((t) => `/symptom/${t.id}/`)
        .sort(),
    );
    expect(doors.find((d) => d.url === '/symptom/pots/')?.plain).toContain('racing heart when standing');
    for (const door of doors) expect(door.plain.length, door.url).toBeGreaterThan(0);
  });
});

describe('the home page lists', () => {
  it('follow the start-here path in order, and count every page by kind and by system', () => {
    expect(startHere(content, today()).map((s) => s.url)).toEqual(START_HERE.map((s) => `/${s.kind}/${s.slug}/`));
    expect(kindDoors(content).reduce((n, d) => n + d.count, 0)).toBe(topics.length);
    const systems = systemDoors(content);
    expect(systems.every((d) => d.count > 0 && d.url.startsWith('/system/'))).toBe(true);
  });
});

describe('index filters', () => {
  it('offer only values some page has, and no filter without a choice', () => {
    const guides = indexEntries(content, today(), (t) => t.data.kind === 'guide');
    expect(indexFilters(guides)).toEqual([]);
    const treatments = indexEntries(content, today(), (t) => t.data.kind === 'treatment');
    const filters = indexFilters(treatments, ['kind']);
    expect(filters.map((f) => f.name)).toEqual(['system', 'certainty', 'status']);
    for (const option of filters.find((f) => f.name === 'certainty')?.options ?? []) {
      expect(treatments.some((e) => e.certainty === option.value)).toBe(true);
    }
  });
});

describe('the evidence map', () => {
  const map = evidenceMap(content);
  it('places every treatment once by its own grade', () => {
    const own = map.points.filter((p) => p.symptom === undefined);
    expect(own.length).toBe(topics.filter((t) => t.data.kind === 'treatment').length);
  });
  it('places a treatment by its claim grade for each symptom it claims to help', () => {
    const helps = topics.flatMap((t) =>
      t.data.kind === 'treatment'
        ? t.data.claims.filter((c) => c.type === 'helps' && content.topics.get(c.topic)?.data.kind === 'symptom')
        : [],
    );
    expect(map.points.filter((p) => p.symptom !== undefined).length).toBe(helps.length);
    expect(map.symptoms.length).toBeGreaterThan(0);
  });
});

describe('trials list', () => {
  it('names the pages of every trial and flags overdue trials', () => {
    const rows = trialRows(content, '2099-01-01');
    for (const row of rows.values()) expect(row.pages.length, row.id).toBeGreaterThan(0);
    const withDates = [...content.trials.values()].filter(
      (t) => t.data.expectedCompletion && t.data.status !== 'reported' && t.data.status !== 'stopped',
    );
    expect([...rows.values()].filter((r) => r.overdue).length).toBeGreaterThanOrEqual(withDates.length);
  });
});

describe('for the wider web', () => {
  it('reads the public address from ATLAS_SITE_URL, with no default', () => {
    expect(siteAddress({})).toBeUndefined();
    expect(siteAddress({ ATLAS_SITE_URL: '' })).toBeUndefined();
    expect(siteAddress({ ATLAS_SITE_URL: 'https://atlas.example' })).toBe('https://atlas.example/');
    expect(() => siteAddress({ ATLAS_SITE_URL: 'ftp://atlas.example' })).toThrow(/http/);
  });
  it('writes a sitemap of absolute addresses without the 404 page, and robots.txt pointing to it', () => {
    const xml = sitemapXml('https://atlas.example/', ['/', '/treatment/ivig/', '/404.html']);
    expect(xml).toContain('<loc>https://atlas.example/treatment/ivig/</loc>');
    expect(xml).not.toContain('404');
    expect(robotsTxt('https://atlas.example/')).toContain('Sitemap: https://atlas.example/sitemap.xml');
    expect(robotsTxt(undefined)).not.toContain('Sitemap');
  });
  it('gives schema.org data a url only when the address is known, and never lets text close the script', () => {
    const facts = {
      title: 'IVIG',
      description: 'x',
      path: '/treatment/ivig/',
      reviewed: '2026-11-01',
      about: { name: 'IVIG', alternateName: ['immunoglobulin'] },
      citations: [{ name: 'A trial', url: 'https://pubmed.ncbi.nlm.nih.gov/1/' }],
    };
    expect(medicalWebPage(undefined, facts).url).toBeUndefined();
    expect(medicalWebPage('https://atlas.example/', facts).url).toBe('https://atlas.example/treatment/ivig/');
    expect(jsonLdText({ a: '</script>' })).not.toContain('</');
  });
  it('fills sentences from the dictionary', () => {
    expect(fill('Showing {n} of {total}.', { n: 3, total: 9 })).toBe('Showing 3 of 9.');
  });
});
