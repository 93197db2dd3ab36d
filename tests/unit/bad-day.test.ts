// Reading on a bad day: reading time, the visit sheet's stored list and data, and the before-paint settings.
import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { checkContentDir } from '../../src/lib/check/index.ts';
import { ParseCache } from '../../src/lib/markdown/index.ts';
import { STORAGE_KEYS } from '../../src/lib/site/settings.ts';
import { parseVisitList, serializeVisitList, toggleVisit, VISIT_STORAGE_KEY } from '../../src/lib/site/visit.ts';
import { countWords, readingTime, TIRED_READER_WPM, textOfHtml } from '../../src/lib/views/reading-time.ts';
import { blocksOf, buildTopicView } from '../../src/lib/views/topic-view.ts';
import { visitEntries } from '../../src/lib/views/visit-data.ts';
import { THEME_INIT_SCRIPT } from '../../src/scripts/theme-init.ts';
import { contrast, token } from '../helpers/colours.ts';
import { FIXTURE_TODAY, fixtureTree } from '../helpers/fixtures.ts';

const cache = new ParseCache();
const { content } = checkContentDir(fixtureTree(), { today: FIXTURE_TODAY, cache });

describe('reading time', () => {
  it('counts words as a reader sees them', () => {
    expect(countWords('')).toBe(0);
    expect(countWords("It isn't proven — not in long COVID, 2024.")).toBe(8);
    expect(countWords('Low-dose naltrexone (LDN) at 4.5 mg')).toBe(6);
  });

  it('reads the text of rendered HTML without tags or citation numbers', () => {
    const html = '<p>One <em>small</em> trial<sup class="cite"><a href="#ref-1">1</a></sup> &amp; more.</p>';
    expect(countWords(textOfHtml(html))).toBe(4);
  });

  it('assumes a tired reader: 150 words a minute', () => {
    expect(TIRED_READER_WPM).toBe(150);
    // 150 words take one minute; 900 take six.
    expect(readingTime(150)).toEqual({ amount: 1, unit: 'minute' });
    expect(readingTime(900)).toEqual({ amount: 6, unit: 'minutes' });
  });

  it('rounds a short read up to the next 10 seconds, never to zero or "60 seconds"', () => {
    expect(readingTime(0)).toEqual({ amount: 10, unit: 'seconds' });
    expect(readingTime(60)).toEqual({ amount: 30, unit: 'seconds' }); // 24 s
    expect(readingTime(75)).toEqual({ amount: 30, unit: 'seconds' }); // exactly 30 s
    expect(readingTime(76)).toEqual({ amount: 40, unit: 'seconds' });
    expect(readingTime(140)).toEqual({ amount: 1, unit: 'minute' }); // 56 s rounds up to a minute
  });

  it('rounds a longer read to whole minutes, at any speed asked for', () => {
    expect(readingTime(1000)).toEqual({ amount: 7, unit: 'minutes' }); // 6.67
    expect(readingTime(1000, 250)).toEqual({ amount: 4, unit: 'minutes' });
    expect(readingTime(200)).toEqual({ amount: 1, unit: 'minute' }); // 1.33
  });

  it('stands on every topic page after the short version and badges, with the whole page longer than the short', () => {
    const view = buildTopicView(content, 'drug-a', { today: FIXTURE_TODAY, cache });
    const [aids] = blocksOf(view, 'reading-aids');
    expect(aids?.url).toBe('/treatment/drug-a/');
    const seconds = (t: { amount: number; unit: string }) => (t.unit === 'seconds' ? t.amount : t.amount * 60);
    expect(seconds(aids?.readingTime.full ?? { amount: 0, unit: 'seconds' })).toBeGreaterThan(
      seconds(aids?.readingTime.short ?? { amount: 0, unit: 'seconds' }),
    );
  });
});

describe('the visit sheet list', () => {
  it('is documented among the storage keys, under the key its scripts use', () => {
    expect(STORAGE_KEYS.visit).toBe(VISIT_STORAGE_KEY);
  });

  it('adds pages in the order chosen and removes them again', () => {
    let list = toggleVisit([], '/treatment/ivig/');
    list = toggleVisit(list, '/symptom/pots/');
    expect(list).toEqual(['/treatment/ivig/', '/symptom/pots/']);
    expect(toggleVisit(list, '/treatment/ivig/')).toEqual(['/symptom/pots/']);
  });

  it('stores nothing for an empty list, so clearing leaves no key', () => {
    expect(serializeVisitList([])).toBeNull();
    expect(parseVisitList(serializeVisitList(['/test/cpet/']))).toEqual(['/test/cpet/']);
  });

  it('reads a damaged or foreign value as empty or as its valid pages only', () => {
    expect(parseVisitList(null)).toEqual([]);
    expect(parseVisitList('not json')).toEqual([]);
    expect(parseVisitList('{"a":1}')).toEqual([]);
    expect(
      parseVisitList(JSON.stringify(['/test/cpet/', 'https://elsewhere.example/x/', '/test/cpet/', 3, '/../x/'])),
    ).toEqual(['/test/cpet/']);
  });

  it('has data for every topic page: short version, badges and questions', () => {
    const entries = visitEntries(content, FIXTURE_TODAY);
    expect(Object.keys(entries).length).toBe(content.topics.size);
    const drug = entries['/treatment/drug-a/'];
    expect(drug?.title).toBe(content.topics.get('drug-a')?.data.title);
    expect(drug?.short).toBe(content.topics.get('drug-a')?.data.short);
    expect(drug?.badges.map((b) => b.label)).toEqual(['Low certainty', 'Off-label', 'Trial arm pending']);
    expect(drug?.questions.length).toBeGreaterThanOrEqual(2);
  });
});

describe('the before-paint script and the new settings', () => {
  function runInit(stored: Record<string, string>, speech: boolean) {
    const dataset: Record<string, string> = {};
    const classes = new Set<string>();
    runInNewContext(THEME_INIT_SCRIPT, {
      document: { documentElement: { dataset, classList: { add: (c: string) => classes.add(c) } } },
      localStorage: { getItem: (k: string) => stored[k] ?? null },
      ...(speech ? { speechSynthesis: {}, SpeechSynthesisUtterance: class {} } : {}),
    });
    return { dataset, classes };
  }

  it('applies short-versions mode and more spacing, and ignores values it does not know', () => {
    expect(runInit({ 'atlas-pages': 'short', 'atlas-spacing': 'more' }, false).dataset).toEqual({
      pages: 'short',
      spacing: 'more',
    });
    expect(runInit({ 'atlas-pages': 'tiny', 'atlas-spacing': 'huge' }, false).dataset).toEqual({});
  });

  it('marks the page as able to speak only where the browser can', () => {
    expect(runInit({}, true).classes.has('speech')).toBe(true);
    expect(runInit({}, false).classes.has('speech')).toBe(false);
  });
});

describe('the read-aloud highlight', () => {
  const css = readFileSync('src/styles/global.css', 'utf8');
  for (const theme of ['light', 'dark', 'low'] as const) {
    it(`keeps the text at 4.5:1 or more on the sentence being read, in the ${theme} theme`, () => {
      expect(contrast(token('--text', theme), token('--reading-bg', theme))).toBeGreaterThanOrEqual(4.5);
    });
  }
  it('does not rest on colour alone: the sentence is underlined too', () => {
    expect(/::highlight\(read-aloud\) \{[^}]*text-decoration: underline/.exec(css)).not.toBeNull();
  });
});
